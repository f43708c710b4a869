import PlanText

/// A calendar date as Vietnamese plans write it, with the year optional (`trước ngày 05/6`).
///
/// Grammar accepted by ``parse(_:)`` and ``match(in:from:)`` (case-insensitive, NFC text;
/// `D` and `M` are 1–2 ASCII digits, `Y` exactly 4):
///
/// ```
/// date    := ["ngày" sp] (numeric | words)
/// numeric := D "/" M "/" Y | D "-" M "-" Y | D "." M "." Y | D "/" M     (year implied)
/// words   := D sp? "tháng" sp? M [sp? "năm" sp? Y]                         (year implied)
/// sp      := one or more spaces, tabs or line breaks
/// ```
///
/// so `ngày 02 tháng 02 năm 2024`, `Ngày 4 tháng9 năm 2024`, `31/5/2023`, `25-11-2024` and
/// `05/6` are dates. A date must not run into further digits or letters (`12/2024/NĐ` is not
/// `12/20..`; `05/6/24` with a 2-digit year is rejected, not read as `05/6`).
///
/// Dates are checked against the Gregorian calendar: month 1–12, day within the month
/// (`31/02/2024`, `29/02/2023` and `31/4` are rejected; `29/02` without a year is accepted),
/// year 1900–2199.
public struct VietnameseDate: Hashable, Sendable, CustomStringConvertible {
  /// Day of the month, 1–31.
  public let day: Int
  /// Month, 1–12.
  public let month: Int
  /// The year, or nil when the text implies it (`05/6`).
  public let year: Int?

  /// A validated date; nil when the day, month or year is out of range (see the type's doc).
  public init?(day: Int, month: Int, year: Int?) {
    guard (1...12).contains(month), day >= 1 else { return nil }
    if let year {
      guard (1900...2199).contains(year) else { return nil }
    }
    guard day <= VietnameseDate.daysIn(month: month, year: year) else { return nil }
    self.day = day
    self.month = month
    self.year = year
  }

  /// `YYYY-MM-DD` when the year is known, else nil.
  public var iso: String? {
    guard let year else { return nil }
    return "\(year)-\(Self.twoDigits(month))-\(Self.twoDigits(day))"
  }

  /// `DD-MM` (the schema's `dueDay`), e.g. `05-06`.
  public var dayMonth: String { "\(Self.twoDigits(day))-\(Self.twoDigits(month))" }

  public var description: String { iso ?? dayMonth }

  /// The date that is the whole of `text` (surrounding whitespace ignored), or nil.
  public static func parse(_ text: String) -> VietnameseDate? {
    let scalars = text.scalarArray
    var start = 0
    while start < scalars.count, isSpace(scalars[start]) { start += 1 }
    guard let found = match(in: scalars, from: start) else { return nil }
    var end = found.end
    while end < scalars.count, isSpace(scalars[end]) { end += 1 }
    return end == scalars.count ? found.date : nil
  }

  /// The date starting at `start` in `scalars`, and the index just past it; nil when no
  /// valid date starts there (or the text before `start` is a digit, so `start` is mid-number).
  public static func match(
    in scalars: [Unicode.Scalar], from start: Int
  ) -> (date: VietnameseDate, end: Int)? {
    guard start >= 0, start < scalars.count else { return nil }
    if start > 0, ScalarTable.isASCIIDigit(scalars[start - 1]) { return nil }
    var index = start
    if let afterWord = word(ngay, in: scalars, at: index) {
      let next = skipSpaces(scalars, afterWord)
      guard next > afterWord else { return nil }
      index = next
    }
    guard let (day, afterDay) = number(in: scalars, at: index, maxDigits: 2) else { return nil }
    let next = skipSpaces(scalars, afterDay)
    if let afterMonthWord = word(thang, in: scalars, at: next) {
      return wordsForm(in: scalars, day: day, from: afterMonthWord)
    }
    return numericForm(in: scalars, day: day, from: afterDay)
  }

  // MARK: - Forms

