import Foundation
import PlanModel
import PlanNormalize
import PlanText

/// Builds the section tree of a plan from its (normalized) lines.
///
/// Nesting follows the numbering styles in the order a document uses them: a heading whose
/// style is already open is a sibling at that level (closing deeper ones), a new style opens
/// a level below the current one. So `B.` > `III.` > `1.` > `1.1.` > `a)` nests as printed, and a
/// document that goes `I.`, `1.`, `a)`, `2.` comes out right. Ids are paths of numbers
/// (`III.1.1`: the last part of a decimal number), made unique with `-2`, `-3` when a
/// document repeats a number. The outline stops at `Nơi nhận`; a section ends on its last
/// non-blank line before the next heading of the same or a higher level.
public enum SectionParser {
  /// The top-level sections.
  ///
  /// - Complexity: O(lines + sections × depth).
  public static func parse(lines: [String]) -> [SectionNode] {
    let bodyEnd = lines.firstIndex(where: isDistributionList) ?? lines.count
    let matches = (0..<bodyEnd).compactMap { index in
      HeadingMatcher.match(lines[index]).map { (index: index, match: $0) }
    }
    let hasRoman = matches.contains { $0.match.style == .roman }
    var flat: [(match: HeadingMatch, line: Int, level: Int)] = []
    var stack: [String] = []
    var lastRoman = 0
    // The last number of each open Arabic style (`arabic`, `decimal2` ...).
    var lastNumber: [String: Int] = [:]
    for (index, found) in matches {
      var match = found
      if match.style == .arabic, isCapitals(match.heading),
        stack.contains("roman") || (stack.isEmpty && hasRoman)
      {
        // `1. NOI DUNG HOAT DONG` between `I.` and `III.` (or before `II.`): a scan lost the
        // Roman numeral.
        match.style = .roman
        match.number = RomanNumber.text(lastRoman + 1)
      }
      if match.style == .roman, !stack.isEmpty, !stack.contains("roman") {
        // `II.` after `1.`, `2.`: the scan lost `I.`; Roman sections are the top level (or
        // the level below a part).
        let kept = stack.first == "part" ? 1 : 0
        for closed in stack[kept...] { lastNumber[closed] = nil }
        stack.removeSubrange(kept...)
      }
      if match.style == .part {
        // Parts are the top level and go `A.`, `B.`, `C.` …: anything else is no part.
        guard stack.isEmpty || stack.first == "part",
          let letter = match.number.unicodeScalars.first,
          Int(letter.value) - 64 == (lastNumber["part"] ?? 0) + 1
        else { continue }
      }
      let key = match.style == .decimal ? "decimal\(match.depth)" : match.style.rawValue
      let value: Int? =
        switch match.style {
        case .roman: RomanNumber.value(match.number)
        case .part: match.number.unicodeScalars.first.map { Int($0.value) - 64 }
        default: Int(match.number.split(separator: ".").last ?? "")
        }
      // A heading read through OCR damage counts only where it continues the outline (an
      // Arabic number may skip two, as documents do: `7.` then `10.`) or starts a list
      // (`1..Sở Lao động` under a Roman heading the scan lost), unless a quotation mark opens
      // it (`“1. Đội dân phòng …`, the first clause quoted by an amending text).
      if match.isDamaged {
        let previous = match.style == .roman ? lastRoman : (lastNumber[key] ?? 0)
        let gap = match.style == .arabic && previous > 0 ? 3 : 1
        let startsList = value == 1 && match.style == .arabic && !match.followsQuotationMark
        guard let value, value > previous && value <= previous + gap || startsList
        else { continue }
      }
      if match.style == .roman { lastRoman = value ?? lastRoman }
      // Each part numbers its Roman sections afresh (`B.` then `I.`): a damaged `|.` under
      // a new part continues its outline, not the last part's.
      if match.style == .part { lastRoman = 0 }
      if let position = stack.firstIndex(of: key) {
        for closed in stack[(position + 1)...] { lastNumber[closed] = nil }
        stack.removeSubrange((position + 1)...)
      } else {
        stack.append(key)
      }
      if let value { lastNumber[key] = value }
      flat.append((match, index + 1, stack.count - 1))
    }
    // Last non-blank line at or before a 1-based line.
    func lastText(atOrBefore line: Int) -> Int {
      var current = min(line, bodyEnd)
      while current > 1, lines[current - 1].isBlank {
        current -= 1
      }
      return current
    }
    var usedIDs = Set<String>()
    // The last suffix given to each repeated id: a document repeating a number n times
    // costs n probes, not n² (every suffix below it is taken).
    var lastSuffix: [String: Int] = [:]
    func build(from start: Int, level: Int, prefix: String, parentKind: SectionKind?)
      -> ([SectionNode], Int)
    {
      var nodes: [SectionNode] = []
      var index = start
      while index < flat.count, flat[index].level >= level {
        guard flat[index].level == level else {
          index += 1  // a deeper heading with no parent at this level: skipped by caller
          continue
        }
        let item = flat[index]
        // Ids are ASCII (the schema's pattern): `đ` is written `dd`.
        let part =
          item.match.style == .decimal
          ? String(item.match.number.split(separator: ".").last ?? "")
          : item.match.number.utf8Replacing("đ", with: "dd")
        var id = prefix.isEmpty ? part : prefix + "." + part
        if usedIDs.contains(id) {
          var suffix = (lastSuffix[id] ?? 1) + 1
          while usedIDs.contains("\(id)-\(suffix)") { suffix += 1 }
          lastSuffix[id] = suffix
          id = "\(id)-\(suffix)"
        }
        usedIDs.insert(id)
        let kind = SectionKindClassifier.kind(of: item.match.heading, parent: parentKind)
        let (children, next) = build(
          from: index + 1, level: level + 1, prefix: id, parentKind: kind)
        let nextLine = next < flat.count ? flat[next].line - 1 : bodyEnd
        nodes.append(
          SectionNode(
            id: id, number: item.match.number, style: item.match.style, depth: item.match.depth,
            heading: item.match.heading, kind: kind,
            line: item.line, column: item.match.start + 1,
            endLine: max(item.line, lastText(atOrBefore: nextLine)), children: children))
        index = next
      }
      return (nodes, index)
    }
    return build(from: 0, level: 0, prefix: "", parentKind: nil).0
  }

