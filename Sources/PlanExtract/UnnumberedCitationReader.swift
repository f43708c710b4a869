import PlanModel
import PlanNormalize
import PlanText

/// Reads the citations that carry no number, once each, at their first citation.
///
/// Grammar:
/// - a titled document: `<Kind> “<title>”` (`Đề án “Nâng cao hiệu quả …”`), the title up to
///   its closing quote on this line or one of the next `reach` non-blank lines; kinds: Đề án,
///   Dự án, Chương trình, Kế hoạch, Chiến lược, Quy hoạch, Nghị quyết, Chỉ thị, Kết luận;
/// - a document named by its issuer: `<Kind> của <issuer>` (`Chương trình của Chính phủ`),
///   the issuer starting with a body (`Chính phủ`, `Ban …`, `Bộ …`, `Ủy ban nhân dân …`,
///   `Hội đồng nhân dân …`, `Tỉnh ủy` …) and running over its name (see `issuerEnd`), with the
///   subject after `về` in the text (`Kế hoạch của Ban Chỉ đạo 297, UBND tỉnh về phòng,
///   chống … 2021 - 2025`); kinds: Chương trình, Nghị quyết, Kế hoạch, Chỉ thị, Kết luận,
///   Đề án, Chiến lược.
///
/// The same document cited again is not read again: titles and subjects are compared folded
/// (case, marks and spacing aside); a document named by its issuer alone is one cited with
/// the same kind and a close issuer, by a numbered citation anywhere in the plan (`Nghị
/// quyết của Hội đồng nhân dân thành phố` beside `Nghị quyết số 04/2024/NQ-HĐND … của Hội
/// đồng nhân dân thành phố`) or by its issuer before, or the plan itself (its type and
/// issuer: `Kế hoạch của Ủy ban nhân dân thành phố`).
struct UnnumberedCitationReader {
  static let titledKinds = [
    "Đề án", "Dự án", "Chương trình", "Kế hoạch", "Chiến lược", "Quy hoạch", "Nghị quyết",
    "Chỉ thị", "Kết luận",
  ]
  static let issuerKinds = [
    "Chương trình", "Nghị quyết", "Kế hoạch", "Chỉ thị", "Kết luận", "Đề án", "Chiến lược",
  ]
  /// How an issuer may begin.
  static let issuerHeads = [
    "Chính phủ", "Thủ tướng", "Quốc hội", "Bộ ", "Ban ", "Tỉnh ủy", "Thành ủy", "Huyện ủy",
    "Tỉnh uỷ", "Thành uỷ", "Huyện uỷ", "Hội đồng nhân dân", "HĐND", "Ủy ban", "Uỷ ban", "UBND",
    "Sở ", "Trung ương", "Đảng ủy", "Đảng uỷ",
  ]
  /// Councils, whose name goes on with lowercase level words (`Ủy ban nhân dân thành phố`).
  static let councils = [
    "Ủy ban nhân dân", "Uỷ ban nhân dân", "UBND", "Hội đồng nhân dân", "HĐND",
  ]
  /// Level words that may follow a council or a body (`UBND tỉnh`, `Ban Chỉ đạo tỉnh`,
  /// `Ban Chỉ đạo quốc gia`).
  static let levelWords: Set<String> = [
    "tỉnh", "thành", "phố", "huyện", "quận", "thị", "xã", "phường", "trấn", "cấp", "các",
    "quốc", "gia", "trung", "ương",
  ]
  /// The kinds (titled ones first) and the issuer heads and councils as scalars, built once.
  private static let kindScalars: [(kind: String, scalars: [Unicode.Scalar])] =
    (titledKinds + issuerKinds.filter { !titledKinds.contains($0) }).map {
      ($0, Array($0.unicodeScalars))
    }
  private static let titledKindsAndSpace = titledKinds.map { Array(($0 + " ").unicodeScalars) }
  private static let issuerHeadScalars = issuerHeads.map { Array($0.unicodeScalars) }
  private static let councilScalars = councils.map { Array($0.unicodeScalars) }
  private static let ofScalars = Array(" của ".unicodeScalars)
  private static let aboutScalars = Array(" về ".unicodeScalars)
  private static let phongScalars = Array("phòng".unicodeScalars)

  /// The offset just past `literal` when it is written at `offset`, else nil.
  private static func end(
    of literal: [Unicode.Scalar], in scalars: [Unicode.Scalar], at offset: Int
  ) -> Int? {
    let end = offset + literal.count
    guard offset >= 0, end <= scalars.count, scalars[offset..<end].elementsEqual(literal) else {
      return nil
    }
    return end
  }

