import PlanText
import XCTest

final class ScalarTableTests: XCTestCase {
  /// Every scalar the table holds, and a few above it, answers as the runtime does.
  func testTableAgreesWithTheRuntimeOnEveryScalarBelowTheLimitAndBeyond() {
    let values = Array(0..<0x2100) + [0x3000, 0xFEFF, 0x1F600]
    for value in values {
      guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
      let properties = scalar.properties
      XCTAssertEqual(ScalarTable.isAlphabetic(scalar), properties.isAlphabetic, "\(value)")
      XCTAssertEqual(ScalarTable.isWhitespace(scalar), properties.isWhitespace, "\(value)")
      let text = String(scalar)
      XCTAssertEqual(text.lowercasedByTable(), text.lowercased(), "\(value)")
      let mapping = properties.lowercaseMapping.unicodeScalars
      let expected = mapping.count == 1 ? mapping.first ?? scalar : scalar
      XCTAssertEqual(ScalarTable.lowercase(scalar), expected, "\(value)")
    }
  }

  func testLowercasedByTableMatchesLowercasedOnVietnameseAndMixedText() {
    for text in [
      "", "UBND TỈNH SƠN LA", "Ủy ban nhân dân Huyện Đoàn", "ĐỀ NGHỊ Sở LĐTBXH", "İstanbul Σ",
      "plain ascii", "MiXeD 123 ÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ",
    ] {
      XCTAssertEqual(text.lowercasedByTable(), text.lowercased(), text)
      XCTAssertEqual(text.dropFirst().lowercasedByTable(), text.dropFirst().lowercased(), text)
    }
  }

  func testUTF8ReplacingReplacesEveryOccurrenceAndKeepsTheRest() {
    XCTAssertEqual("**4. Phòng Tư pháp:**".utf8Replacing("**", with: ""), "4. Phòng Tư pháp:")
    XCTAssertEqual(
      "UBND huyện, UBND xã".utf8Replacing("UBND", with: "Ủy ban nhân dân"),
      "Ủy ban nhân dân huyện, Ủy ban nhân dân xã")
    XCTAssertEqual("đđ".utf8Replacing("đ", with: "dd"), "dddd")
    XCTAssertEqual("no match".utf8Replacing("x", with: "y"), "no match")
    XCTAssertEqual("abc".utf8Replacing("", with: "y"), "abc")
    XCTAssertEqual("***".utf8Replacing("**", with: ""), "*")
  }
}

final class ScalarArrayTests: XCTestCase {
  func testScalarArrayDecodesEveryUTF8LengthLikeUnicodeScalars() {
    for text in [
      "", "ascii", "Sở Y tế", "Ủy ban nhân dân tỉnh Sơn La", "e\u{301} NFD", "😀 4 bytes", "€ ĐĐ",
      "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
    ] {
      XCTAssertEqual(text.scalarArray, Array(text.unicodeScalars), text)
      XCTAssertEqual(text.dropFirst().scalarArray, Array(text.dropFirst().unicodeScalars), text)
    }
  }
}