  /// A heading written in capitals (at least four letters, nine in ten of them capitals).
  static func isCapitals(_ heading: String) -> Bool {
    var upper = 0
    var letters = 0
    for scalar in heading.unicodeScalars where ScalarTable.isAlphabetic(scalar) {
      letters += 1
      if VietnameseLetters.isUppercaseLetter(scalar) { upper += 1 }
    }
    return letters >= 4 && upper * 10 >= letters * 9
  }

  /// `Nơi nhận:` opens the distribution list, and `TM. ỦY BAN NHÂN DÂN` / `KT. CHỦ TỊCH`
  /// the signature block: the outline ends at the first of them.
  public static func isDistributionList(_ line: String) -> Bool {
    guard mayOpenClosingBlock(line) else { return false }
    let text = line.utf8Replacing("*", with: "").trimmingBlanks()
    return text.utf8HasPrefix("Nơi nhận") || text.utf8HasPrefix("Nơi nh") && text.utf8Contains(":")
      || text.utf8Contains("TM. ỦY BAN") || text.utf8Contains("KT. CHỦ TỊCH")
  }

  /// A byte scan run on every line before the string tests of `isDistributionList`: true
  /// when the first ASCII letter is `N` or the line holds `TM.` or `KT.`.
  static func mayOpenClosingBlock(_ line: String) -> Bool {
    line.withUTF8Bytes(mayOpenClosingBlock(bytes:))
  }

  private static func mayOpenClosingBlock(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var sawLetter = false
    var previous: (UInt8, UInt8) = (0, 0)
    for byte in bytes where byte != UInt8(ascii: "*") {  // `**TM**.` as `TM.`
      let isLetter =
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
        || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
      if !sawLetter && isLetter {
        if byte == UInt8(ascii: "N") { return true }
        sawLetter = true
      }
      if byte == UInt8(ascii: "."),
        previous.1 == UInt8(ascii: "M") || previous.1 == UInt8(ascii: "T"),
        previous.0 == UInt8(ascii: "T") || previous.0 == UInt8(ascii: "K")
      {
        return true
      }
      previous = (previous.1, byte)
    }
    return false
  }

  /// An indented dump, one section a line: `II.1 @23-31 [objectives] "Mục tiêu"`.
  public static func dump(_ nodes: [SectionNode], indent: String = "") -> String {
    var out = ""
    for node in nodes {
      out +=
        "\(indent)\(node.id) @\(node.line)-\(node.endLine) [\(node.kind.rawValue)] \"\(node.heading)\"\n"
      out += dump(node.children, indent: indent + "  ")
    }
    return out
  }
}
