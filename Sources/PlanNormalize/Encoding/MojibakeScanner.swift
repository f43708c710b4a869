import PlanText

/// Finds UTF-8 text that was decoded as Windows-1252 or Latin-1 (`Káº¿` for `Kế`).
///
/// Each scalar of a line is mapped back to the byte it was decoded from: ASCII as itself,
/// Windows-1252 characters through the code page's inverse, and the C1 controls
/// U+0080-U+009F as their own value (Latin-1, or Windows-1252 bytes that Windows leaves
/// undefined, such as 0x90 in `Đ` = C4 90). A run of such bytes that forms one well-formed
/// multi-byte UTF-8 sequence is a match.
package enum MojibakeScanner {
  /// One misdecoded UTF-8 sequence.
  package struct Match: Hashable, Sendable {
    /// Index of the first scalar of the sequence in the line.
    package var start: Int
    /// Index just past its last scalar.
    package var end: Int
    /// The scalar the UTF-8 sequence encodes.
    package var scalar: Unicode.Scalar
  }

  /// The misdecoded UTF-8 sequences of a line, in order and disjoint.
  ///
  /// - Parameters:
  ///   - line: The scalars of one line.
  ///   - codePage: The code page the UTF-8 bytes were decoded in (Windows-1252).
  /// - Complexity: O(n).
  package static func matches(in line: [Unicode.Scalar], codePage: CodePage) -> [Match] {
    var result: [Match] = []
    var window: [UInt8] = []
    window.reserveCapacity(4)
    let count = line.count
    var index = 0
    while index < count {
      guard let lead = byte(for: line[index], codePage: codePage), lead >= 0xC2, lead <= 0xF4
      else {
        index += 1
        continue
      }
      let wanted = lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4)
      guard wanted <= count - index else {
        index += 1
        continue
      }
      window.removeAll(keepingCapacity: true)
      window.append(lead)
      var offset = 1
      while offset < wanted, let next = byte(for: line[index + offset], codePage: codePage) {
        window.append(next)
        offset += 1
      }
      guard window.count == wanted, UTF8Validation.sequenceLength(window, at: 0) == wanted,
        let scalar = decode(window)
      else {
        index += 1
        continue
      }
      result.append(Match(start: index, end: index + wanted, scalar: scalar))
      index += wanted
    }
    return result
  }

  /// Whether a repaired scalar is one Vietnamese text plausibly holds: a letter, a
  /// combining mark, a Latin-1 symbol, general punctuation (`“ ” – …`) or the đồng sign.
  package static func isPlausible(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return VietnameseLetters.info(scalar) != nil || (0xA0...0xFF).contains(value)
      || (0x300...0x36F).contains(value) || (0x2010...0x203A).contains(value)
      || value == 0x20AB || value == 0x20AC
  }

  /// The byte a scalar was decoded from, nil when no byte of the code page gives it.
  @inline(__always)
  private static func byte(for scalar: Unicode.Scalar, codePage: CodePage) -> UInt8? {
    if (0x80...0x9F).contains(scalar.value) { return UInt8(scalar.value) }
    return codePage.byte(for: scalar)
  }

  /// The scalar of a well-formed multi-byte sequence.
  private static func decode(_ bytes: [UInt8]) -> Unicode.Scalar? {
    guard let lead = bytes.first else { return nil }
    var value: UInt32
    switch bytes.count {
    case 2: value = UInt32(lead & 0x1F)
    case 3: value = UInt32(lead & 0x0F)
    default: value = UInt32(lead & 0x07)
    }
    for byte in bytes.dropFirst() { value = value << 6 | UInt32(byte & 0x3F) }
    return Unicode.Scalar(value)
  }
}
