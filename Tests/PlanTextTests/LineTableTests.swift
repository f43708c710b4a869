import PlanText
import XCTest

final class LineTableTests: XCTestCase {
  func testColumnsCountScalarsNotBytes() {
    let table = LineTable(text: "Kế hoạch\nSố: 36")
    // "Kế" is 1 + 3 bytes; "h" starts at byte 5, scalar column 4.
    XCTAssertEqual(table.location(ofOffset: 5), SourceLocation(line: 1, column: 4, offset: 5))
    let secondLine = "Kế hoạch\n".utf8.count
    XCTAssertEqual(table.location(ofOffset: secondLine).line, 2)
    XCTAssertEqual(table.location(ofOffset: secondLine).column, 1)
  }

  func testCRLFAndLoneCRBothEndLines() {
    let table = LineTable(text: "a\r\nb\rc\nd")
    XCTAssertEqual(table.lineCount, 4)
    XCTAssertEqual(table.location(ofOffset: 3).line, 2)
    XCTAssertEqual(table.location(ofOffset: 5).line, 3)
    XCTAssertEqual(table.location(ofOffset: 7).line, 4)
  }

  func testOffsetsOutsideTheTextAreClamped() {
    let table = LineTable(text: "ab")
    XCTAssertEqual(table.location(ofOffset: -5).offset, 0)
    XCTAssertEqual(table.location(ofOffset: 99), SourceLocation(line: 1, column: 3, offset: 2))
  }

  func testSpanCarriesBothEnds() {
    let table = LineTable(text: "xin chào\ncác bạn")
    let span = table.span(from: 4, to: 13)
    XCTAssertEqual(span.line, 1)
    XCTAssertEqual(span.column, 5)
    XCTAssertEqual(span.endLine, 2)
    XCTAssertEqual(span.endColumn, 3)  // offset 13 is the second "c" of "các"
  }
}
