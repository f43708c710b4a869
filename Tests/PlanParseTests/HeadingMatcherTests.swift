import Foundation
import PlanTestSupport
import XCTest

@testable import PlanParse

final class HeadingMatcherTests: XCTestCase {
  /// The byte prefilter never turns away a line the full reading accepts.
  func testPrefilterKeepsEveryHeadingOfTheCorpus() throws {
    var headings = 0
    for line in try CorpusLines.lines(in: ["documents"]) where HeadingMatcher.match(line) != nil {
      XCTAssertTrue(HeadingMatcher.mayStartWithNumber(line), line)
      headings += 1
    }
    XCTAssertGreaterThan(headings, 200)
  }

  func testPrefilterAcceptsEveryNumberingStyleAndRejectsOtherLines() {
    for line in ["**II. Nhiệm vụ**", "## 1.2. Chỉ tiêu", "đ) Sở Y tế", "a) Phòng", "  **12. x"] {
      XCTAssertTrue(HeadingMatcher.mayStartWithNumber(line), line)
      XCTAssertNotNil(HeadingMatcher.match(line), line)
    }
    for line in ["", "Căn cứ", "* 1. x", "đ Sở", "ă) x", "- 1. x", "**"] {
      XCTAssertFalse(HeadingMatcher.mayStartWithNumber(line), line)
      XCTAssertNil(HeadingMatcher.match(line), line)
    }
  }
}
