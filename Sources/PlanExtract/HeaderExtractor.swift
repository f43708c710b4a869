import Foundation
import PlanModel
import PlanText

/// Reads the header of a plan: number, type, issuer and its level, place, date, title,
/// period and signer.
///
/// Grammar (on the lines before section I, markdown removed):
/// - number: `Số: 36 /KH-UBND` -> `36/KH-UBND`; a blank number (`Số: /KH-UBND`) is null;
/// - place and date: `<Place>, ngày DD tháng MM năm YYYY` (a blank day or month: null date);
/// - type: the first line in capitals naming a document type (`KẾ HOẠCH` -> `Kế hoạch`);
/// - title: the lines after the type, up to two blank lines or a blank line followed by
///   `Căn cứ`, `Thực hiện`, `Theo`, `Để`, `Triển khai` or a section heading;
/// - issuer: `ỦY BAN NHÂN DÂN` and the unit line below it (`TỈNH SƠN LA`), read beside the
///   national motto; else `UBND tỉnh/huyện/thành phố/xã <Name>` in the preamble, completed
///   by the place when the name is missing;
/// - period: `giai đoạn A - B` in the title; else the plan year at the end of the title
///   (`… năm 2024`, not `đến năm`); else `Thời gian thực hiện: Giai đoạn từ năm A đến năm B`;
/// - signer: after `Nơi nhận` or the signature block, the name on its last lines and the
///   title (`KT. CHỦ TỊCH` or `PHÓ CHỦ TỊCH`: Phó Chủ tịch; `CHỦ TỊCH`: Chủ tịch).
public enum HeaderExtractor {
  private static let types = [
    "KẾ HOẠCH", "QUYẾT ĐỊNH", "NGHỊ QUYẾT", "CHỈ THỊ", "THÔNG BÁO", "CHƯƠNG TRÌNH", "ĐỀ ÁN",
  ]
  private static let motto = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
  ]

  public static func extract(_ context: ExtractionContext) -> PlanDocument {
    let firstSection = context.sections.first?.line ?? min(context.lines.count + 1, 40)
    let header = Array(context.lines.prefix(max(0, firstSection - 1))).map(clean)
    var document = PlanDocument()
    var typeLine: Int?
    for (index, line) in header.enumerated() {
      if document.number == nil, let number = number(in: line) { document.number = number.value }
      if document.place == nil, let (place, date) = placeAndDate(in: line) {
        document.place = place
        document.issuedOn = date
      }
      if typeLine == nil, let type = types.first(where: { line == $0 }) {
        typeLine = index
        document.type = type.prefix(1) + type.dropFirst().lowercasedByTable()
      }
    }
    if let typeLine { document.title = title(header, after: typeLine) }
    let issuer = issuer(header)
    document.level = issuer.level
    if var name = issuer.name {
      if issuer.unitNameMissing, let place = document.place { name += " " + place }
      document.issuer = name
    }
    document.period = period(title: document.title, lines: context.lines)
    document.signer = signer(context.lines, from: context.bodyEnd)
    return document
  }

  /// The line without markdown marks and outer spaces.
  static func clean(_ line: String) -> String {
    line.utf8Replacing("**", with: "").utf8Replacing("#", with: "")
      .trimmingBlanks()
  }

  private static func number(in line: String) -> (value: String?, found: Bool)? {
    guard let match = line.firstMatch(of: HeaderPatterns.numberLine)
    else { return nil }
    let digits = String(match.output.1)
    return (digits.isEmpty ? nil : "\(digits)/\(match.output.2)", true)
  }

  private static func placeAndDate(in line: String) -> (String, String?)? {
    // `<place>, ngày D tháng M năm Y`: each `ngày` is tried with an anchored match, so a long
    // line costs one pass (an unanchored `[^,]*,` search is cubic on long lines).
    var searchStart = line.startIndex
    while let found = line.utf8Range(of: "ngày", from: searchStart) {
      searchStart = found.upperBound
      var before = found.lowerBound
      while before > line.startIndex, line[line.index(before: before)].isWhitespace {
        before = line.index(before: before)
      }
      guard before > line.startIndex, line[line.index(before: before)] == "," else { continue }
      guard let match = line[found.lowerBound...].prefixMatch(of: HeaderPatterns.dateWords)
      else { continue }
      let comma = line.index(before: before)
      let clauseStart =
        line[..<comma].lastIndex(of: ",").map { line.index(after: $0) } ?? line.startIndex
      return placeAndDate(
        clause: line[clauseStart..<comma], day: match.output.1, month: match.output.2,
        year: match.output.3)
    }
    return nil
  }

  private static func placeAndDate(
    clause: Substring, day: Substring, month: Substring, year: Substring
  ) -> (String, String?)? {
    // The place is the run of capitalized words just before the comma.
    var words: [Substring] = []
    for word in clause.split(separator: " ").reversed() {
      guard let first = word.unicodeScalars.first, first.properties.isUppercase,
        word.unicodeScalars.contains(where: { $0.properties.isLowercase })
      else { break }
      words.insert(word, at: 0)
    }
    guard !words.isEmpty else { return nil }
    let place = words.joined(separator: " ")
    guard let day = Int(day), let month = Int(month), let year = Int(year),
      isRealDate(year, month, day)
    else { return (place, nil) }
    return (place, String(format: "%04d-%02d-%02d", year, month, day))
  }

  static func isRealDate(_ year: Int, _ month: Int, _ day: Int) -> Bool {
    (1900...2200).contains(year) && CalendarDay.isValid(year: year, month: month, day: day)
  }

  private static let titleStops = ["Căn cứ", "Thực hiện", "Theo ", "Để ", "Triển khai"]

  private static func title(_ header: [String], after typeLine: Int) -> String? {
    var parts: [String] = []
    var blanks = 0
    var index = typeLine + 1
    while index < header.count {
      let line = header[index]
      if line.isEmpty {
        blanks += 1
        if blanks >= 2 && !parts.isEmpty { break }
      } else {
        if !parts.isEmpty && blanks > 0 && titleStops.contains(where: { line.utf8HasPrefix($0) }) {
          break
        }
        parts.append(line)
        blanks = 0
      }
      index += 1
    }
    let title = parts.joined(separator: " ").split(separator: " ").joined(separator: " ")
    return title.isEmpty ? nil : title
  }

  private static let levels: [(String, DocumentLevel)] = [
    ("thành phố", .city), ("tỉnh", .province), ("huyện", .district), ("quận", .district),
    ("thị xã", .district), ("xã", .commune), ("phường", .commune), ("thị trấn", .commune),
  ]

  private static func issuer(_ header: [String]) -> (
    name: String?, level: DocumentLevel?, unitNameMissing: Bool
  ) {
    // Header block: `ỦY BAN NHÂN DÂN` then the unit line, each beside the motto.
    // Only the first characters are compared: uppercase those, not whole paragraphs.
    for (index, line) in header.enumerated()
    where line.prefix(16).uppercased().utf8HasPrefix("ỦY BAN NHÂN DÂN")
      || line.prefix(16).uppercased().utf8HasPrefix("UỶ BAN NHÂN DÂN")
    {
      guard index + 1 < header.count else { break }
      var unit = header[index + 1]
      for part in motto { unit = unit.utf8Replacing(part, with: "") }
      unit = unit.trimmingBlanks()
      let lower = unit.lowercasedByTable()
      guard let (word, level) = levels.first(where: { lower.utf8HasPrefix($0.0 + " ") }) else {
        continue
      }
      let name = capitalizeWords(
        String(unit.dropFirst(word.count)).trimmingBlanks())
      return ("Ủy ban nhân dân \(word) \(name)", level, false)
    }
    // A scan may lose the `ỦY BAN NHÂN DÂN` line: a unit line in capitals at the top.
    for line in header.prefix(3) {
      var unit = line
      for part in motto { unit = unit.utf8Replacing(part, with: "") }
      unit = unit.trimmingBlanks()
      let lower = unit.lowercasedByTable()
      guard unit == unit.uppercased(), unit.count > 4,
        let (word, level) = levels.first(where: { lower.utf8HasPrefix($0.0 + " ") })
      else { continue }
      let name = capitalizeWords(
        String(unit.dropFirst(word.count)).trimmingBlanks())
      return ("Ủy ban nhân dân \(word) \(name)", level, false)
    }
    // Preamble: `UBND huyện Phong Thổ ban hành` / `Ủy ban nhân dân tỉnh ban hành`.
    for line in header {
      // The words the pattern needs, looked for first: most preamble lines have neither.
      guard line.utf8Contains("ban hành"),
        line.utf8Contains("UBND") || line.utf8Contains("ban nhân dân"),
        let match = line.firstMatch(
          of:
            HeaderPatterns.issuerInTitle
        )
      else { continue }
      let word = String(match.output.1)
      let name = String(match.output.2).trimmingBlanks()
      let level = levels.first { $0.0 == word }?.1
      return (
        "Ủy ban nhân dân \(word)" + (name.isEmpty ? "" : " \(name)"), level, name.isEmpty
      )
    }
    return (nil, nil, false)
  }

  /// `SƠN LA` -> `Sơn La`.
  static func capitalizeWords(_ text: String) -> String {
    text.split(separator: " ").map { word in
      word.prefix(1).uppercased() + word.dropFirst().lowercasedByTable()
    }.joined(separator: " ")
  }

  private static func period(title: String?, lines: [String]) -> Period? {
    if let title {
      if let match = title.firstMatch(of: HeaderPatterns.periodRange),
        let from = Int(match.output.1), let to = Int(match.output.2), from <= to
      {
        return Period(from: from, to: to)
      }
      var year: Int?
      for match in title.matches(of: HeaderPatterns.yearMention) where match.output.1 == nil {
        year = Int(match.output.2)
      }
      if let year { return Period(from: year, to: year) }
    }
    for line in lines {
      guard line.utf8Contains("Thời gian thực hiện"),
        let match = line.firstMatch(
          of: HeaderPatterns.periodFromTo),
        let from = Int(match.output.1), let to = Int(match.output.2), from <= to
      else { continue }
      return Period(from: from, to: to)
    }
    return nil
  }

  private static func signer(_ lines: [String], from bodyEnd: Int) -> Signer? {
    let tail = lines.dropFirst(bodyEnd).map(clean)
    let block = tail.joined(separator: "\n")
    guard block.utf8Contains("CHỦ TỊCH") else { return nil }
    let title =
      block.utf8Contains("KT. CHỦ TỊCH") || block.utf8Contains("PHÓ CHỦ TỊCH")
      ? "Phó Chủ tịch" : "Chủ tịch"
    // The name: the last line ending in two to five capitalized words, not in capitals.
    for line in tail.reversed() where !line.isEmpty {
      let words = line.split(separator: " ")
      var name: [Substring] = []
      for word in words.reversed() {
        guard let first = word.unicodeScalars.first, first.properties.isUppercase,
          word.unicodeScalars.dropFirst().allSatisfy({ !$0.properties.isUppercase }),
          word.unicodeScalars.contains(where: { $0.properties.isLowercase })
        else { break }
        name.insert(word, at: 0)
      }
      if (2...5).contains(name.count) {
        return Signer(name: name.joined(separator: " "), title: title)
      }
    }
    return nil
  }
}

/// Regular expressions built once (a literal inside a function is parsed on every call).
private enum HeaderPatterns {
  nonisolated(unsafe) static let numberLine = #/Số\s*:\s*([0-9]*)\s*/\s*([A-ZĐ][A-Za-zĐ0-9-]*)/#
  nonisolated(unsafe) static let dateWords =
    #/ngày\s*([0-9]*)\s*tháng\s*([0-9]*)\s*năm\s*([0-9]{4})/#
  nonisolated(unsafe) static let issuerInTitle =
    #/(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(thành phố|tỉnh|huyện|quận|thị xã|xã|phường|thị trấn)((?:\s+\p{Lu}\p{Ll}*)*)\s+ban hành/#
  nonisolated(unsafe) static let periodRange = #/giai đoạn\s*([0-9]{4})\s*[-–]\s*([0-9]{4})/#
  nonisolated(unsafe) static let yearMention = #/(đến )?năm\s+([0-9]{4})/#
  nonisolated(unsafe) static let periodFromTo =
    #/[Gg]iai đoạn từ năm\s*([0-9]{4})\s*đến năm\s*([0-9]{4})/#
}
