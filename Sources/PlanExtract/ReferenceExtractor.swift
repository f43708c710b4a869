import Foundation
import PlanModel
import PlanText

/// Finds the legal documents a plan cites, once each, at their first citation.
///
/// Grammar of a numbered citation: `<Kind> số <number>` followed optionally by
/// `ngày DD/MM/YYYY` or `ngày DD tháng MM năm YYYY` and by `của <issuer>` (up to `về`,
/// `giao`, `phê duyệt`, `quy định`, `ban hành`, `hướng dẫn`, `triển khai`, `,`, `;`, `(`
/// or the end of the line). Kinds: Quyết định, Nghị quyết (liên tịch), Nghị định,
/// Thông tư (liên tịch), Chỉ thị, Kế hoạch, Công điện, Công văn, Tờ trình, Chương trình
/// (hành động), Kết luận, Hướng dẫn, Thông báo. Laws are cited by name (`Luật Phòng,
/// chống ma túy năm 2021`), from a list of law names. Unnumbered citations (`Đề án “…”`,
/// `Chương trình của Chính phủ`) are read by `UnnumberedCitationReader`.
public enum ReferenceExtractor {
  private static let kinds = [
    "Nghị quyết liên tịch", "Thông tư liên tịch", "Chương trình hành động", "Quyết định",
    "Nghị quyết", "Nghị định", "Thông tư", "Chỉ thị", "Kế hoạch", "Công điện", "Công văn",
    "Tờ trình", "Chương trình", "Kết luận", "Hướng dẫn", "Thông báo",
  ]

  /// Names of laws cited without a number, longest first.
  private static let laws = [
    "Luật Xử lý vi phạm hành chính", "Luật Phòng, chống ma túy", "Luật Ngân sách nhà nước",
    "Luật Ngân sách Nhà nước", "Luật Tổ chức chính quyền địa phương", "Luật Đầu tư công",
    "Luật Ngân sách",
  ]

  private static let issuerStops = [
    " về ", " giao ", " phê duyệt ", " quy định ", " ban hành ", " hướng dẫn ", " triển khai ",
    " thực hiện ", ",", ";", "(", "”", ":",
  ]

