import PlanText

/// Reads the values auditors type into spreadsheets: `85,5` (decimal comma), `85%`,
/// `10/11`, `476`, `1.234` (thousands), and units in English or Vietnamese.
public enum ReportedValue {
  /// A parsed value cell.
  public enum Parsed: Equatable {
    case number(Double, unit: String?)
    case ratio(Double, Double)
  }

  /// The value of a cell; nil for an empty cell.
  ///
  /// - Throws: `ReportedValueError` for text that is not a number, a negative number, or
  ///   a zero denominator.
  public static func parse(_ raw: String) throws(ReportedValueError) -> Parsed? {
    var text = raw.trimmingBlanks()
    if text.isEmpty { return nil }
    var unit: String?
    if text.hasSuffix("%") {
      unit = "percent"
      text = String(text.dropLast()).trimmingBlanks()
    }
    if let slash = text.firstIndex(of: "/") {
      let numerator = try number(String(text[..<slash]), raw: raw)
      let denominator = try number(String(text[text.index(after: slash)...]), raw: raw)
      guard denominator > 0 else {
        throw ReportedValueError(message: "'\(raw)': the denominator must be greater than 0")
      }
      return .ratio(numerator, denominator)
    }
    return .number(try number(text, raw: raw, dotIsDecimal: unit == "percent"), unit: unit)
  }

  /// A non-negative decimal number: `85,5` or `85.5`; `1.234` and `1.234,5` (Vietnamese
  /// thousands); `1,234.5` (English thousands). With both marks the last one is the decimal
  /// mark; a lone `.` groups thousands only in `1.234`-shaped numbers not starting with 0
  /// (and never in a percentage, `dotIsDecimal`).
  static func number(_ text: String, raw: String, dotIsDecimal: Bool = false)
    throws(ReportedValueError) -> Double
  {
    let trimmed = text.trimmingBlanks()
    if trimmed.hasPrefix("-") {
      throw ReportedValueError(message: "'\(raw)' is negative; a reported value cannot be")
    }
    var digits = trimmed.replacingAll(" ", with: "").replacingAll("\u{A0}", with: "")
    let lastComma = digits.lastIndex(of: ",")
    let lastDot = digits.lastIndex(of: ".")
    if let lastComma, let lastDot {
      if lastComma > lastDot {
        digits = digits.replacingAll(".", with: "").replacingAll(",", with: ".")
      } else {
        digits = digits.replacingAll(",", with: "")
      }
    } else if lastComma != nil {
      let commas = digits.filter { $0 == "," }.count
      // `1,234,567` groups thousands; a single comma is the Vietnamese decimal mark.
      digits =
        commas > 1 && isThousandsGrouped(digits, separator: ",")
        ? digits.replacingAll(",", with: "") : digits.replacingAll(",", with: ".")
    } else if lastDot != nil, !dotIsDecimal, isThousandsGrouped(digits, separator: ".") {
      digits = digits.replacingAll(".", with: "")
    }
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
      digits.filter({ $0 == "." }).count <= 1, let value = Double(digits), value.isFinite
    else {
      throw ReportedValueError(message: "'\(raw)' is not a number")
    }
    return value
  }

  /// `1.234` or `12.345.678`: groups of three after a first group of one to three digits
  /// that does not start with 0.
  private static func isThousandsGrouped(_ text: String, separator: Character) -> Bool {
    let groups = text.split(separator: separator, omittingEmptySubsequences: false)
    guard groups.count >= 2, let first = groups.first, (1...3).contains(first.count),
      first.first != "0"
    else { return false }
    return groups.dropFirst().allSatisfy { $0.count == 3 }
  }

  /// The unit a cell names: `%`/`phần trăm` percent, `tỷ lệ`/`ratio` ratio, `m2/người`
  /// area per person, any other word (`người`, `xã`, `count`) a count.
  public static func unit(_ raw: String) -> String? {
    let text = raw.trimmingBlanks().lowercased()
    switch text {
    case "": return nil
    // A `tỷ lệ` column in a spreadsheet holds percentages.
    case "%", "percent", "phần trăm", "phan tram", "tỷ lệ", "tỉ lệ", "ty le", "tỷ lệ %", "tỉ lệ %":
      return "percent"
    case "ratio": return "ratio"
    case "area_per_person", "m2/người", "m²/người", "m2/học viên", "m²/học viên":
      return "area_per_person"
    default: return "count"
    }
  }

  /// An ISO date from `2024-12-20` or `20/12/2024`; nil when it is neither or not a real day.
  public static func date(_ raw: String) -> String? {
    let text = raw.trimmingBlanks()
    let dashed = text.split(separator: "-", omittingEmptySubsequences: false)
    let slashed = text.split(separator: "/", omittingEmptySubsequences: false)
    let parts: (Int?, Int?, Int?)
    if dashed.count == 3, dashed[0].count == 4 {
      parts = (Int(dashed[0]), Int(dashed[1]), Int(dashed[2]))
    } else if slashed.count == 3, slashed[2].count == 4 {
      parts = (Int(slashed[2]), Int(slashed[1]), Int(slashed[0]))
    } else {
      return nil
    }
    guard let year = parts.0, let month = parts.1, let day = parts.2,
      let date = CalendarDate(year: year, month: month, day: day)
    else { return nil }
    return date.iso
  }
}

/// A cell that is not a usable value.
public struct ReportedValueError: Error, Sendable, Equatable {
  public var message: String
}

extension String {
  func replacingAll(_ target: Character, with replacement: String) -> String {
    var result = ""
    for character in self {
      if character == target { result += replacement } else { result.append(character) }
    }
    return result
  }
}
