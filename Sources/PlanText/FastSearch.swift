import Foundation
import PlanText

/// Searches and trims on UTF-8 bytes: the extractors call these on every line, where
/// Foundation's `range(of:)`, `contains` and `trimmingCharacters` (CFString with Unicode
/// folding) cost ten times more. The texts are NFC (the normalizer's output), so byte
/// equality is character equality.
extension StringProtocol {
  /// The first occurrence of `needle` at or after `start`, comparing UTF-8 bytes.
  @inlinable
  public func utf8Range(of needle: String, from start: Index? = nil) -> Range<Index>? {
    let bytes = utf8
    let startOffset = start.map { bytes.distance(from: bytes.startIndex, to: $0) } ?? 0
    let pattern = Array(needle.utf8)
    let searched = bytes.withContiguousStorageIfAvailable { buffer in
      ByteSearch.firstOffset(of: pattern, in: buffer, from: startOffset)
    }
    let offset: Int?
    if let searched {
      offset = searched
    } else {
      offset = ByteSearch.firstOffset(of: pattern, in: Array(bytes), from: startOffset)
    }
    guard let offset else { return nil }
    let lowerBound = bytes.index(bytes.startIndex, offsetBy: offset)
    return lowerBound..<bytes.index(lowerBound, offsetBy: pattern.count)
  }

  /// The first occurrence of `needle` ignoring case (`Đề nghị` for `đề nghị`). Lowercasing
  /// keeps the UTF-8 length of Vietnamese letters, so positions carry over; where it does
  /// not, Foundation's case-insensitive search decides. A caller searching one text for
  /// several needles passes the text's `lowercasedByTable()` as `lowered`.
  @inlinable
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
  @inlinable
  public func utf8Contains(_ needle: String) -> Bool {
    let pattern = Array(needle.utf8)
    let searched = utf8.withContiguousStorageIfAvailable { buffer in
      ByteSearch.firstOffset(of: pattern, in: buffer, from: 0)
    }
    if let searched { return searched != nil }
    return ByteSearch.firstOffset(of: pattern, in: Array(utf8), from: 0) != nil
  }

  /// The text without the leading and trailing scalars that occur in `set` (as
  /// `trimmingCharacters(in: CharacterSet(charactersIn: set))` trims, without Foundation).
  @inlinable
  public func trimmingScalars(in set: String) -> String {
    let members = set.unicodeScalars
    let scalars = unicodeScalars
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, members.contains(scalars[start]) { start = scalars.index(after: start) }
    while end > start, members.contains(scalars[scalars.index(before: end)]) {
      end = scalars.index(before: end)
    }
    return String(self[start..<end])
  }

  /// Whether the text holds nothing but blanks (what `trimmingBlanks().isEmpty` tells,
  /// without building the trimmed copy).
  @inlinable
  public var isBlank: Bool {
    unicodeScalars.allSatisfy(BlankScalars.contains)
  }

  /// The number of words between ASCII spaces (what `split(separator: " ").count` counts,
  /// by a byte scan).
  @inlinable
  public var spaceSeparatedWordCount: Int {
    var count = 0
    var inWord = false
    for byte in utf8 {
      if byte == 0x20 {
        inWord = false
      } else if !inWord {
        inWord = true
        count += 1
      }
    }
    return count
  }

  /// The text without leading and trailing spaces and tabs (as `.whitespaces` trims, for
  /// the blanks that occur in plan text: space, tab, no-break space, ideographic space).
  @inlinable
  public func trimmingBlanks() -> String {
    let scalars = unicodeScalars
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, BlankScalars.contains(scalars[start]) { start = scalars.index(after: start) }
    while end > start, BlankScalars.contains(scalars[scalars.index(before: end)]) {
      end = scalars.index(before: end)
    }
    return String(self[start..<end])
  }
}

/// The byte scan behind ``Swift/StringProtocol/utf8Range(of:from:)``.
public enum ByteSearch {
  /// The offset of the first occurrence of `pattern` in `buffer` at or after `start`.
  @inlinable
  public static func firstOffset(
    of pattern: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> Int? {
    guard let first = pattern.first, start >= 0, pattern.count <= buffer.count else { return nil }
    let last = buffer.count - pattern.count
    var index = start
    while index <= last {
      if buffer[index] == first {
        var matched = 1
        while matched < pattern.count, buffer[index + matched] == pattern[matched] {
          matched += 1
        }
        if matched == pattern.count { return index }
      }
      index += 1
    }
    return nil
  }

  /// The same scan over an array.
  @inlinable
  public static func firstOffset(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
    bytes.withUnsafeBufferPointer { firstOffset(of: pattern, in: $0, from: start) }
  }
}

/// The blanks that occur in plan text: space, tab, no-break space, ideographic space and the
/// other spaces of General Punctuation.
public enum BlankScalars {
  @inlinable
  public static func contains(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || scalar == "\u{A0}" || scalar == "\u{3000}"
      || (scalar.value >= 0x2000 && scalar.value <= 0x200A) || scalar == "\u{202F}"
      || scalar == "\u{205F}" || scalar == "\u{1680}"
  }
}