  /// Non-blank lines after the citation's own line that a title or an issuer may run into.
  static let reach = 6
  /// Longest title, subject or issuer read, in scalars.
  static let longest = 400
  /// How many documents cited before an issuer is compared with for closeness (the first
  /// ones: the numbered citations, then the first found): the comparison is an edit
  /// distance, so that a document citing thousands does not take quadratic time. Beyond
  /// them, an issuer must be the same to match.
  static let closeComparisons = 32

  let context: ExtractionContext
  /// The plan's own type and issuer (folded), to leave out the plan citing itself.
  let planType: String?
  let planIssuer: String?
  /// Documents cited by kind and issuer, as (folded kind, folded issuer): the numbered
  /// references, then the ones found here; the first `closeComparisons` of them.
  private var cited: [(kind: String, issuer: String)] = []
  /// Every document cited by kind and issuer, as `kind|issuer` folded.
  private var citedExactly = Set<String>()
  private var keys = Set<String>()

  init(context: ExtractionContext, header: PlanDocument?, numbered: [Reference]) {
    self.context = context
    planType = header?.type.map(AgencyNames.fold)
    planIssuer = header?.issuer.map { AgencyNames.fold(AgencyNames.expand($0)) }
    for reference in numbered {
      if let issuer = reference.issuer {
        cite(AgencyNames.fold(reference.kind), AgencyNames.fold(AgencyNames.expand(issuer)))
      }
    }
  }

  private mutating func cite(_ kind: String, _ issuer: String) {
    citedExactly.insert(kind + "|" + issuer)
    if cited.count < Self.closeComparisons { cited.append((kind, issuer)) }
  }

  /// Whether a document of this kind and a close issuer was cited (see `close`).
  private func wasCited(_ kind: String, _ issuer: String) -> Bool {
    citedExactly.contains(kind + "|" + issuer)
      || cited.contains { $0.kind == kind && Self.close($0.issuer, issuer) }
  }

  /// The unnumbered citations that start on line `index` (0-based), in order.
  mutating func read(line index: Int, end: Int) -> [Reference] {
    let own = context.lines[index]
    guard Self.mayCite(own) else { return [] }
    let run = Self.run(context, from: index, end: end)
    let ownCount = run.lines.count > 1 ? run.lines[1].offset - 1 : run.scalars.count
    var found: [(start: Int, reference: Reference)] = []
    for start in kindStarts(run.scalars, before: ownCount) {
      guard let (kind, afterKind) = kind(at: start, in: run.scalars) else { continue }
      if let reference = titled(kind, start: start, after: afterKind, run: run) {
        found.append((start, reference))
      } else if let reference = namedByIssuer(kind, start: start, after: afterKind, run: run) {
        found.append((start, reference))
      }
    }
    return found.sorted { $0.start < $1.start }.map(\.reference)
  }

  /// `<Kind> “`, `<Kind> "` or `<Kind> của ` somewhere in the line: a byte search for the
  /// opening quote or `của`, then for the kinds before it (most lines have neither).
  static func mayCite(_ line: String) -> Bool {
    if line.utf8Contains(" của "), issuerNeedles.contains(where: line.utf8Contains) {
      return true
    }
    if line.utf8Contains("“") || line.utf8Contains("\""),
      titledNeedles.contains(where: line.utf8Contains)
    {
      return true
    }
    return false
  }

  private static let issuerNeedles = issuerKinds.map { $0 + " của " }
  private static let titledNeedles = titledKinds.flatMap { [$0 + " “", $0 + " \""] }

  // MARK: Kinds

  /// Offsets before `limit` where a word starts with a capital letter (a kind may start).
  private func kindStarts(_ scalars: [Unicode.Scalar], before limit: Int) -> [Int] {
    var starts: [Int] = []
    var index = 0
    while index < min(limit, scalars.count) {
      let startsWord = index == 0 || scalars[index - 1] == " " || scalars[index - 1] == "("
      if startsWord && ScalarTable.isUppercaseLetter(scalars[index]) { starts.append(index) }
      index += 1
    }
    return starts
  }

