import XCTest

@testable import PlanNormalize

final class VietnameseLettersTests: XCTestCase {
  func testEveryVowelAndToneComposesAndDecomposesBack() {
    for vowel in VietnameseLetters.vowels {
      for tone in Tone.allCases {
        let composed = VietnameseLetters.compose(vowel, tone: tone)
        let info = VietnameseLetters.info(composed)
        XCTAssertEqual(info?.toneless, vowel, "\(composed)")
        XCTAssertEqual(info?.tone, tone, "\(composed)")
        XCTAssertEqual(info?.isUppercase, false)
        let upper = VietnameseLetters.uppercase(composed)
        XCTAssertNotEqual(upper, composed)
        XCTAssertEqual(VietnameseLetters.info(upper)?.isUppercase, true, "\(upper)")
        XCTAssertEqual(VietnameseLetters.info(upper)?.lowercase, composed, "\(upper)")
      }
    }
  }

  func testBasesStripEveryMark() {
    XCTAssertEqual(VietnameseLetters.info("Ờ")?.base, UInt8(ascii: "o"))
    XCTAssertEqual(VietnameseLetters.info("đ")?.base, UInt8(ascii: "d"))
    XCTAssertEqual(VietnameseLetters.info("Đ")?.base, UInt8(ascii: "d"))
    XCTAssertEqual(VietnameseLetters.info("ự")?.base, UInt8(ascii: "u"))
    XCTAssertNil(VietnameseLetters.info("6"))
    XCTAssertNil(VietnameseLetters.info("\u{0301}"))
  }
}
