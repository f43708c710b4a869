import PlanText
import XCTest

final class TextLineTests: XCTestCase {
  func testSplitAndJoinGiveTheTextBack() {
    for text in ["", "a", "a\n", "a\nb", "a\r\nb\r\n", "\n\n\n", "x\ry", "Kế hoạch\r\n\r\nSố"] {
      XCTAssertEqual(
        TextLine.join(TextLine.split(text)), text, "round trip of \(text.debugDescription)")
    }
  }

  func testTerminatorsAreKeptPerLine() {
    let lines = TextLine.split("a\r\nb\nc")
    XCTAssertEqual(lines.map(\.content), ["a", "b", "c"])
    XCTAssertEqual(lines.map(\.terminator), ["\r\n", "\n", ""])
  }

  func testEmptyTextHasNoLinesAndFinalNewlineHasEmptyLastLine() {
    XCTAssertTrue(TextLine.split("").isEmpty)
    XCTAssertEqual(TextLine.split("a\n").count, 2)
  }

  func testScalarCountIgnoresContinuationBytes() {
    XCTAssertEqual("người".scalarCount, 5)
    // ư = u + horn, ờ = o + horn + grave
    XCTAssertEqual("người".decomposedStringWithCanonicalMapping.scalarCount, 8)
  }
}
