import Foundation
import PlanText

/// Searches and trims on UTF-8 bytes: the extractors call these on every line, where
/// Foundation's `range(of:)`, `contains` and `trimmingCharacters` (CFString with Unicode
/// folding) cost ten times more. The texts are NFC (the normalizer's output), so byte
/// equality is character equality.
extension StringProtocol {
  /// The first occurrence of `needle` at or after `start`, comparing UTF-8 bytes.
  public func utf8Range(of needle: String, from start: Index? = nil) -> Range<Index>? {
    let bytes = utf8
    let pattern = Array(needle.utf8)
    guard let first = pattern.first else { return nil }
    var index = start ?? bytes.startIndex
    let end = bytes.endIndex
    while index < end {
      guard let found = bytes[index...].firstIndex(of: first) else { return nil }
      var probe = found
      var matched = 0
      while matched < pattern.count, probe < end, bytes[probe] == pattern[matched] {
        matched += 1
        probe = bytes.index(after: probe)
      }
      if matched == pattern.count { return found..<probe }
      index = bytes.index(after: found)
    }
    return nil
  }

  /// The first occurrence of `needle` ignoring case (`Đề nghị` for `đề nghị`). Lowercasing
  /// keeps the UTF-8 length of Vietnamese letters, so positions carry over; where it does
  /// not, Foundation's case-insensitive search decides. A caller searching one text for
  /// several needles passes the text's `lowercasedByTable()` as `lowered`.
  public func utf8RangeIgnoringCase(of needle: String, lowered: String? = nil) -> Range<Index>? {
    let lower = lowered ?? lowercasedByTable()
    let key = needle.lowercasedByTable()
    guard lower.utf8.count == utf8.count else {
      return range(of: needle, options: .caseInsensitive)
    }
    guard let found = lower.utf8Range(of: key) else { return nil }
    let start = lower.utf8.distance(from: lower.utf8.startIndex, to: found.lowerBound)
    let length = lower.utf8.distance(from: found.lowerBound, to: found.upperBound)
    let lowerBound = utf8.index(utf8.startIndex, offsetBy: start)
    return lowerBound..<utf8.index(lowerBound, offsetBy: length)
  }

  /// Whether `needle` occurs, comparing UTF-8 bytes.
  public func utf8Contains(_ needle: String) -> Bool {
    utf8Range(of: needle) != nil
  }

  /// The text without leading and trailing spaces and tabs (as `.whitespaces` trims, for
  /// the blanks that occur in plan text: space, tab, no-break space, ideographic space).
  public func trimmingBlanks() -> String {
    let scalars = unicodeScalars
    var start = scalars.startIndex
    var end = scalars.endIndex
    func isBlank(_ scalar: Unicode.Scalar) -> Bool {
      scalar == " " || scalar == "\t" || scalar == "\u{A0}" || scalar == "\u{3000}"
        || (scalar.value >= 0x2000 && scalar.value <= 0x200A) || scalar == "\u{202F}"
        || scalar == "\u{205F}" || scalar == "\u{1680}"
    }
    while start < end, isBlank(scalars[start]) { start = scalars.index(after: start) }
    while end > start, isBlank(scalars[scalars.index(before: end)]) {
      end = scalars.index(before: end)
    }
    return String(self[start..<end])
  }
}
