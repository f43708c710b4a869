import PlanText

/// Checks of the `format` values the validator asserts with `--format-assert`:
/// `date`, `date-time`, `time` (RFC 3339), `email` (RFC 5321 mailbox, simplified) and `uri`
/// (RFC 3986, absolute). Other formats are annotations only and always pass.
enum FormatChecker {
  /// Whether `text` conforms to `format`; nil when the format is not one this checker knows.
  static func check(_ format: String, _ text: String) -> Bool? {
    let bytes = Array(text.utf8)
    switch format {
    case "date": return isDate(bytes[...])
    case "time": return isTime(bytes[...])
    case "date-time":
      guard bytes.count > 11, bytes[10] == 0x54 || bytes[10] == 0x74 else { return false }
      return isDate(bytes[..<10]) && isTime(bytes[11...])
    case "email": return isEmail(text)
    case "uri": return isURI(bytes)
    default: return nil
    }
  }

  /// `YYYY-MM-DD`, a real calendar day.
  static func isDate(_ bytes: ArraySlice<UInt8>) -> Bool {
    let text = Array(bytes)
    guard text.count == 10, text[4] == 0x2D, text[7] == 0x2D,
      let year = digits(text, 0, 4), let month = digits(text, 5, 2), let day = digits(text, 8, 2)
    else { return false }
    return CalendarDay.isValid(year: year, month: month, day: day)
  }

  /// `HH:MM:SS[.frac](Z|±HH:MM)`.
  static func isTime(_ bytes: ArraySlice<UInt8>) -> Bool {
    let text = Array(bytes)
    guard text.count >= 9, text[2] == 0x3A, text[5] == 0x3A,
      let hour = digits(text, 0, 2), let minute = digits(text, 3, 2),
      let second = digits(text, 6, 2), hour < 24, minute < 60, second <= 60
    else { return false }
    var index = 8
    if index < text.count, text[index] == 0x2E {
      index += 1
      let start = index
      while index < text.count, (0x30...0x39).contains(text[index]) { index += 1 }
      guard index > start else { return false }
    }
    guard index < text.count else { return false }
    if text[index] == 0x5A || text[index] == 0x7A { return index + 1 == text.count }
    guard text[index] == 0x2B || text[index] == 0x2D, text.count - index == 6,
      text[index + 3] == 0x3A, let offsetHour = digits(text, index + 1, 2),
      let offsetMinute = digits(text, index + 4, 2)
    else { return false }
    return offsetHour < 24 && offsetMinute < 60
  }

  private static func digits(_ text: [UInt8], _ start: Int, _ count: Int) -> Int? {
    var value = 0
    for index in start..<(start + count) {
      guard index < text.count, (0x30...0x39).contains(text[index]) else { return nil }
      value = value * 10 + Int(text[index] - 0x30)
    }
    return value
  }

  private static func isEmail(_ text: String) -> Bool {
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, let local = parts.first, let domain = parts.last,
      !local.isEmpty, !domain.isEmpty, !local.hasPrefix("."), !local.hasSuffix("."),
      !local.contains(".."), !domain.hasPrefix("."), !domain.hasSuffix("."), !domain.contains("..")
    else { return false }
    let allowedLocal = Set("!#$%&'*+-/=?^_`{|}~.".unicodeScalars)
    for scalar in local.unicodeScalars
    where
      !(scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      || allowedLocal.contains(scalar))
    {
      return false
    }
    return domain.unicodeScalars.allSatisfy {
      $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-" || $0 == "."
        || $0 == "[" || $0 == "]" || $0 == ":"
    }
  }

  /// An absolute URI: a scheme, then only characters RFC 3986 allows (with `%XX` escapes).
  private static func isURI(_ bytes: [UInt8]) -> Bool {
    guard let colon = bytes.firstIndex(of: 0x3A), colon > 0,
      (0x41...0x5A).contains(bytes[0]) || (0x61...0x7A).contains(bytes[0])
    else { return false }
    for byte in bytes[..<colon] {
      let ok =
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        || (0x30...0x39).contains(byte) || byte == 0x2B || byte == 0x2D || byte == 0x2E
      guard ok else { return false }
    }
    let allowed = Set(Array("-._~:/?#[]@!$&'()*+,;=%".utf8))
    var index = colon + 1
    while index < bytes.count {
      let byte = bytes[index]
      let plain =
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        || (0x30...0x39).contains(byte) || allowed.contains(byte)
      guard plain else { return false }
      if byte == 0x25 {
        guard index + 2 < bytes.count, isHex(bytes[index + 1]), isHex(bytes[index + 2]) else {
          return false
        }
      }
      index += 1
    }
    return true
  }

  private static func isHex(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
  }
}