  /// The kind written at `start` and the offset just past it.
  private func kind(at start: Int, in scalars: [Unicode.Scalar]) -> (String, Int)? {
    for (kind, literal) in Self.kindScalars {
      guard let end = Self.end(of: literal, in: scalars, at: start), end < scalars.count,
        scalars[end] == " "
      else { continue }
      return (kind, end)
    }
    return nil
  }

  // MARK: Titled documents

  private mutating func titled(
    _ kind: String, start: Int, after: Int, run: TextRun
  ) -> Reference? {
    guard Self.titledKinds.contains(kind) else { return nil }
    let scalars = run.scalars
    let open = after + 1
    guard open < scalars.count, scalars[open] == "“" || scalars[open] == "\"" else { return nil }
    let closing: Unicode.Scalar = scalars[open] == "“" ? "”" : "\""
    var close = open + 1
    while close < scalars.count, close - open <= Self.longest, scalars[close] != closing {
      close += 1
    }
    guard close < scalars.count, scalars[close] == closing, close > open + 1 else { return nil }
    let title = run.string((open + 1)..<close)
    let key = AgencyNames.fold(kind) + "|" + AgencyNames.fold(title)
    guard keys.insert(key).inserted else { return nil }
    return reference(kind, issuer: nil, run: run, start..<(close + 1))
  }

  // MARK: Documents named by their issuer

  private mutating func namedByIssuer(
    _ kind: String, start: Int, after: Int, run: TextRun
  ) -> Reference? {
    guard Self.issuerKinds.contains(kind) else { return nil }
    let scalars = run.scalars
    guard let issuerStart = Self.end(of: Self.ofScalars, in: scalars, at: after),
      Self.startsIssuer(scalars, at: issuerStart),
      let issuerEnd = Self.issuerEnd(scalars, from: issuerStart)
    else { return nil }
    let issuer = run.string(issuerStart..<issuerEnd)
    let foldedKind = AgencyNames.fold(kind)
    let foldedIssuer = AgencyNames.fold(AgencyNames.expand(issuer))
    var end = issuerEnd
    var key = foldedKind + "|by " + foldedIssuer
    if let subject = Self.subject(scalars, after: issuerEnd) {
      end = subject.upperBound
      key = foldedKind + "|on " + AgencyNames.fold(run.string(subject))
    } else {
      if foldedKind == planType, let planIssuer, planIssuer.utf8HasPrefix(foldedIssuer) {
        return nil
      }
      if wasCited(foldedKind, foldedIssuer) { return nil }
    }
    guard keys.insert(key).inserted else { return nil }
    cite(foldedKind, foldedIssuer)
    return reference(kind, issuer: issuer, run: run, start..<end)
  }

  static func startsIssuer(_ scalars: [Unicode.Scalar], at offset: Int) -> Bool {
    issuerHeadScalars.contains { end(of: $0, in: scalars, at: offset) != nil }
  }

