/// A legacy Vietnamese encoding (TCVN3 or VNI) as it shows after its bytes were read as
/// Windows-1252: which scalar sequences stand for which Vietnamese letter.
///
/// Read from `Tables/tcvn3.txt` or `Tables/vni.txt`, rows `0xNN[ 0xNN]<TAB>U+XXXX`: the
/// legacy bytes of one letter and the letter. The shown scalars are computed through the
/// Windows-1252 table when the table is loaded, so `0xD5` (TCVN3 `ế`) becomes the key `Õ`.
package struct LegacyTable: Sendable {
  /// One row of the table.
  package struct Entry: Hashable, Sendable {
    /// The legacy bytes of the letter.
    package var bytes: [UInt8]
    /// The bytes as Windows-1252 shows them, such as `Õ` or `aù`.
    package var shown: [Unicode.Scalar]
    /// The NFC Vietnamese letter.
    package var letter: Unicode.Scalar
    /// 1-based line of the row in its table.
    package var line: Int
    /// The encoding's short name, such as `tcvn3`.
    package var table: String

    /// The entry for edit notes: `tcvn3 Õ->ế`; invisible scalars are written `U+00AD`.
    package var note: String {
      "\(table) \(LegacyTable.visible(shown))->\(LegacyTable.visible([letter]))"
    }
  }

  /// The encoding's short name (`tcvn3`, `vni`), used in notes.
  package let name: String
  /// The rows, in table order.
  package let entries: [Entry]
  /// First shown scalar -> indices into `entries`, longest sequence first.
  private let byFirst: [UInt32: [Int]]
  /// Every scalar that occurs in some shown sequence.
  private let involved: Set<UInt32>

  /// Parses a legacy table.
  ///
  /// - Parameters:
  ///   - text: The table.
  ///   - name: The encoding's short name for notes, such as `tcvn3`.
  ///   - fileName: The file name for errors.
  ///   - maxBytes: The longest byte sequence a row may have (1 for TCVN3, 2 for VNI).
  ///   - shownThrough: The code page the bytes are shown in (Windows-1252).
  /// - Throws: `TableError.malformed` for a bad row, a byte undefined in `shownThrough`, a
  ///   sequence without a byte above 0x7F, a letter that is not Vietnamese, or a repeated
  ///   sequence.
  package init(
    text: String, name: String, fileName: String, maxBytes: Int, shownThrough codePage: CodePage
  ) throws {
    var reader = TableLineReader(text: text, name: fileName)
    var entries: [Entry] = []
    var seen = Set<[UInt8]>()
    while let line = reader.next() {
      guard let fields = EncodingTableFields.split(line), fields.count == 2,
        let bytes = EncodingTableFields.bytes(fields[0]),
        let letter = EncodingTableFields.scalar(fields[1])
      else {
        throw reader.error("expected '0xNN[ 0xNN]<TAB>U+XXXX'")
      }
      guard bytes.count <= maxBytes else {
        throw reader.error("at most \(maxBytes) byte(s) per letter")
      }
      guard bytes.contains(where: { $0 >= 0x80 }) else {
        throw reader.error("an ASCII sequence needs no conversion")
      }
      var shown: [Unicode.Scalar] = []
      for byte in bytes {
        guard let scalar = codePage.scalar(for: byte) else {
          throw reader.error("byte \(CodePage.hex(byte)) is undefined in \(codePage.name)")
        }
        shown.append(scalar)
      }
      guard VietnameseLetters.info(letter) != nil, letter.value >= 0x80 else {
        throw reader.error(
          "U+\(String(letter.value, radix: 16, uppercase: true)) is not a"
            + " Vietnamese letter with a mark")
      }
      guard seen.insert(bytes).inserted else { throw reader.error("sequence listed twice") }
      entries.append(
        Entry(bytes: bytes, shown: shown, letter: letter, line: reader.lineNumber, table: name))
    }
    var byFirst: [UInt32: [Int]] = [:]
    var involved = Set<UInt32>()
    for (index, entry) in entries.enumerated() {
      if let first = entry.shown.first { byFirst[first.value, default: []].append(index) }
      for scalar in entry.shown { involved.insert(scalar.value) }
    }
    for key in byFirst.keys {
      byFirst[key]?.sort { entries[$0].shown.count > entries[$1].shown.count }
    }
    self.name = name
    self.entries = entries
    self.byFirst = byFirst
    self.involved = involved
  }

  /// Whether `scalar` occurs in some shown sequence, so belongs to a word of this encoding.
  @inline(__always)
  package func involves(_ scalar: Unicode.Scalar) -> Bool {
    involved.contains(scalar.value)
  }

  /// The longest entry whose shown sequence starts at `index` and ends by `end`.
  ///
  /// - Complexity: O(1): a lookup and at most a few two-scalar comparisons.
  package func match(
    in scalars: [Unicode.Scalar], at index: Int, end: Int
  ) -> Entry? {
    guard index < end, let candidates = byFirst[scalars[index].value] else { return nil }
    for candidate in candidates {
      let entry = entries[candidate]
      let count = entry.shown.count
      guard count <= end - index else { continue }
      var matches = true
      var offset = 1
      while offset < count {
        if scalars[index + offset] != entry.shown[offset] {
          matches = false
          break
        }
        offset += 1
      }
      if matches { return entry }
    }
    return nil
  }

  /// Text for notes: scalars as they are, invisible and control ones as `U+XXXX`.
  package static func visible(_ scalars: [Unicode.Scalar]) -> String {
    var result = ""
    for scalar in scalars {
      let value = scalar.value
      if value < 0x21 || (0x7F...0xA0).contains(value) || value == 0xAD
        || (0x2000...0x200F).contains(value) || value == 0xFEFF
      {
        let hex = String(value, radix: 16, uppercase: true)
        result += "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
