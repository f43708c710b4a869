import Foundation
import PlanText

/// A citation's number sign as the citation pattern needs it: a space, `s` or `số`, optional
/// white space, then a digit (` số 12`, ` s 12` from a scan). Byte scans over one line, so
/// that the citation reader joins a line with the next only when a citation can start there.
enum NumberSign {
  /// The UTF-8 offset of the first sign's space in `text`, or nil. With `afterJoin`, the
  /// text is read as the join leaves it, a space and the text without its leading blanks, and
  /// the offset is in that. `within` bounds the offset at which the sign may start.
  static func first(in text: String, afterJoin: Bool = false, within limit: Int = .max) -> Int? {
    text.withUTF8Bytes { first(in: $0, afterJoin: afterJoin, within: limit) }
  }

  /// Whether `text` ends with ` s` or ` số` (and white space) and `next` starts (after white
  /// space) with a digit: a sign that only the join of the two lines completes.
  static func crossesJoin(_ text: String, _ next: String) -> Bool {
    guard let first = next.unicodeScalars.first(where: { !ScalarTable.isWhitespace($0) }),
      ScalarTable.isASCIIDigit(first)
    else { return false }
    var scalars = text.unicodeScalars[...]
    while let last = scalars.last, ScalarTable.isWhitespace(last) { scalars = scalars.dropLast() }
    if scalars.last == "ố" { scalars = scalars.dropLast() }
    guard scalars.last == "s" else { return false }
    scalars = scalars.dropLast()
    return scalars.last == " "
  }

  private static func first(
    in bytes: UnsafeBufferPointer<UInt8>, afterJoin: Bool, within limit: Int
  ) -> Int? {
    var start = 0
    if afterJoin {
      // Leading blanks are dropped from the next line before the join.
      while start < bytes.count, let (value, length) = UTF8Scalar.decode(bytes, at: start),
        let scalar = Unicode.Scalar(value), BlankScalars.contains(scalar)
      {
        start += length
      }
      if signCompletes(bytes, at: start) { return 0 }
    }
    // The signs start at an `s` after a space: memchr finds the rare `s` bytes.
    guard let base = bytes.baseAddress else { return nil }
    var index = start + 1
    while index < bytes.count, index - 1 - start <= limit,
      let found = memchr(base + index, Int32(UInt8(ascii: "s")), bytes.count - index)
    {
      index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      if bytes[index - 1] == 0x20, index - 1 - start <= limit, signCompletes(bytes, at: index) {
        return afterJoin ? index - start : index - 1
      }
      index += 1
    }
    return nil
  }

  /// Whether `s` or `số`, optional white space and a digit start at `index`.
  private static func signCompletes(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard index < bytes.count, bytes[index] == UInt8(ascii: "s") else { return false }
    var next = index + 1
    // `ố` is E1 BB 91 in UTF-8 (NFC).
    if next + 2 < bytes.count, bytes[next] == 0xE1, bytes[next + 1] == 0xBB,
      bytes[next + 2] == 0x91
    {
      next += 3
    }
    // White space as the pattern's `\s*` takes it (any White_Space scalar).
    while next < bytes.count, let (value, length) = UTF8Scalar.decode(bytes, at: next),
      let scalar = Unicode.Scalar(value), ScalarTable.isWhitespace(scalar)
    {
      next += length
    }
    return next < bytes.count && bytes[next] >= UInt8(ascii: "0")
      && bytes[next] <= UInt8(ascii: "9")
  }
}
