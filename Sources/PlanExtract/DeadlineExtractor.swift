import Foundation
import PlanModel

/// Finds the due dates, recurring duties and effective dates in the body of a plan (the
/// lines before ``ExtractionContext/bodyEnd``), in document order.
///
/// Grammar (case-insensitive; words may wrap over lines; `DATE` is a ``VietnameseDate``,
/// which gives `date` (ISO) when it has a year and `dueDay` (`DD-MM`) when it does not):
///
/// - **Periodic** (`recurring`): `định kỳ` (or `định kì`), then optionally a list of
///   frequencies, bare or in parentheses, separated by `,` `/` `và` `hoặc`:
///   `hàng|hằng|mỗi tháng|quý|năm`, bare `tháng|quý|năm` (not followed by a number),
///   `1|01|một tháng` monthly, `3|03|ba tháng` quarterly, `6|06|sáu tháng` and `nửa năm`
///   semiannual, `12 tháng` and `1|01|một năm` annual, each optionally followed by
///   `một lần` and by a due day `(trước [ngày] DATE)` or `trước [ngày] DATE`.
///   One deadline per frequency (`Định kỳ hàng tháng, quý, năm` gives three); with none, one
///   deadline with recurrence nil (`Định kỳ báo cáo`, `định kỳ, đột xuất`). When the
///   frequencies have their own due days each has its own span (`định kỳ 06 tháng (trước
///   ngày 05/6)` / `hàng năm (trước 05/12)`); otherwise they share the whole phrase's span.
///   Checks of things are not duties: `khám [sức khỏe|sức khoẻ] định kỳ`, `bảo dưỡng|bảo trì
///   định kỳ` are skipped.
/// - **Standalone frequency** (`recurring`): `hàng|hằng tháng|quý|năm` [due day] when it
///   opens a clause (capitalized, first in the body, or after `, ; : . ( ) - + *`), directly
///   follows a duty verb (`báo cáo`, `kiểm tra`, `tổng hợp`, `giao ban`, `sơ kết`,
///   `tổng kết`, `đánh giá`, `họp`), or closes the object of `lập` / `xây dựng` within five
///   words of the same clause (`lập dự toán ngân sách hàng năm`). Anywhere else it qualifies
///   a noun (`dự toán chi ngân sách nhà nước hàng năm của các Sở`, `kế hoạch phát triển kinh
///   tế - xã hội hàng năm`) and is not a deadline.
/// - **Effective** (`effective`): `[có hiệu lực [thi hành]] [kể] từ ngày DATE`, and after
///   `có hiệu lực` also `từ DATE`. A range `từ ngày DATE đến|tới [hết] [ngày] DATE` (or
///   `DATE - DATE`) is a period, not a deadline, and is skipped whole.
/// - **Due date** (`date`): `trước [ngày] DATE`, `đến|tới [hết] ngày DATE`,
///   `chậm nhất [là|vào] [ngày] DATE`, `hạn chót [là] [ngày] DATE`,
///   `không muộn hơn [ngày] DATE`.
///
/// Not deadlines: dates of cited documents (`Quyết định số 1736/QĐ-UBND ngày 08/9/2023`),
/// years and plan periods (`giai đoạn 2023 - 2025`, `đến năm 2025`), `thường xuyên`.
///
/// Each deadline's `text` is the phrase as written (line breaks as one space), `agency` is
/// nil (left to the agency extractor), `section` is the innermost section of its first line,
/// and `span` points into the original file.
public enum DeadlineExtractor {
  /// The deadlines of the plan body, in document order, with ids `ddl-L<line>-<n>`.
  public static func extract(_ context: ExtractionContext, ids: inout ItemIDs) -> [Deadline] {
    let body = BodyText(lineScalars: context.bodyScalars)
    return DeadlineScanner(body: body).scan().map { found in
      let (line, column) = body.position(of: found.start)
      let end = body.position(of: found.end - 1)
      let span = context.span(
        line: line, column: column, endLine: end.line, endColumn: end.column + 1)
      return Deadline(
        id: ids.next("ddl", line: line), kind: found.kind, date: found.date?.iso,
        recurrence: found.recurrence,
        dueDay: found.date.flatMap { $0.year == nil ? $0.dayMonth : nil },
        text: body.text(found.start, found.end), agency: nil,
        section: context.section(ofLine: line), span: span)
    }
  }
}

/// One deadline found in a ``BodyText``: `start..<end` is its phrase.
struct FoundDeadline: Equatable {
  var kind: DeadlineKind
  var recurrence: Recurrence?
  var date: VietnameseDate?
  var start: Int
  var end: Int
}