  /// Where the issuer starting at `start` ends: its words are capitalized words, numbers,
  /// `-` and `và` between names, one lowercase syllable after a capitalized one (`Chính
  /// phủ`, `Ban Thường vụ Tỉnh ủy`), level words (`UBND tỉnh`, `Ủy ban nhân dân thành
  /// phố`), and another body after a comma (`Ban Chỉ đạo 297, UBND tỉnh`). A word that
  /// opens with punctuation (`(khóa XV`) ends the name, and so does the `longest` scalar.
  /// Nil when no word is taken.
  static func issuerEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
    var index = start
    var end: Int?
    var lowercaseRun = 0
    if let councilEnd = councilEnd(scalars, at: start) {
      index = councilEnd
      end = councilEnd
      lowercaseRun = 1
    }
    let limit = min(scalars.count, start + longest)
    while index < limit {
      // One word: from `index` to the next space, its trailing punctuation apart.
      while index < scalars.count, scalars[index] == " " { index += 1 }
      var wordEnd = index
      while wordEnd < scalars.count, scalars[wordEnd] != " " { wordEnd += 1 }
      var coreEnd = wordEnd
      while coreEnd > index, ",;.:()”\"".unicodeScalars.contains(scalars[coreEnd - 1]) {
        coreEnd -= 1
      }
      guard coreEnd > index else { break }
      guard coreEnd <= limit else { break }
      let word = String(scalars: scalars[index..<coreEnd])
      let first = scalars[index]
      let accepted: Bool
      if !ScalarTable.isAlphabetic(first) && !ScalarTable.isASCIIDigit(first) && word != "-"
        && word != "&"
      {
        accepted = false
      } else if ScalarTable.isUppercaseLetter(first) {
        accepted = !startsKind(scalars, at: index)
        lowercaseRun = 0
      } else if ScalarTable.isASCIIDigit(first) || word == "-" || word == "&" {
        accepted = end != nil
        lowercaseRun = 0
      } else if word == "và" {
        // `và` joins two names: the next word must be a capitalized one, not a kind.
        let next = wordEnd + 1
        accepted =
          next < scalars.count && ScalarTable.isUppercaseLetter(scalars[next])
          && !startsKind(scalars, at: next)
      } else if levelWords.contains(word) {
        accepted = end != nil
        lowercaseRun = 1
      } else {
        lowercaseRun += 1
        accepted =
          end != nil && lowercaseRun == 1 && index > 0
          && !stopWords.contains(word)
      }
      guard accepted else { break }
      end = coreEnd
      guard coreEnd == wordEnd else {
        // Punctuation ends the name, unless a comma leads to another body.
        if scalars[coreEnd] == ",", wordEnd + 1 < scalars.count,
          startsIssuer(scalars, at: wordEnd + 1), coreEnd + 1 == wordEnd
        {
          index = wordEnd + 1
          lowercaseRun = 0
          if let councilEnd = councilEnd(scalars, at: index) {
            end = councilEnd
            index = councilEnd
            lowercaseRun = 1
          }
          continue
        }
        break
      }
      index = wordEnd
    }
    return end
  }

  /// Whether a document kind and a space start at `offset` (`Kế hoạch ` ends a name).
  private static func startsKind(_ scalars: [Unicode.Scalar], at offset: Int) -> Bool {
    titledKindsAndSpace.contains { end(of: $0, in: scalars, at: offset) != nil }
  }

  /// The offset past a council's name (`Ủy ban nhân dân`, `UBND` …) written at `start`.
  private static func councilEnd(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
    councilScalars.lazy.compactMap { end(of: $0, in: scalars, at: start) }.first
  }

  /// Lowercase words that never continue a name.
  static let stopWords: Set<String> = ["về", "và", "để", "đã", "đến", "tại", "trong", "theo"]

  /// The subject after ` về `, to the first `;`, `.`, `:`, `(`, `”`, a doubled comma or a
  /// comma that is not the one of `phòng, chống`.
  static func subject(_ scalars: [Unicode.Scalar], after issuerEnd: Int) -> Range<Int>? {
    guard let start = Self.end(of: aboutScalars, in: scalars, at: issuerEnd),
      start < scalars.count
    else { return nil }
    var end = start
    while end < scalars.count, end - start <= longest {
      let scalar = scalars[end]
      if ";.:(”\"".unicodeScalars.contains(scalar) { break }
      if scalar == ",",
        Self.end(of: phongScalars, in: scalars, at: end - phongScalars.count) != end
      {
        break
      }
      end += 1
    }
    while end > start, scalars[end - 1] == " " { end -= 1 }
    return end > start ? start..<end : nil
  }

  /// Whether two folded issuers name the same body despite OCR damage (`nhân đùn`).
  static func close(_ a: String, _ b: String) -> Bool {
    let limit = max(1, min(a.utf8.count, b.utf8.count) / 10)
    return CandidateGenerator.editDistance(Array(a.utf8), Array(b.utf8), limit: limit) <= limit
  }

  // MARK: Text

  /// The citation's own line and the next `reach` non-blank lines, each without its outer
  /// spaces, joined by single spaces.
  static func run(_ context: ExtractionContext, from index: Int, end: Int) -> TextRun {
    var run = TextRun()
    var number = index
    var taken = 0
    while number < end, taken <= reach {
      let line = context.lines[number]
      if !line.isBlank {
        let leading = line.unicodeScalars.prefix(while: BlankScalars.contains).count
        let trimmed = line.trimmingBlanks()
        run.append(line: number + 1, text: Substring(trimmed), column: leading + 1)
        taken += 1
      } else if number == index {
        return run
      }
      number += 1
    }
    return run
  }

  private func reference(
    _ kind: String, issuer: String?, run: TextRun, _ range: Range<Int>
  ) -> Reference {
    let start = run.position(range.lowerBound)
    let last = run.position(range.upperBound - 1)
    return Reference(
      id: "", kind: kind, number: nil, date: nil, issuer: issuer, text: run.string(range),
      span: context.span(
        line: start.line, column: start.column, endLine: last.line,
        endColumn: last.column + 1))
  }
}
