/// Strict UTF-8 validation by a byte scan (Unicode 15, table 3-7): no overlong forms, no
/// surrogates, nothing above U+10FFFF, no truncated sequence.
package enum UTF8Validation {
  /// The offset of the first byte that does not start a well-formed sequence, or nil when
  /// `bytes[start...]` is valid UTF-8.
  ///
  /// - Complexity: O(n).
  package static func firstInvalidOffset(in bytes: [UInt8], from start: Int = 0) -> Int? {
    let count = bytes.count
    var index = max(0, start)
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length = sequenceLength(bytes, at: index)
      if length == 0 { return index }
      index += length
    }
    return nil
  }

  /// The length of the well-formed multi-byte sequence at `index`, 0 when there is none.
  ///
  /// - Precondition: `index` is a valid index of `bytes`.
  package static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
    let lead = bytes[index]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      low = 0xA0
    case 0xE1...0xEC, 0xEE, 0xEF: length = 3
    case 0xED:
      length = 3
      high = 0x9F
    case 0xF0:
      length = 4
      low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      high = 0x8F
    default: return 0
    }
    guard length <= bytes.count - index else { return 0 }
    let second = bytes[index + 1]
    guard second >= low, second <= high else { return 0 }
    var offset = 2
    while offset < length {
      let byte = bytes[index + offset]
      guard byte >= 0x80, byte <= 0xBF else { return 0 }
      offset += 1
    }
    return length
  }
}
