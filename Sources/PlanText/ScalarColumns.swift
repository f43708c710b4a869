extension String {
  /// The number of Unicode scalars, the unit of every column this package reports.
  ///
  /// - Complexity: O(n) over the UTF-8 bytes, without grapheme breaking.
  public var scalarCount: Int {
    var count = 0
    for byte in utf8 where byte & 0xC0 != 0x80 { count += 1 }
    return count
  }
}

extension StringProtocol {
  /// The Unicode scalars of the text as an array, decoded from the UTF-8 bytes in one pass
  /// (several times faster than `Array(unicodeScalars)`, which the parser does per line).
  @inlinable
  public var scalarArray: [Unicode.Scalar] {
    let decoded = utf8.withContiguousStorageIfAvailable(ScalarDecoding.decode)
    return decoded ?? Array(unicodeScalars)
  }
}

/// UTF-8 decoding for ``Swift/StringProtocol/scalarArray``: the bytes come from a `String`,
/// so they are valid UTF-8.
@usableFromInline
enum ScalarDecoding {
  @usableFromInline
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    result.reserveCapacity(bytes.count)
    var index = 0
    let count = bytes.count
    while index < count, let (value, length) = UTF8Scalar.decode(bytes, at: index) {
      result.append(Unicode.Scalar(value) ?? "\u{FFFD}")
      index += length
    }
    return result
  }
}
