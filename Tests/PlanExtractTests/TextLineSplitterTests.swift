import XCTest

@testable import PlanExtract

final class TextLineSplitterTests: XCTestCase {
  func testSplitsAtEveryLineBreakKindAndKeepsEmptyLines() {
    XCTAssertEqual(TextLineSplitter.lines("a\nb\r\nc\rd"), ["a", "b", "c", "d"])
    XCTAssertEqual(TextLineSplitter.lines(""), [""])
    XCTAssertEqual(TextLineSplitter.lines("\n\n"), ["", "", ""])
    XCTAssertEqual(TextLineSplitter.lines("Sở Y tế\r\n\r\nhết\n"), ["Sở Y tế", "", "hết", ""])
    XCTAssertEqual(TextLineSplitter.lines("\r\r\n"), ["", "", ""])
  }

  func testAgreesWithSplittingCharacters() {
    let text = "một\r\nhai\rba\n\nbốn\r\n\r\n  năm sáu\n"
    let byCharacters = text.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    ).map(String.init)
    XCTAssertEqual(TextLineSplitter.lines(text), byCharacters)
  }
}
