/// Field parsing for the encoding tables (`windows-125x.txt`, `tcvn3.txt`, `vni.txt`), on the
/// UTF-8 bytes of one line as `TableLineReader` returns it.
///
/// Grammar of a row: `field TAB field [TAB # comment]`; a field holds no TAB.
package enum EncodingTableFields {
  /// The TAB-separated fields of a row, without a trailing `# comment` field.
  ///
  /// - Returns: nil when the row has a field after the comment or an empty field.
  package static func split(_ line: ArraySlice<UInt8>) -> [ArraySlice<UInt8>]? {
    var fields: [ArraySlice<UInt8>] = []
    var start = line.startIndex
    var index = line.startIndex
    while index <= line.endIndex {
      if index == line.endIndex || line[index] == 0x09 {
        let field = line[start..<index]
        if field.first == UInt8(ascii: "#") { return fields }
        guard !field.isEmpty else { return nil }
        fields.append(field)
        start = index + 1
      }
      index += 1
    }
    return fields
  }

  /// A byte written `0xNN` (two hex digits, either case); nil when malformed.
  package static func byte(_ field: ArraySlice<UInt8>) -> UInt8? {
    guard field.count == 4, field.first == UInt8(ascii: "0") else { return nil }
    let second = field[field.startIndex + 1]
    guard second == UInt8(ascii: "x") || second == UInt8(ascii: "X") else { return nil }
    guard let high = hexDigit(field[field.startIndex + 2]),
      let low = hexDigit(field[field.startIndex + 3])
    else { return nil }
    return high << 4 | low
  }

  /// Bytes written `0xNN 0xNN ...`, separated by single spaces; nil when malformed.
  package static func bytes(_ field: ArraySlice<UInt8>) -> [UInt8]? {
    var result: [UInt8] = []
    for part in field.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false) {
      guard let value = byte(part) else { return nil }
      result.append(value)
    }
    return result.isEmpty ? nil : result
  }

  /// A scalar written `U+XXXX` (4 to 6 hex digits); nil when malformed or not a scalar.
  package static func scalar(_ field: ArraySlice<UInt8>) -> Unicode.Scalar? {
    guard (6...8).contains(field.count), field.first == UInt8(ascii: "U"),
      field[field.startIndex + 1] == UInt8(ascii: "+")
    else { return nil }
    var value: UInt32 = 0
    for byte in field.dropFirst(2) {
      guard let digit = hexDigit(byte) else { return nil }
      value = value << 4 | UInt32(digit)
    }
    return Unicode.Scalar(value)
  }

  /// The value of one hex digit; the ranges checked make the subtractions safe.
  private static func hexDigit(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
    default: return nil
    }
  }
}