  /// - Parameter header: the plan's header, so that the plan citing itself (`Kế hoạch của
  ///   Ủy ban nhân dân thành phố`) is left out.
  public static func extract(
    _ context: ExtractionContext, header: PlanDocument? = nil, ids: inout ItemIDs
  ) -> [Reference] {
    var references: [Reference] = []
    var seen = Set<String>()
    let end = min(context.bodyEnd, context.lines.count)
    // For each line, the first non-blank line at or after it (a converter may put blank
    // lines between wrapped lines), found in one backward pass: `end` when there is none.
    var nextNonBlank = [Int](repeating: end, count: end + 2)
    if end > 0 {
      for index in stride(from: end - 1, through: 0, by: -1) {
        nextNonBlank[index] = context.lines[index].isBlank ? nextNonBlank[index + 1] : index
      }
    }
    for index in 0..<end {
      // Trailing spaces dropped, so that the join below leaves a single space.
      var own = context.lines[index]
      if own.utf8.last == 0x20 || own.utf8.last == 0x09 {
        let bytes = own.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex {
          let before = bytes.index(before: end)
          guard bytes[before] == 0x20 || bytes[before] == 0x09 else { break }
          end = before
        }
        own = String(own[..<end])
      }
      // `luật` in any case, by one byte pass (most lines name no law).
      let namesLaw = LineSigns.namesLaw(own)
      // A citation may wrap onto the next line: read the two joined, keep what starts here.
      let nextIndex = nextNonBlank[index + 1]
      let rawNext = nextIndex < end ? context.lines[nextIndex] : ""
      // A numbered citation starting here has its number sign on this line, across the join
      // or within the name group's reach into the next line (`Căn cứ Chương` / `trình hành
      // động số 12/CTr-UBND`); the two lines are joined only then.
      guard
        namesLaw || NumberSign.first(in: own) != nil
          || NumberSign.crossesJoin(own, rawNext)
          || NumberSign.first(in: rawNext, afterJoin: true, within: 4 * (citationReach + 2))
            != nil
      else { continue }
      let next = rawNext.trimmingBlanks()
      let line = own + " " + next
      // A numbered citation needs a number sign (` số 12`) in the line or across the join
      // (`… Thông` / `tư liên tịch số 01/…`).
      let sign = firstNumberSign(in: line)
      guard namesLaw || sign != nil else { continue }
      let lowerLine = namesLaw ? line.lowercasedByTable() : ""
      let ownEnd = line.utf8.index(line.startIndex, offsetBy: own.utf8.count)
      var found: [(Range<String.Index>, Reference)] = []
      // No citation starts more than the name group's 60 characters (and the number sign)
      // before the first ` số N`: the pattern runs from there, not from the line's start.
      let firstSign = mayHoldDocumentNumber(line) ? sign : nil
      var numberMatches: [CitationMatch] = []
      if let firstSign {
        let scalars = line.unicodeScalars
        let from =
          scalars.index(firstSign, offsetBy: -Self.citationReach, limitedBy: scalars.startIndex)
          ?? scalars.startIndex
        numberMatches = CitationScanner.matches(in: line, from: from)
      }
      for match in numberMatches {
        let before = String(match.name)
        guard let kind = kinds.first(where: { before.utf8HasSuffix($0) }) else { continue }
        // The citation must start on this line; the lazy name group may have begun earlier
        // in the line and run across the join into the next one.
        let kindStart = line.index(match.range.lowerBound, offsetBy: before.count - kind.count)
        guard kindStart < ownEnd else { continue }
        let number = normalizedNumber(String(match.number))
        // `số` may reach here as `s` from a scan: then the number must carry a `/`.
        guard number.utf8Contains("/") || number.utf8Contains("-") else { continue }
        let key = "\(kind)|\(number)"
        guard seen.insert(key).inserted else { continue }
        let start = line.index(match.range.upperBound, offsetBy: -0)
        let tail = String(line[start...])
        let (date, dateLength) = VietnameseDateText.leading(tail)
        var end = line.index(start, offsetBy: dateLength)
        var issuer: String?
        let afterDate = String(line[end...])
        if afterDate.utf8HasPrefix(" của ") {
          var body = String(afterDate.dropFirst(5))
          for stop in issuerStops {
            if let range = body.utf8Range(of: stop) { body = String(body[..<range.lowerBound]) }
          }
          body = body.trimmingBlanks()
          if !body.isEmpty {
            issuer = body
            end = line.index(end, offsetBy: 5 + body.count)
          }
        }
        let text = String(line[kindStart..<end])
        found.append(
          (
            kindStart..<end,
            Reference(
              id: "", kind: kind == "Chương trình hành động" ? "Chương trình" : kind,
              number: number, date: date, issuer: issuer, text: text,
              span: span(
                context, line: index + 1, own: own, in: line, kindStart..<end,
                nextLine: nextIndex + 1))
          ))
      }
      for law in namesLaw ? laws : [] {
        guard let range = line.utf8RangeIgnoringCase(of: law, lowered: lowerLine),
          range.lowerBound < ownEnd
        else { continue }
        let key = law.lowercasedByTable()
        guard !seen.contains(where: { $0.utf8HasPrefix(key) || key.utf8HasPrefix($0) }),
          seen.insert(key).inserted
        else { continue }
        var end = range.upperBound
        if let year = line[end...].firstMatch(of: ReferencePatterns.trailingYear) {
          end = year.range.upperBound
        }
        found.append(
          (
            range.lowerBound..<end,
            Reference(
              id: "", kind: "Luật", number: nil, date: nil, issuer: nil,
              text: String(line[range.lowerBound..<end]),
              span: span(
                context, line: index + 1, own: own, in: line, range.lowerBound..<end,
                nextLine: nextIndex + 1))
          ))
      }
      // Put in document order with the unnumbered ones below.
      references += found.map(\.1)
    }
    var unnumbered = UnnumberedCitationReader(
      context: context, header: header, numbered: references)
    for index in 0..<end {
      references += unnumbered.read(line: index, end: end)
    }
    // Document order (numbered ones first on a tie), then ids.
    let ordered = references.enumerated().sorted { a, b in
      (a.element.span.line, a.element.span.column, a.offset)
        < (b.element.span.line, b.element.span.column, b.offset)
    }
    return ordered.map { entry in
      var reference = entry.element
      reference.id = ids.next("ref", line: reference.span.line)
      return reference
    }
  }

  /// How far before its number sign a citation can start: the pattern's name group (a capital
  /// and up to 60 letters or spaces) with room to spare.
  static let citationReach = 72

  /// Where the first ` s` or ` số`, then optional white space, then a digit starts: what the
  /// citation pattern needs before it can match (most lines with a date have no `số N`).
  static func firstNumberSign(in text: String) -> String.Index? {
    NumberSign.first(in: text).map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
  }

