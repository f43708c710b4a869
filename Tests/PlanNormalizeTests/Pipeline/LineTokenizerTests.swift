import XCTest

@testable import PlanNormalize

final class LineTokenizerTests: XCTestCase {
  private func tokens(_ line: String) -> [String] {
    let scalars = Array(line.unicodeScalars)
    return LineTokenizer.tokenize(scalars).map { token in
      let text = String(String.UnicodeScalarView(scalars[token.start..<token.end]))
      return "\(token.kind):\(text)"
    }
  }

  func testWordsNumbersAndCodes() {
    XCTAssertEqual(
      tokens("Thực hiện Quyết định số 1736/QĐ-UBND ngày 08/9/2023 của UBND tỉnh"),
      [
        "word:Thực", "word:hiện", "word:Quyết", "word:định", "word:số", "code:1736/QĐ-UBND",
        "word:ngày", "number:08/9/2023", "word:của", "word:UBND", "word:tỉnh",
      ])
  }

  func testPunctuationIsNotPartOfTokens() {
    XCTAssertEqual(
      tokens("“Nâng cao (hiệu quả), ... 80%;"),
      ["word:Nâng", "word:cao", "word:hiệu", "word:quả", "number:80"])
  }

  func testOCRStandInsStayInsideWords() {
    XCTAssertEqual(
      tokens("S6: ngw¢i st? S& $6"), ["word:S6", "word:ngw¢i", "word:st?", "word:S&", "word:$6"])
  }

  func testLowercaseHyphenJoinsAreSplitButCodesAreNot() {
    XCTAssertEqual(tokens("tinh-hinh"), ["word:tinh", "word:hinh"])
    XCTAssertEqual(tokens("NĐ-CP"), ["code:NĐ-CP"])
    XCTAssertEqual(tokens("TTr-SLĐTBXH"), ["code:TTr-SLĐTBXH"])
    XCTAssertEqual(tokens("Lao động - Thương"), ["word:Lao", "word:động", "word:Thương"])
  }

  func testDotsBetweenLettersSplitWordsButNotNumbers() {
    XCTAssertEqual(
      tokens("nghién.ma 1.500 1.2."), ["word:nghién", "word:ma", "number:1.500", "number:1.2"])
  }

  func testEmptyAndSpaceOnlyLinesHaveNoTokens() {
    XCTAssertEqual(tokens(""), [])
    XCTAssertEqual(tokens(" \t \u{00A0} "), [])
  }
}

extension LineTokenizerTests {
  func testApostrophesBetweenLettersStayInTheWord() {
    XCTAssertEqual(
      tokens("THU'C HIEN chuo’ng co'"), ["word:THU'C", "word:HIEN", "word:chuo’ng", "word:co"])
  }
}