  private static func wordsForm(
    in scalars: [Unicode.Scalar], day: Int, from index: Int
  ) -> (date: VietnameseDate, end: Int)? {
    let monthStart = skipSpaces(scalars, index)
    guard let (month, afterMonth) = number(in: scalars, at: monthStart, maxDigits: 2) else {
      return nil
    }
    guard !continuesWord(scalars, afterMonth) else { return nil }
    let yearWordStart = skipSpaces(scalars, afterMonth)
    if let afterYearWord = word(nam, in: scalars, at: yearWordStart) {
      let yearStart = skipSpaces(scalars, afterYearWord)
      if let (year, afterYear) = number(in: scalars, at: yearStart, maxDigits: 4),
        afterYear - yearStart == 4, !continuesWord(scalars, afterYear)
      {
        guard let date = VietnameseDate(day: day, month: month, year: year) else { return nil }
        return (date, afterYear)
      }
    }
    guard let date = VietnameseDate(day: day, month: month, year: nil) else { return nil }
    return (date, afterMonth)
  }

  private static func numericForm(
    in scalars: [Unicode.Scalar], day: Int, from index: Int
  ) -> (date: VietnameseDate, end: Int)? {
    guard index < scalars.count else { return nil }
    let separator = scalars[index]
    guard separator == "/" || separator == "-" || separator == "." else { return nil }
    guard let (month, afterMonth) = number(in: scalars, at: index + 1, maxDigits: 2) else {
      return nil
    }
    if afterMonth < scalars.count, scalars[afterMonth] == separator,
      afterMonth + 1 < scalars.count, ScalarTable.isASCIIDigit(scalars[afterMonth + 1])
    {
      guard let (year, afterYear) = number(in: scalars, at: afterMonth + 1, maxDigits: 4),
        afterYear - afterMonth - 1 == 4, !continuesWord(scalars, afterYear),
        let date = VietnameseDate(day: day, month: month, year: year)
      else { return nil }
      return (date, afterYear)
    }
    // Year implied: only `D/M`, which must not run on (`05/6-7`, `1/2/3`).
    guard separator == "/", !continuesWord(scalars, afterMonth) else { return nil }
    if afterMonth < scalars.count, scalars[afterMonth] == "/" || scalars[afterMonth] == "-" {
      return nil
    }
    guard let date = VietnameseDate(day: day, month: month, year: nil) else { return nil }
    return (date, afterMonth)
  }

  // MARK: - Scalars

  private static let ngay = Array("ngày".unicodeScalars)
  private static let thang = Array("tháng".unicodeScalars)
  private static let nam = Array("năm".unicodeScalars)

  /// Days in a month; a February of unknown year may have 29.
  private static func daysIn(month: Int, year: Int?) -> Int {
    // 2024 is a leap year: it stands for "any year" when none is given.
    CalendarDay.daysIn(month: month, year: year ?? 2024)
  }

  private static func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
  }

  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
      || ScalarTable.isWhitespace(scalar)
  }

  /// A digit or letter right at `index` (a word or number running on).
  private static func continuesWord(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
    guard index < scalars.count else { return false }
    let scalar = scalars[index]
    return ScalarTable.isASCIIDigit(scalar) || ScalarTable.isAlphabetic(scalar)
  }

  private static func skipSpaces(_ scalars: [Unicode.Scalar], _ index: Int) -> Int {
    var index = index
    while index < scalars.count, isSpace(scalars[index]) { index += 1 }
    return index
  }

  /// 1...maxDigits ASCII digits at `index` (not followed by another digit).
  private static func number(
    in scalars: [Unicode.Scalar], at index: Int, maxDigits: Int
  ) -> (Int, Int)? {
    var value = 0
    var end = index
    while end < scalars.count, ScalarTable.isASCIIDigit(scalars[end]) {
      guard end - index < maxDigits else { return nil }
      value = value * 10 + Int(scalars[end].value - 0x30)
      end += 1
    }
    return end > index ? (value, end) : nil
  }

  /// The lowercase word `target` at `index`, case-insensitively; the index past it. A word
  /// may be followed directly by a digit (`tháng9`) but not by a letter.
  private static func word(
    _ target: [Unicode.Scalar], in scalars: [Unicode.Scalar], at index: Int
  ) -> Int? {
    guard index >= 0, index + target.count <= scalars.count else { return nil }
    for (offset, expected) in target.enumerated()
    where ScalarTable.lowercase(scalars[index + offset]) != expected {
      return nil
    }
    let end = index + target.count
    if end < scalars.count, ScalarTable.isAlphabetic(scalars[end]) { return nil }
    return end
  }
}