/// The scan behind ``DeadlineExtractor``: one pass over the body's word starts.
struct DeadlineScanner {
  let body: BodyText

  /// What a matcher consumed: its deadlines (possibly none: a skipped phrase) and where the
  /// scan resumes.
  private struct Match {
    var found: [FoundDeadline]
    var end: Int
  }

  func scan() -> [FoundDeadline] {
    var result: [FoundDeadline] = []
    var index = 0
    let openers = W.openers
    while index < body.count {
      guard body.isWordStart(index) else {
        index += 1
        continue
      }
      var wordEnd = index + 1
      while body.isLetter(wordEnd) { wordEnd += 1 }
      // Every phrase starts with one of a few words: other words are passed over whole.
      guard openers.contains(where: { body.lower[index..<wordEnd].elementsEqual($0) }) else {
        index = wordEnd
        continue
      }
      if let match = periodic(at: index) ?? standalone(at: index) ?? effective(at: index)
        ?? due(at: index)
      {
        result.append(contentsOf: match.found)
        index = max(match.end, index + 1)
        continue
      }
      index += 1
    }
    return result
  }

  // MARK: - Periodic: `định kỳ ...`

  private func periodic(at index: Int) -> Match? {
    guard let afterKeyword = body.phrase([W.dinh, W.ky], at: index) else { return nil }
    let before = body.previousWords(index, limit: 2, skipping: W.clauseSpecks)
    let isCheck =
      before.last.map { W.checkWords.contains($0) } == true
      || W.checkPairs.contains(before.joined(separator: " "))
    if isCheck { return Match(found: [], end: afterKeyword) }
    let open = body.skipSpaces(afterKeyword)
    let parenthesized = body.has("(", at: open)
    var items = frequencyList(from: parenthesized ? open + 1 : afterKeyword)
    var listEnd = items.last?.end ?? afterKeyword
    if parenthesized, !items.isEmpty {
      let close = body.skipSpaces(listEnd)
      if body.has(")", at: close) {
        listEnd = close + 1
      } else {
        items = []
        listEnd = afterKeyword
      }
    }
    guard !items.isEmpty else {
      let bare = FoundDeadline(
        kind: .recurring, recurrence: nil, date: nil, start: index, end: afterKeyword)
      return Match(found: [bare], end: afterKeyword)
    }
    var seen: Set<Recurrence> = []
    items = items.filter { seen.insert($0.recurrence ?? .annual).inserted }
    let ownDueDays = items.contains { $0.date != nil }
    var found: [FoundDeadline] = []
    for (number, item) in items.enumerated() {
      var deadline = item
      if ownDueDays {
        if number == 0 { deadline.start = index }
      } else {
        deadline.start = index
        deadline.end = listEnd
      }
      found.append(deadline)
    }
    return Match(found: found, end: listEnd)
  }

  /// Frequencies separated by `,` `/` `và` `hoặc`, each with its optional due day.
  private func frequencyList(from index: Int) -> [FoundDeadline] {
    var items: [FoundDeadline] = []
    var position = index
    while true {
      let start = body.skipSpaces(position)
      guard let (recurrence, afterFrequency) = frequency(at: start) else { break }
      var item = FoundDeadline(
        kind: .recurring, recurrence: recurrence, date: nil, start: start, end: afterFrequency)
      if let (date, afterDue) = dueDay(after: afterFrequency) {
        item.date = date
        item.end = afterDue
      }
      items.append(item)
      let separator = body.skipSpaces(item.end)
      var next: Int
      if body.has(",", at: separator) || body.has("/", at: separator) {
        next = separator + 1
      } else if let afterWord = body.word([W.va, W.hoac], at: separator) {
        next = afterWord
      } else {
        break
      }
      guard frequency(at: body.skipSpaces(next)) != nil else { break }
      position = next
    }
    return items
  }

