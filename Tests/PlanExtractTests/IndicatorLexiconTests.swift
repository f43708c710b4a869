import XCTest

@testable import PlanExtract

final class IndicatorLexiconTests: XCTestCase {
  /// The byte comparison gives what the dictionary gives, decomposed spellings included.
  func testNumberWordValuesAgreeWithTheDictionary() {
    for word in IndicatorLexicon.numberWords.keys {
      XCTAssertEqual(IndicatorLexicon.numberWordValue(word), IndicatorLexicon.numberWords[word])
      let decomposed = word.decomposedStringWithCanonicalMapping
      XCTAssertEqual(
        IndicatorLexicon.numberWordValue(decomposed), IndicatorLexicon.numberWords[word], word)
    }
    for word in ["", "mo", "năm", "mười một", "m", "chính"] {
      XCTAssertNil(IndicatorLexicon.numberWordValue(word), word)
    }
  }
}
