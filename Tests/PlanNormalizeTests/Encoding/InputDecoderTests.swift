import Foundation
import PlanNormalize
import XCTest

/// `InputDecoder`: UTF-8, BOM, NUL, Windows-1258 and Windows-1252 input, and errors.
final class InputDecoderTests: XCTestCase {
  /// `Kế hoạch triển khai thực hiện công tác cai nghiện ma túy năm 2024` in Windows-1258, as
  /// Windows writes it: base letters precomposed with their circumflex/breve/horn, tones as
  /// combining bytes (0xEC acute, 0xF2 dot below, 0xD2 hook).
  static let windows1258Plan: [UInt8] = [
    0x4B, 0xEA, 0xEC, 0x20, 0x68, 0x6F, 0x61, 0xF2, 0x63, 0x68, 0x20, 0x74, 0x72, 0x69, 0xEA,
    0xD2, 0x6E, 0x20, 0x6B, 0x68, 0x61, 0x69, 0x20, 0x74, 0x68, 0xFD, 0xF2, 0x63, 0x20, 0x68,
    0x69, 0xEA, 0xF2, 0x6E, 0x20, 0x63, 0xF4, 0x6E, 0x67, 0x20, 0x74, 0xE1, 0x63, 0x20, 0x63,
    0x61, 0x69, 0x20, 0x6E, 0x67, 0x68, 0x69, 0xEA, 0xF2, 0x6E, 0x20, 0x6D, 0x61, 0x20, 0x74,
    0xFA, 0x79, 0x20, 0x6E, 0xE3, 0x6D, 0x20, 0x32, 0x30, 0x32, 0x34,
  ]

  /// `Ủy ban nhân dân tỉnh Sơn La\r\nĐộc lập - Tự do - Hạnh phúc\n` in Windows-1258.
  static let windows1258Header: [UInt8] = [
    0x55, 0xD2, 0x79, 0x20, 0x62, 0x61, 0x6E, 0x20, 0x6E, 0x68, 0xE2, 0x6E, 0x20, 0x64, 0xE2,
    0x6E, 0x20, 0x74, 0x69, 0xD2, 0x6E, 0x68, 0x20, 0x53, 0xF5, 0x6E, 0x20, 0x4C, 0x61, 0x0D,
    0x0A, 0xD0, 0xF4, 0xF2, 0x63, 0x20, 0x6C, 0xE2, 0xF2, 0x70, 0x20, 0x2D, 0x20, 0x54, 0xFD,
    0xF2, 0x20, 0x64, 0x6F, 0x20, 0x2D, 0x20, 0x48, 0x61, 0xF2, 0x6E, 0x68, 0x20, 0x70, 0x68,
    0xFA, 0x63, 0x0A,
  ]

  /// `Café crème – naïve “quote” 2024\n` in Windows-1252.
  static let windows1252Text: [UInt8] = [
    0x43, 0x61, 0x66, 0xE9, 0x20, 0x63, 0x72, 0xE8, 0x6D, 0x65, 0x20, 0x96, 0x20, 0x6E, 0x61,
    0xEF, 0x76, 0x65, 0x20, 0x93, 0x71, 0x75, 0x6F, 0x74, 0x65, 0x94, 0x20, 0x32, 0x30, 0x32,
    0x34, 0x0A,
  ]

  private func decode(_ bytes: [UInt8]) throws -> DecodedInput {
    try EncodingFixtures.decoder().decode(bytes)
  }

  private func assertError(
    _ bytes: [UInt8], _ expected: InputError, file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let decoder = try EncodingFixtures.decoder()
    do {
      let result = try decoder.decode(bytes)
      XCTFail("expected \(expected), decoded \(result.encoding)", file: file, line: line)
    } catch {
      XCTAssertEqual(error, expected, file: file, line: line)
    }
  }

  func testEmptyInputIsEmptyUTF8() throws {
    let result = try decode([])
    XCTAssertEqual(result.text, "")
    XCTAssertEqual(result.encoding, .utf8)
  }

  func testUTF8IsReturnedUnchanged() throws {
    let text = "Kế hoạch số 36/KH-UBND\r\nSơn La, ngày 02 tháng 02 năm 2024\n"
    let result = try decode(Array(text.utf8))
    XCTAssertEqual(Array(result.text.utf8), Array(text.utf8))
    XCTAssertEqual(result.encoding, .utf8)
  }

  func testNFDUTF8IsNotComposedByTheDecoder() throws {
    let text = "cai nghiện".decomposedStringWithCanonicalMapping
    let result = try decode(Array(text.utf8))
    XCTAssertEqual(Array(result.text.unicodeScalars), Array(text.unicodeScalars))
  }

