/// Decodes input bytes: strict UTF-8 first. (Legacy code pages: see the encoding module.)
package enum InputDecoder {
  package static func decode(_ bytes: [UInt8]) throws -> DecodedInput {
    if let nul = bytes.firstIndex(of: 0) { throw InputError.notText(byteOffset: nul) }
    var body = bytes[...]
    var encoding = DetectedEncoding.utf8
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      body = bytes.dropFirst(3)
      encoding = .utf8BOM
    }
    guard let text = String(validating: body, as: UTF8.self) else {
      throw InputError.undecodable(byteOffset: 0, byte: bytes.first ?? 0)
    }
    return DecodedInput(text: text, encoding: encoding)
  }
}
