/// A single-byte code page: ASCII below 0x80 and a table for the bytes 0x80-0xFF.
///
/// Read from `Tables/windows-1252.txt` or `Tables/windows-1258.txt`: every upper byte is
/// listed once, mapped to a scalar or marked undefined (`-`).
package struct CodePage: Sendable {
  /// The table's file name, used in errors and notes.
  package let name: String
  /// The scalar of each byte 0x80-0xFF (index `byte - 0x80`), nil when undefined.
  package let upperHalf: [Unicode.Scalar?]
  /// Scalar value -> byte, for the upper half.
  private let inverse: [UInt32: UInt8]

  /// Parses a code-page table.
  ///
  /// - Parameters:
  ///   - text: The table, one `0xNN<TAB>U+XXXX` or `0xNN<TAB>-` row per byte 0x80-0xFF.
  ///   - name: The file name for errors.
  /// - Throws: `TableError.malformed` for a bad row, a byte below 0x80, a byte listed twice
  ///   or a byte not listed (reported at the last line).
  package init(text: String, name: String) throws {
    var reader = TableLineReader(text: text, name: name)
    var upper = [Unicode.Scalar?](repeating: nil, count: 128)
    var seen = [Bool](repeating: false, count: 128)
    var inverse: [UInt32: UInt8] = [:]
    while let line = reader.next() {
      guard let fields = EncodingTableFields.split(line), fields.count == 2 else {
        throw reader.error("expected '0xNN<TAB>U+XXXX' or '0xNN<TAB>-'")
      }
      guard let byte = EncodingTableFields.byte(fields[0]), byte >= 0x80 else {
        throw reader.error("expected a byte 0x80-0xFF, found '\(Self.text(fields[0]))'")
      }
      let slot = Int(byte) - 0x80
      guard !seen[slot] else { throw reader.error("byte \(Self.hex(byte)) listed twice") }
      seen[slot] = true
      if fields[1].elementsEqual("-".utf8) { continue }
      guard let scalar = EncodingTableFields.scalar(fields[1]) else {
        throw reader.error("expected U+XXXX or '-', found '\(Self.text(fields[1]))'")
      }
      upper[slot] = scalar
      inverse[scalar.value] = byte
    }
    if let missing = seen.firstIndex(of: false) {
      throw reader.error("byte \(Self.hex(UInt8(missing + 0x80))) not listed")
    }
    self.name = name
    upperHalf = upper
    self.inverse = inverse
  }

  /// The scalar a byte decodes to, nil when the code page leaves the byte undefined.
  @inline(__always)
  package func scalar(for byte: UInt8) -> Unicode.Scalar? {
    byte < 0x80 ? Unicode.Scalar(byte) : upperHalf[Int(byte) - 0x80]
  }

  /// The byte that decodes to `scalar`, nil when no byte does.
  @inline(__always)
  package func byte(for scalar: Unicode.Scalar) -> UInt8? {
    scalar.value < 0x80 ? UInt8(scalar.value) : inverse[scalar.value]
  }

  /// `0xNN` for a byte, as tables write it.
  package static func hex(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return byte < 0x10 ? "0x0" + digits : "0x" + digits
  }

  private static func text(_ field: ArraySlice<UInt8>) -> String {
    String(decoding: field, as: UTF8.self)
  }
}