  /// One frequency inside a `định kỳ` list.
  private func frequency(at index: Int) -> (Recurrence, Int)? {
    if let afterEvery = every(at: index) ?? body.word([W.moi], at: index) {
      let unitStart = body.skipSpaces(afterEvery)
      guard unitStart > afterEvery, let (unit, end) = unit(at: unitStart) else { return nil }
      return (unit, end)
    }
    if let (months, afterCount) = count(at: index) {
      let unitStart = body.skipSpaces(afterCount)
      guard unitStart > afterCount else { return nil }
      let recurrence: Recurrence?
      var end: Int
      if let afterMonth = body.word([W.thang], at: unitStart), !followedByNumber(afterMonth) {
        recurrence = Self.recurrence(months: months)
        end = afterMonth
      } else if let afterYear = body.word([W.nam], at: unitStart), months == 1,
        !followedByNumber(afterYear)
      {
        recurrence = .annual
        end = afterYear
      } else {
        return nil
      }
      guard let recurrence else { return nil }
      if let afterOnce = body.phrase([[W.mot], W.lan], at: body.skipSpaces(end)) {
        end = afterOnce
      }
      return (recurrence, end)
    }
    if let afterHalf = body.phrase([W.nua, [W.nam]], at: index), !followedByNumber(afterHalf) {
      return (.semiannual, afterHalf)
    }
    return unit(at: index)
  }

  private static func recurrence(months: Int) -> Recurrence? {
    switch months {
    case 1: return .monthly
    case 3: return .quarterly
    case 6: return .semiannual
    case 12: return .annual
    default: return nil
    }
  }

  /// `tháng` / `quý` / `năm` not followed by a number (`năm 2024`, `quý I` are not
  /// frequencies).
  private func unit(at index: Int) -> (Recurrence, Int)? {
    if let end = body.word([W.thang], at: index), !followedByNumber(end) {
      return (.monthly, end)
    }
    if let end = body.word([W.quy], at: index), !followedByNumber(end) {
      return (.quarterly, end)
    }
    if let end = body.word([W.nam], at: index), !followedByNumber(end) {
      return (.annual, end)
    }
    return nil
  }

  /// A digit or a Roman numeral word right after `index` (spaces skipped).
  private func followedByNumber(_ index: Int) -> Bool {
    let next = body.skipSpaces(index)
    if body.isDigit(next) { return true }
    return body.word(W.roman, at: next) != nil && body.isUppercase(next)
  }

  /// A small count of months or years: digits up to 12, or `một` / `ba` / `sáu`.
  private func count(at index: Int) -> (Int, Int)? {
    if body.isDigit(index), !body.isDigit(index - 1), !body.isLetter(index - 1) {
      var value = 0
      var end = index
      while body.isDigit(end) {
        guard end - index < 2 else { return nil }
        value = value * 10 + Int(body.scalars[end].value - 0x30)
        end += 1
      }
      guard !body.isLetter(end), !body.has("/", at: end) else { return nil }
      return (value, end)
    }
    if let end = body.word([W.mot], at: index) { return (1, end) }
    if let end = body.word([W.ba], at: index) { return (3, end) }
    if let end = body.word([W.sau], at: index) { return (6, end) }
    return nil
  }

  /// `(trước [ngày] DATE)` or `trước [ngày] DATE` right after a frequency; in parentheses,
  /// `trước` may be a word an OCR broke (`(trừ ngày 05/6)`, `(trở ngày 05/6)`, read from
  /// `tru`, `trdéc`): a short word starting with `tr`, followed by `ngày`.
  private func dueDay(after index: Int) -> (VietnameseDate, Int)? {
    let start = body.skipSpaces(index)
    if body.has("(", at: start) {
      let wordStart = body.skipSpaces(start + 1)
      guard
        let (date, afterDate) = before(at: wordStart)
          ?? damagedBefore(at: wordStart).flatMap({ date(after: $0, requireNgay: true) })
      else { return nil }
      let close = body.skipSpaces(afterDate)
      return body.has(")", at: close) ? (date, close + 1) : nil
    }
    return before(at: start)
  }

  /// The end of a word of two to five letters starting with `tr` at `index`, or nil.
  private func damagedBefore(at index: Int) -> Int? {
    guard body.has("t", at: index), body.has("r", at: index + 1) else { return nil }
    var end = index + 2
    while end < body.scalars.count, body.isLetter(end), end - index <= 5 { end += 1 }
    return end - index <= 5 ? end : nil
  }

  /// `trước [ngày] DATE`.
  private func before(at index: Int) -> (VietnameseDate, Int)? {
    guard let afterWord = body.word([W.truoc], at: index) else { return nil }
    return date(after: afterWord, requireNgay: false)
  }

  // MARK: - Standalone `hàng năm`, `Hằng quý`

  private func standalone(at index: Int) -> Match? {
    guard let afterEvery = every(at: index) else { return nil }
    let unitStart = body.skipSpaces(afterEvery)
    guard unitStart > afterEvery, let (recurrence, afterUnit) = unit(at: unitStart) else {
      return nil
    }
    guard opensDuty(index) else { return Match(found: [], end: afterUnit) }
    var found = FoundDeadline(
      kind: .recurring, recurrence: recurrence, date: nil, start: index, end: afterUnit)
    if let (date, afterDue) = dueDay(after: afterUnit) {
      found.date = date
      found.end = afterDue
    }
    return Match(found: [found], end: found.end)
  }