  /// Whether the text has a digit somewhere before a `/` or `-`, as every document number
  /// has (`1234QĐ-UBND`, `12 KH-UBND` included): a byte scan that spares the citation
  /// pattern most lines.
  static func mayHoldDocumentNumber(_ text: String) -> Bool {
    var sawDigit = false
    for byte in text.utf8 {
      let isSeparator = byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-")
      if isSeparator && sawDigit { return true }
      if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { sawDigit = true }
    }
    return false
  }

  /// The number as printed (a converter's space inside it, `BLĐT BXH`, is kept).
  private static func normalizedNumber(_ text: String) -> String {
    text.trimmingBlanks()
  }

  /// The span of `range` in `text` (the line joined with the next): an end past the
  /// line's own text falls on the next line.
  private static func span(
    _ context: ExtractionContext, line: Int, own: String, in text: String,
    _ range: Range<String.Index>, nextLine: Int? = nil
  ) -> Span {
    let scalars = text.unicodeScalars
    let column = scalars.distance(from: scalars.startIndex, to: range.lowerBound) + 1
    let endOffset = scalars.distance(from: scalars.startIndex, to: range.upperBound)
    let ownCount = own.unicodeScalars.count
    if endOffset <= ownCount {
      return context.span(line: line, column: column, endColumn: endOffset + 1)
    }
    // Past the joining space: a column of the next text line (after its leading spaces).
    let nextLine = nextLine ?? line + 1
    let next = nextLine - 1 < context.lines.count ? context.lines[nextLine - 1] : ""
    let indent = next.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
    return context.span(
      line: line, column: column, endLine: nextLine,
      endColumn: endOffset - ownCount - 1 + indent + 1)
  }
}

/// Reads a date at the start of a text: ` ngày 30/12/2022` or ` ngày 30 tháng 12 năm 2022`.
enum VietnameseDateText {
  /// The ISO date and the number of characters it took, or (nil, 0).
  static func leading(_ text: String) -> (String?, Int) {
    // Both patterns start with white space and `ngày`: most citations have no date. The
    // patterns match characters, so a scalar that may extend the white space's character (a
    // stray mark or a joiner, ` \u{301}ngày`) or a decomposed `ngày` is left to them.
    let afterSpace = text.unicodeScalars.drop(while: ScalarTable.isWhitespace)
    guard afterSpace.startIndex != text.startIndex,
      afterSpace.starts(with: "ngày".unicodeScalars)
        || afterSpace.first.map({ !$0.isASCII }) ?? false
        || afterSpace.starts(with: "nga\u{300}".unicodeScalars)
    else { return (nil, 0) }
    if let match = text.prefixMatch(of: ReferencePatterns.numericDate),
      let iso = iso(match.output.3, match.output.2, match.output.1)
    {
      return (iso, text.distance(from: text.startIndex, to: match.range.upperBound))
    }
    if let match = text.prefixMatch(
      of: ReferencePatterns.wordedDate),
      let iso = iso(match.output.3, match.output.2, match.output.1)
    {
      return (iso, text.distance(from: text.startIndex, to: match.range.upperBound))
    }
    return (nil, 0)
  }

  private static func iso(_ year: Substring, _ month: Substring, _ day: Substring) -> String? {
    guard let y = Int(year), let m = Int(month), let d = Int(day),
      HeaderExtractor.isRealDate(y, m, d)
    else { return nil }
    return String(format: "%04d-%02d-%02d", y, m, d)
  }
}

/// Regular expressions built once (a literal inside a function is parsed on every call).
private enum ReferencePatterns {
  nonisolated(unsafe) static let trailingYear = #/^( năm)? [0-9]{4}/#
  nonisolated(unsafe) static let numericDate = #/\s+ngày\s+([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})/#
  nonisolated(unsafe) static let wordedDate =
    #/\s+ngày\s+([0-9]{1,2})\s+tháng\s+([0-9]{1,2})\s+năm\s+([0-9]{4})/#
}

/// Whether a line names a law: `luật` in any case, found by one byte pass instead of
/// lowercasing the line (`ậ` is E1 BA AD, `Ậ` E1 BA AC).
enum LineSigns {
  static func namesLaw(_ line: String) -> Bool {
    line.withUTF8Bytes(scan)
  }

  private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = bytes.count
    var index = 2
    while index + 3 < count {
      if bytes[index] == 0xE1, bytes[index + 1] == 0xBA,
        bytes[index + 2] == 0xAD || bytes[index + 2] == 0xAC,
        bytes[index - 1] | 0x20 == UInt8(ascii: "u"), bytes[index - 2] | 0x20 == UInt8(ascii: "l"),
        bytes[index + 3] | 0x20 == UInt8(ascii: "t")
      {
        return true
      }
      index += 1
    }
    return false
  }
}
