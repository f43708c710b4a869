/// The character encoding an input was read in.
public enum DetectedEncoding: String, Sendable, Codable, CaseIterable {
  case utf8 = "utf-8"
  /// UTF-8 with a byte-order mark, which is dropped.
  case utf8BOM = "utf-8-bom"
  case windows1258 = "windows-1258"
  case windows1252 = "windows-1252"
}

/// Why an input cannot be read as text.
public enum InputError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A NUL byte: binary data, not a text file.
  case notText(byteOffset: Int)
  /// Bytes that are neither UTF-8 nor a supported legacy code page.
  case undecodable(byteOffset: Int, byte: UInt8)

  public var description: String {
    switch self {
    case .notText(let offset): return "not a text file (NUL byte at offset \(offset))"
    case .undecodable(let offset, let byte):
      return "cannot decode byte 0x\(String(byte, radix: 16, uppercase: true)) at offset \(offset)"
        + " as UTF-8, Windows-1258 or Windows-1252"
    }
  }
}

/// Text decoded from bytes, and how.
package struct DecodedInput: Sendable {
  package var text: String
  package var encoding: DetectedEncoding
}