  /// `hàng` / `hằng`.
  private func every(at index: Int) -> Int? {
    body.word([W.hang, W.hang2], at: index)
  }

  /// Whether a frequency at `index` states when a duty recurs (see the type's grammar).
  private func opensDuty(_ index: Int) -> Bool {
    if body.isUppercase(index) { return true }
    guard let previous = body.previousNonSpace(index) else { return true }
    if W.clauseMarks.contains(body.scalars[previous]) { return true }
    let words = body.previousWords(index, limit: 5)
    if let last = words.last, W.dutyVerbs.contains(last) { return true }
    if words.count >= 2, W.dutyVerbs.contains(words.suffix(2).joined(separator: " ")) {
      return true
    }
    let pairs = zip(words, words.dropFirst()).map { "\($0) \($1)" }
    return (words + pairs).contains { W.makeVerbs.contains($0) }
  }

  // MARK: - Effective: `có hiệu lực từ ngày DATE`

  private func effective(at index: Int) -> Match? {
    var position = index
    var lenient = false
    if let afterEffect = body.phrase([W.co, W.hieu, W.luc], at: index) {
      position = body.skipSpaces(afterEffect)
      if let afterEnforce = body.phrase([W.thi, W.hanh], at: position) {
        position = body.skipSpaces(afterEnforce)
      }
      lenient = true
    }
    if let afterKe = body.word([W.ke], at: position) {
      position = body.skipSpaces(afterKe)
      lenient = true
    }
    guard let afterFrom = body.word([W.tu], at: position),
      let (date, afterDate) = self.date(after: afterFrom, requireNgay: !lenient)
    else { return nil }
    if let periodEnd = periodEnd(after: afterDate) {
      return Match(found: [], end: periodEnd)
    }
    let found = FoundDeadline(
      kind: .effective, recurrence: nil, date: date, start: index, end: afterDate)
    return Match(found: [found], end: afterDate)
  }

  /// The end of `đến|tới [hết] [ngày] DATE` or `- DATE` after a start date.
  private func periodEnd(after index: Int) -> Int? {
    let next = body.skipSpaces(index)
    if body.has("-", at: next) || body.has("–", at: next) {
      return date(after: next + 1, requireNgay: false)?.1
    }
    guard var position = body.word([W.den, W.toi], at: next) else { return nil }
    if let afterEnd = body.word([W.het], at: body.skipSpaces(position)) {
      position = afterEnd
    }
    return date(after: position, requireNgay: false)?.1
  }

  // MARK: - Due dates: `trước ngày DATE`, `Đến ngày DATE`

  private func due(at index: Int) -> Match? {
    var dated: (VietnameseDate, Int)?
    if let afterBefore = body.word([W.truoc], at: index) {
      dated = date(after: afterBefore, requireNgay: false)
    } else if var position = body.word([W.den, W.toi], at: index) {
      if let afterEnd = body.word([W.het], at: body.skipSpaces(position)) {
        position = afterEnd
      }
      dated = date(after: position, requireNgay: true)
    } else if let position = body.phrase([W.cham, W.nhat], at: index)
      ?? body.phrase([W.han, W.chot], at: index)
      ?? body.phrase([W.khong, W.muon, W.hon], at: index)
    {
      var start = position
      if let afterLinking = body.word([W.la, W.vao], at: body.skipSpaces(position)) {
        start = afterLinking
      }
      dated = date(after: start, requireNgay: false)
    }
    guard let (date, end) = dated else { return nil }
    let found = FoundDeadline(kind: .date, recurrence: nil, date: date, start: index, end: end)
    return Match(found: [found], end: end)
  }

  /// A date after spaces at `index`, optionally (or, with `requireNgay`, necessarily)
  /// introduced by `ngày`.
  private func date(after index: Int, requireNgay: Bool) -> (VietnameseDate, Int)? {
    let start = skipLineEndSpecks(body.skipSpaces(index))
    guard start > index || body.has("-", at: index - 1) else { return nil }
    if requireNgay, body.word([W.ngay], at: start) == nil { return nil }
    guard let (date, end) = VietnameseDate.match(in: body.scalars, from: start) else {
      return nil
    }
    return (date, end)
  }
}

