import Foundation
import PlanNormalize
import PlanText

/// A line read as a section heading.
package struct HeadingMatch: Equatable, Sendable {
  package var number: String
  package var style: NumberingStyle
  package var depth: Int
  package var heading: String
  /// 0-based scalar index where the number starts.
  package var start: Int
  /// Read through OCR damage (noise before the number, `6:` or `4,` for `6.`, `|.` for
  /// `I.`): such a heading is only believed where its number continues the outline.
  package var isDamaged = false
  /// An opening quotation mark stands right before the number (`“1. Đội dân phòng …`): a
  /// quoted item, as amending text quotes the clauses it writes, or a speck.
  package var followsQuotationMark = false
}

/// Reads section headings.
///
/// Grammar of a heading line: optional spaces, `#` marks and `**`; then a number, one of
/// a part letter `[A-H]` followed by `.` (its heading in capitals: `B. NỘI DUNG, NHIỆM VỤ`);
/// Roman `[IVXL]+` followed by `.`; decimal `N.N(.N)*` (each part at most two digits)
/// optionally followed by `.`; Arabic `N` (at most 50) followed by `.` or `)`; or a
/// Vietnamese letter `[a-zđ]` followed by `)`; then a space and the heading text. For a
/// bold inline heading (`**4. Phòng Tư pháp:** Phối hợp ...`) the heading is the bold part;
/// otherwise it is the text up to a `:` (when it comes within 120 characters, and not
/// between two letters as in `Giáo:dục`) or the line.
///
/// OCR damage read as well, flagged ``HeadingMatch/isDamaged``: markdown marks printed as
/// letters (`HHH 14.`, `#H#H## 15.`, `#4### 14.`) and specks (`; `, `: . `, `“`, `_`) before
/// the number; `6:` or `11,` for an Arabic number's period (before a space and a capital),
/// `10..` and `8.-Đề`, and `|.` for the Roman `I.`.
package enum HeadingMatcher {
  private static let letters: Set<Unicode.Scalar> = Set(
    "abcdđeghiklmnopqrstuvxy".unicodeScalars)

  package static func match(_ line: String) -> HeadingMatch? {
    guard mayStartWithNumber(line) else { return nil }
    let scalars = line.scalarArray
    var index = 0
    var bold = false
    var damaged = false
    while index < scalars.count {
      let scalar = scalars[index]
      if let end = markRunEnd(scalars, from: index),
        scalars[index..<end].contains(where: { $0 != "#" })
      {
        damaged = true  // `##Hà`, `#H#H##`: marks printed as letters
        index = end
      } else if scalar == " " || scalar == "\t" || scalar == "#" {
        index += 1
      } else if scalar == "*", index + 1 < scalars.count, scalars[index + 1] == "*" {
        bold = true
        index += 2
      } else if scalar == "|", index + 1 < scalars.count, scalars[index + 1] == "." {
        break  // `|.`: the Roman `I.`
      } else if specks.contains(scalar) {
        damaged = true
        index += 1
      } else {
        break
      }
    }
    let start = index
    guard let (number, style, depth, afterNumber, damagedNumber) = readNumber(scalars, from: start)
    else {
      return nil
    }
    // A space (or the end, or the closing `**`) must follow; or, after a Roman or Arabic
    // number, a capital letter (`3.Sở Tư pháp`, where a scan lost the space).
    var rest = afterNumber
    let capitalFollows =
      rest < scalars.count && (style == .arabic || style == .roman)
      && VietnameseLetters.isUppercaseLetter(scalars[rest])
    guard
      rest == scalars.count || scalars[rest] == " " || scalars[rest] == "*"
        || scalars[rest] == "\t" || capitalFollows
    else { return nil }
    while rest < scalars.count, scalars[rest] == " " || scalars[rest] == "\t" { rest += 1 }
    let remainder = Array(scalars[rest...])
    let heading = headingText(remainder, bold: bold)
    guard !heading.isEmpty || style == .roman else { return nil }
    // `A. MỤC ĐÍCH, YÊU CẦU` is a part; `A. Nguyễn Văn B` or `B. Có` is not.
    if style == .part, damaged || !SectionParser.isCapitals(heading) { return nil }
    return HeadingMatch(
      number: number, style: style, depth: depth, heading: heading, start: start,
      isDamaged: damaged || damagedNumber,
      followsQuotationMark: start > 0 && Self.openingQuotes.contains(scalars[start - 1]))
  }

  /// Opening quotation marks (`"`, `'`, `“`, `‘`, `«`).
  private static let openingQuotes: Set<Unicode.Scalar> = [
    "\"", "'", "\u{201C}", "\u{2018}", "\u{00AB}",
  ]

  /// Specks an OCR reads before a heading's number (`; 6.`, `: . ## 2.`, `“#2.`).
  private static let specks: Set<Unicode.Scalar> = [
    ";", ":", ".", "_", "=", "~", "|", "\"", "'", "\u{2018}", "\u{2019}", "\u{201C}",
    "\u{201D}", "\u{00AB}", "\u{00BB}",
  ]

  /// Scalars of markdown `#` marks as an OCR prints them (`HHH`, `#H#H##`, `#4###`, and
  /// `HÀ`, `##Hà` where the repair took `HH` for a word).
  private static let markLetters: Set<Unicode.Scalar> = ["#", "H", "\u{00C0}", "\u{00E0}", "4"]

  /// The end of a run of printed markdown marks at `start` (at least two `#` or `H`, only
  /// mark letters, then a space), or nil.
  private static func markRunEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
    var index = start
    var marks = 0
    while index < scalars.count, markLetters.contains(scalars[index]) {
      if scalars[index] == "#" || scalars[index] == "H" { marks += 1 }
      index += 1
    }
    guard marks >= 2, index < scalars.count, scalars[index] == " " else { return nil }
    return index
  }

  /// A byte scan that spares most lines the full reading: past the leading spaces, `#`
  /// marks and `**`, a heading has a Roman numeral, a digit, a letter and `)`, or a part
  /// letter and `.`.
  static func mayStartWithNumber(_ line: String) -> Bool {
    let bytes = line.utf8
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: "#") {
        index = bytes.index(after: index)
      } else if byte == UInt8(ascii: "*"), HeadingMatcher.byte(after: index, in: bytes) == byte {
        index = bytes.index(index, offsetBy: 2)
      } else if byte == UInt8(ascii: "|"),
        HeadingMatcher.byte(after: index, in: bytes) == UInt8(ascii: ".")
      {
        return true  // `|.`, the Roman `I.`
      } else if byte == UInt8(ascii: "H"),
        HeadingMatcher.byte(after: index, in: bytes) == UInt8(ascii: ".")
      {
        return true  // `H.`, the part letter, not a printed mark
      } else if byte < 0x80 && skippedASCII[Int(byte)] {
        index = bytes.index(after: index)
      } else if byte >= 0x80, case let scalar = line.unicodeScalars[index],
        skippedBeforeNumber.contains(scalar)
      {
        index = bytes.index(index, offsetBy: UTF8.width(scalar))
      } else {
        break
      }
    }
    guard index < bytes.endIndex else { return false }
    let first = bytes[index]
    if first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9") { return true }
    if "IVXL".utf8.contains(first) { return true }
    if first >= UInt8(ascii: "A") && first <= UInt8(ascii: "H") {
      return HeadingMatcher.byte(after: index, in: bytes) == UInt8(ascii: ".")
    }
    if first == 0xC4, HeadingMatcher.byte(after: index, in: bytes) == 0x91 {  // đ
      let close = bytes.index(index, offsetBy: 2)
      return close < bytes.endIndex && bytes[close] == UInt8(ascii: ")")
    }
    return first < 0x80 && letters.contains(Unicode.Scalar(first))
      && HeadingMatcher.byte(after: index, in: bytes) == UInt8(ascii: ")")
  }

  /// What the prefilter skips before a number: the specks and the printed mark letters
  /// (`H`, `À`, `à`; not the digit `4`, which the prefilter takes for the number itself).
  private static let skippedBeforeNumber = specks.union(
    markLetters.filter { !("0"..."9").contains($0) })

  /// ``skippedBeforeNumber`` for the ASCII bytes, looked up by byte.
  private static let skippedASCII: [Bool] = (0..<128).map { value in
    skippedBeforeNumber.contains(Unicode.Scalar(UInt8(value)))
  }

  private static func byte(after position: String.Index, in bytes: String.UTF8View) -> UInt8? {
    let next = bytes.index(after: position)
    return next < bytes.endIndex ? bytes[next] : nil
  }

  /// The number at `start`, its style and depth, the index after its punctuation, and
  /// whether that punctuation was OCR damage (`6:`, `11,`, `10..`, `8.-`, `|.`).
  private static func readNumber(_ scalars: [Unicode.Scalar], from start: Int)
    -> (String, NumberingStyle, Int, Int, Bool)?
  {
    guard start < scalars.count else { return nil }
    let first = scalars[start]
    if first == "|", start + 1 < scalars.count, scalars[start + 1] == "." {
      return ("I", .roman, 1, start + 2, true)
    }
    if ("A"..."H").contains(first), start + 1 < scalars.count, scalars[start + 1] == "." {
      return (String(first), .part, 1, start + 2, false)
    }
    if "IVXL".unicodeScalars.contains(first) {
      var end = start
      while end < scalars.count, "IVXL".unicodeScalars.contains(scalars[end]) { end += 1 }
      guard end < scalars.count, scalars[end] == ".", end - start <= 5 else { return nil }
      return (String(String.UnicodeScalarView(scalars[start..<end])), .roman, 1, end + 1, false)
    }
    if ScalarTable.isASCIIDigit(first) {
      var parts: [Int] = []
      var index = start
      while index < scalars.count {
        var value = 0
        var digits = 0
        while index < scalars.count, ScalarTable.isASCIIDigit(scalars[index]), digits < 3 {
          value = value * 10 + Int(scalars[index].value - 48)
          digits += 1
          index += 1
        }
        guard digits > 0, digits <= 2,
          index >= scalars.count || !ScalarTable.isASCIIDigit(scalars[index])
        else {
          return nil
        }
        parts.append(value)
        guard index < scalars.count, scalars[index] == ".", index + 1 < scalars.count,
          ScalarTable.isASCIIDigit(scalars[index + 1])
        else { break }
        index += 1
      }
      let number = parts.map(String.init).joined(separator: ".")
      if parts.count > 1 {
        guard parts.count <= 4, parts[0] <= 30 else { return nil }
        if index < scalars.count, scalars[index] == "." { index += 1 }
        return (number, .decimal, parts.count, index, false)
      }
      guard parts[0] >= 1, parts[0] <= 50, index < scalars.count else { return nil }
      let mark = scalars[index]
      if mark == ".", index + 1 < scalars.count, scalars[index + 1] == "." {
        return (number, .arabic, 1, index + 2, true)  // `10..Đề nghị`
      }
      if mark == ".", index + 2 < scalars.count, scalars[index + 1] == "-",
        VietnameseLetters.isUppercaseLetter(scalars[index + 2])
      {
        return (number, .arabic, 1, index + 2, true)  // `8.-Đề nghị`
      }
      if mark == "." || mark == ")" { return (number, .arabic, 1, index + 1, false) }
      // `6: Sở Kế hoạch`, `11, Sở Công Thương`: a period read as `:` or `,`.
      guard mark == ":" || mark == ",", index + 2 < scalars.count, scalars[index + 1] == " ",
        VietnameseLetters.isUppercaseLetter(scalars[index + 2])
      else { return nil }
      return (number, .arabic, 1, index + 1, true)
    }
    if letters.contains(first), start + 1 < scalars.count, scalars[start + 1] == ")" {
      return (String(first), .letter, 1, start + 2, false)
    }
    return nil
  }

  private static func headingText(_ scalars: [Unicode.Scalar], bold: Bool) -> String {
    var text = scalars
    if bold, let close = closingBold(text) {
      text = Array(text[..<close])
    } else if let colon = headingColon(text) {
      text = Array(text[..<colon])
    }
    // `**` pairs removed, blanks trimmed, then trailing `:`, `;`, `.` and blanks, all on
    // the scalars.
    var kept: [Unicode.Scalar] = []
    kept.reserveCapacity(text.count)
    var index = 0
    while index < text.count {
      if text[index] == "*", index + 1 < text.count, text[index + 1] == "*" {
        index += 2
      } else {
        kept.append(text[index])
        index += 1
      }
    }
    var start = 0
    while start < kept.count, BlankScalars.contains(kept[start]) { start += 1 }
    var end = kept.count
    while end > start,
      BlankScalars.contains(kept[end - 1]) || ":;.".unicodeScalars.contains(kept[end - 1])
    {
      end -= 1
    }
    return String(scalars: kept[start..<end])
  }

  /// The first `:` within 120 scalars that ends a heading: not one between two letters
  /// (`Phòng Giáo:dục và Đào tạo:`, where an OCR read a speck as a colon).
  private static func headingColon(_ scalars: [Unicode.Scalar]) -> Int? {
    var index = 0
    while index < scalars.count, index <= 120 {
      if scalars[index] == ":" {
        let glued =
          index > 0 && index + 1 < scalars.count
          && VietnameseLetters.info(scalars[index - 1]) != nil
          && VietnameseLetters.info(scalars[index + 1]).map { !$0.isUppercase } ?? false
        if !glued { return index }
      }
      index += 1
    }
    return nil
  }

  private static func closingBold(_ scalars: [Unicode.Scalar]) -> Int? {
    var index = 0
    while index + 1 < scalars.count {
      if scalars[index] == "*", scalars[index + 1] == "*" { return index }
      index += 1
    }
    return nil
  }
}
