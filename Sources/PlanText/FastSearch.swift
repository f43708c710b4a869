import Foundation

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
    guard let offset = firstUTF8Offset(of: needle, from: startOffset) else { return nil }
    let lowerBound = bytes.index(bytes.startIndex, offsetBy: offset)
    return lowerBound..<bytes.index(lowerBound, offsetBy: needle.utf8.count)
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
    firstUTF8Offset(of: needle, from: 0) != nil
  }

  /// Whether the text starts with `prefix`, comparing UTF-8 bytes, and the character does
  /// not go on past it (no combining mark or joiner follows): `hasPrefix` without its
  /// per-character Unicode work. The two agree on NFC text for a prefix that ends in a
  /// letter, digit, space or punctuation, as the parser's prefixes do.
  @inlinable
  public func utf8HasPrefix(_ prefix: String) -> Bool {
    let bytes = utf8
    guard !prefix.isEmpty else { return true }
    guard bytes.starts(with: prefix.utf8) else { return false }
    let end = bytes.index(bytes.startIndex, offsetBy: prefix.utf8.count)
    guard end < bytes.endIndex, bytes[end] >= 0x80 else { return true }
    return !ScalarTable.extendsCharacter(unicodeScalars[end])
  }

  /// Whether the text ends with `suffix`, comparing UTF-8 bytes: `hasSuffix` on NFC text
  /// for a suffix that does not start with a combining mark or joiner (and text without
  /// the prepending marks of some Indic and Arabic scripts).
  @inlinable
  public func utf8HasSuffix(_ suffix: String) -> Bool {
    utf8.reversed().starts(with: suffix.utf8.reversed())
  }

  /// The byte offset of the first occurrence of `needle` at or after `start`.
  @inlinable
  func firstUTF8Offset(of needle: String, from start: Int) -> Int? {
    needle.withUTF8Bytes { pattern in
      utf8.withContiguousStorageIfAvailable {
        ByteSearch.firstOffset(of: pattern, in: $0, from: start)
      }
        ?? Array(utf8).withUnsafeBufferPointer {
          ByteSearch.firstOffset(of: pattern, in: $0, from: start)
        }
    }
  }

  /// The byte offset of the first occurrence of `pattern` at or after `start`, scanning the
  /// contiguous UTF-8 storage (or a copy when the text has none).
  @inlinable
  func firstUTF8Offset(of pattern: [UInt8], from start: Int) -> Int? {
    if let searched = utf8.withContiguousStorageIfAvailable({
      ByteSearch.firstOffset(of: pattern, in: $0, from: start)
    }) {
      return searched
    }
    return ByteSearch.firstOffset(of: pattern, in: Array(utf8), from: start)
  }

  /// The text without the leading and trailing scalars that occur in `set` (as
  /// `trimmingCharacters(in: CharacterSet(charactersIn: set))` trims, without Foundation).
  @inlinable
  public func trimmingScalars(in set: String) -> String {
    let members = set.unicodeScalars
    return trimmingScalars(where: { members.contains($0) })
  }

  /// The text without the leading and trailing scalars for which `trimmed` holds.
  @inlinable
  func trimmingScalars(where trimmed: (Unicode.Scalar) -> Bool) -> String {
    let scalars = unicodeScalars
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, trimmed(scalars[start]) { start = scalars.index(after: start) }
    while end > start, trimmed(scalars[scalars.index(before: end)]) {
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
    trimmingScalars(where: BlankScalars.contains)
  }
}

extension String {
  /// Calls `body` with the text's UTF-8 bytes, contiguous: a native string's own storage (a
  /// bridged one is copied once). One call for the byte scans, instead of
  /// `utf8.withContiguousStorageIfAvailable` and a copy when it gives nothing at each.
  /// (`String.withUTF8` on a copy does the same but costs several times more per call.)
  @inlinable
  public func withUTF8Bytes<Result>(
    _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) rethrows -> Result {
    if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
    return try Array(utf8).withUnsafeBufferPointer(body)
  }
}

/// The byte scan behind ``Swift/StringProtocol/utf8Range(of:from:)``.
public enum ByteSearch {
  /// The offset of the first occurrence of `pattern` in `buffer` at or after `start`:
  /// `memchr` finds each candidate first byte, `memcmp` checks the rest.
  @inlinable
  public static func firstOffset(
    of pattern: UnsafeBufferPointer<UInt8>, in buffer: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> Int? {
    guard let first = pattern.first, let base = buffer.baseAddress,
      let patternBase = pattern.baseAddress, start >= 0, pattern.count <= buffer.count
    else { return nil }
    let last = buffer.count - pattern.count
    var index = start
    while index <= last {
      guard let hit = memchr(base + index, Int32(first), last - index + 1) else { return nil }
      index = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
      if memcmp(base + index + 1, patternBase + 1, pattern.count - 1) == 0 { return index }
      index += 1
    }
    return nil
  }

  /// The same scan for a pattern in an array.
  @inlinable
  public static func firstOffset(
    of pattern: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> Int? {
    pattern.withUnsafeBufferPointer { firstOffset(of: $0, in: buffer, from: start) }
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

/// Decoding one scalar of UTF-8 bytes that come from a `String` (valid UTF-8): for the byte
/// scans that stop at non-ASCII text.
public enum UTF8Scalar {
  /// The scalar value starting at `index` and its length in bytes; nil when the sequence is
  /// cut off by the end of the bytes.
  @inlinable
  public static func decode<Bytes: RandomAccessCollection>(_ bytes: Bytes, at index: Int)
    -> (value: UInt32, length: Int)?
  where Bytes.Element == UInt8, Bytes.Index == Int {
    let lead = UInt32(bytes[index])
    if lead < 0x80 { return (lead, 1) }
    let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    guard index + length <= bytes.endIndex else { return nil }
    var value = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for offset in 1..<length { value = (value << 6) | (UInt32(bytes[index + offset]) & 0x3F) }
    return (value, length)
  }
}