  func testByteOrderMarkIsDropped() throws {
    let result = try decode([0xEF, 0xBB, 0xBF] + Array("Kế hoạch".utf8))
    XCTAssertEqual(result.text, "Kế hoạch")
    XCTAssertEqual(result.encoding, .utf8BOM)
  }

  func testByteOrderMarkAloneIsEmptyText() throws {
    let result = try decode([0xEF, 0xBB, 0xBF])
    XCTAssertEqual(result.text, "")
    XCTAssertEqual(result.encoding, .utf8BOM)
  }

  func testInvalidUTF8AfterByteOrderMarkIsUndecodable() throws {
    try assertError([0xEF, 0xBB, 0xBF, 0x41, 0xC3, 0x28], .undecodable(byteOffset: 4, byte: 0xC3))
  }

  func testNULByteIsNotText() throws {
    let prefix = Array("Kế hoạch".utf8)
    try assertError(prefix + [0x00, 0x41, 0x00], .notText(byteOffset: prefix.count))
    try assertError([0x00], .notText(byteOffset: 0))
  }

  func testWindows1258IsDetectedAndComposed() throws {
    let result = try decode(Self.windows1258Plan)
    XCTAssertEqual(result.encoding, .windows1258)
    let expected = "Kế hoạch triển khai thực hiện công tác cai nghiện ma túy năm 2024"
    XCTAssertEqual(Array(result.text.unicodeScalars), Array(expected.unicodeScalars))
  }

  func testWindows1258KeepsLineBreaks() throws {
    let result = try decode(Self.windows1258Header)
    XCTAssertEqual(result.encoding, .windows1258)
    let expected = "Ủy ban nhân dân tỉnh Sơn La\r\nĐộc lập - Tự do - Hạnh phúc\n"
    XCTAssertEqual(Array(result.text.unicodeScalars), Array(expected.unicodeScalars))
  }

  func testStaticDecodeUsesTheDefaultTables() throws {
    XCTAssertNoThrow(try InputDecoder.standard.get())
    let result = try InputDecoder.decode(Self.windows1258Plan)
    XCTAssertEqual(result.encoding, .windows1258)
    XCTAssertEqual(try InputDecoder.decode([0xEF, 0xBB, 0xBF, 0x41]).encoding, .utf8BOM)
  }

  func testWindows1252IsDetected() throws {
    let result = try decode(Self.windows1252Text)
    XCTAssertEqual(result.encoding, .windows1252)
    XCTAssertEqual(result.text, "Café crème – naïve “quote” 2024\n")
  }

  func testRawTCVN3BytesDecodeAsWindows1252ForLegacyRepair() throws {
    // `Kế hoạch triển khai thực hiện công tác cai nghiện ma túy năm 2024` in TCVN3 bytes.
    let shown = "KÕ ho¹ch triÓn khai thùc hiÖn c«ng t¸c cai nghiÖn ma tóy n¨m 2024"
    let bytes = try shown.unicodeScalars.map { scalar in
      try XCTUnwrap(EncodingFixtures.tables.get().windows1252.byte(for: scalar))
    }
    let result = try decode(bytes)
    XCTAssertEqual(result.encoding, .windows1252)
    XCTAssertEqual(result.text, shown)
  }

  func testByteUndefinedInWindows1252IsUndecodable() throws {
    // Western text (no Vietnamese) with 0x81, undefined in Windows-1252 and -1258.
    try assertError(
      Array("caf".utf8) + [0xE9, 0x20, 0x81, 0x41], .undecodable(byteOffset: 5, byte: 0x81))
  }

  func testByteUndefinedInWindows1258IsUndecodableWhenTheTextIsVietnamese() throws {
    // 0x8A is `Š` in Windows-1252 but undefined in Windows-1258, which the text scores as.
    let bytes = Self.windows1258Plan + [0x20, 0x8A]
    try assertError(
      bytes, .undecodable(byteOffset: Self.windows1258Plan.count + 1, byte: 0x8A))
  }

  func testTruncatedUTF8FallsBackToACodePage() throws {
    // `Kế` then a lone lead byte: not UTF-8, every byte defined in Windows-1252.
    let result = try decode(Array("Kế".utf8) + [0xE1])
    XCTAssertEqual(result.encoding, .windows1252)
    XCTAssertEqual(result.text, "Káº¿á")
  }

  func testErrorMessagesNameTheByteAndOffset() {
    XCTAssertEqual(
      InputError.undecodable(byteOffset: 12, byte: 0x81).description,
      "cannot decode byte 0x81 at offset 12 as UTF-8, Windows-1258 or Windows-1252")
    XCTAssertEqual(
      InputError.notText(byteOffset: 3).description, "not a text file (NUL byte at offset 3)")
  }
}