extension DeadlineScanner {
  /// Past the speck marks an OCR read at the end of a line when the phrase goes on on a
  /// later line (`(trước ™ :` / `05/12)`): marks standing alone between spaces, skipped
  /// only when what follows them starts a later line; else `index` itself.
  func skipLineEndSpecks(_ index: Int) -> Int {
    guard index < body.count, W.specks.contains(body.scalars[index]) else { return index }
    var probe = index
    while probe < body.count, W.specks.contains(body.scalars[probe]) {
      var end = probe
      while end < body.count, W.specks.contains(body.scalars[end]) { end += 1 }
      guard body.isSpace(end) else { return index }
      probe = body.skipSpaces(end)
    }
    guard probe < body.count, body.position(of: probe).line > body.position(of: index).line
    else { return index }
    return probe
  }
}

/// The words the grammar is made of, as lowercase NFC scalars.
private enum W {
  /// Marks an OCR reads from specks (see `DeadlineScanner.skipLineEndSpecks`).
  static let specks: Set<Unicode.Scalar> = [
    ":", ";", "_", "~", "|", "=", "<", ">", "«", "»", "\u{2122}", "\u{2014}", "\u{2022}",
  ]
  /// Marks that also stand alone as specks when walking back over a clause.
  static let periodSpecks: Set<Unicode.Scalar> = [".", ",", "-", "'", "\u{2018}", "\u{2019}"]
  /// `specks` and `periodSpecks`: what the walk back from `định kỳ` passes over.
  static let clauseSpecks = specks.union(periodSpecks)
  static let dinh = [scalarsOf("định")]
  static let ky = [scalarsOf("kỳ"), scalarsOf("kì")]
  static let hang = scalarsOf("hàng")
  static let hang2 = scalarsOf("hằng")
  static let moi = scalarsOf("mỗi")
  static let thang = scalarsOf("tháng")
  static let quy = scalarsOf("quý")
  static let nam = scalarsOf("năm")
  static let nua = [scalarsOf("nửa")]
  static let mot = scalarsOf("một")
  static let ba = scalarsOf("ba")
  static let sau = scalarsOf("sáu")
  static let lan = [scalarsOf("lần")]
  static let va = scalarsOf("và")
  static let hoac = scalarsOf("hoặc")
  static let truoc = scalarsOf("trước")
  static let ngay = scalarsOf("ngày")
  static let den = scalarsOf("đến")
  static let toi = scalarsOf("tới")
  static let het = scalarsOf("hết")
  static let cham = [scalarsOf("chậm")]
  static let nhat = [scalarsOf("nhất")]
  static let han = [scalarsOf("hạn")]
  static let chot = [scalarsOf("chót")]
  static let khong = [scalarsOf("không")]
  static let muon = [scalarsOf("muộn")]
  static let hon = [scalarsOf("hơn")]
  static let la = scalarsOf("là")
  static let vao = scalarsOf("vào")
  static let co = [scalarsOf("có")]
  static let hieu = [scalarsOf("hiệu")]
  static let luc = [scalarsOf("lực")]
  static let thi = [scalarsOf("thi")]
  static let hanh = [scalarsOf("hành")]
  static let ke = scalarsOf("kể")
  static let tu = scalarsOf("từ")
  static let roman = ["i", "ii", "iii", "iv"].map(scalarsOf)
  /// The first words of every phrase the scanner reads.
  static let openers = [
    "định", "hàng", "hằng", "có", "kể", "từ", "trước", "đến", "tới", "chậm", "hạn", "không",
  ].map(scalarsOf)

  /// Words before `định kỳ` that make it a periodic check of something, not a duty.
  static let checkWords = nfc(["khám"])
  static let checkPairs = nfc(["sức khỏe", "sức khoẻ", "bảo dưỡng", "bảo trì"])
  /// Duty verbs a frequency may directly follow (`báo cáo hàng quý`).
  static let dutyVerbs = nfc([
    "báo cáo", "kiểm tra", "tổng hợp", "giao ban", "sơ kết", "tổng kết", "đánh giá", "họp",
  ])
  /// Verbs whose object a trailing frequency closes (`lập dự toán ngân sách hàng năm`).
  static let makeVerbs = nfc(["lập", "xây dựng"])
  /// Marks after which a frequency opens a clause.
  static let clauseMarks: Set<Unicode.Scalar> = [
    ",", ";", ":", ".", "(", ")", "-", "+", "*", "–", "—", "•", "…",
  ]
  /// Glyphs an OCR writes for a letter it could not read.
}

private func nfc(_ words: [String]) -> Set<String> {
  Set(words.map { $0.precomposedStringWithCanonicalMapping })
}
