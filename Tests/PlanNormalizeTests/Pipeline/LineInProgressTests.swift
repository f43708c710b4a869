import XCTest

@testable import PlanNormalize

final class LineInProgressTests: XCTestCase {
  func testEditsAreReportedInOriginalColumnsAfterEarlierStages() {
    var line = LineInProgress(Array("a\u{00A0}ngudi lam".unicodeScalars))
    // Stage 1: NBSP -> space (same length).
    line.apply([LineEdit(start: 1, end: 2, replacement: [" "], kind: .invisible)])
    // Stage 2: a later stage repairs two words by current indices.
    line.apply([
      LineEdit(start: 2, end: 7, replacement: Array("người".unicodeScalars), kind: .ocr),
      LineEdit(start: 8, end: 11, replacement: Array("làm".unicodeScalars), kind: .ocr),
    ])
    XCTAssertEqual(line.text, "a người làm")
    let reported = line.reported(lineNumber: 3)
    XCTAssertEqual(reported.map(\.column), [2, 3, 9])
    XCTAssertEqual(reported.map(\.endColumn), [3, 8, 12])
    XCTAssertEqual(reported.map(\.before), ["\u{00A0}", "ngudi", "lam"])
    XCTAssertEqual(reported.map(\.after), [" ", "người", "làm"])
    XCTAssertTrue(reported.allSatisfy { $0.line == 3 })
  }

  func testOverlappingEditsAreSkippedNotTrapped() {
    var line = LineInProgress(Array("abcdef".unicodeScalars))
    line.apply([
      LineEdit(start: 0, end: 3, replacement: ["x"], kind: .ocr),
      LineEdit(start: 2, end: 4, replacement: ["y"], kind: .ocr),
      LineEdit(start: 5, end: 99, replacement: ["z"], kind: .ocr),
    ])
    XCTAssertEqual(line.text, "xdef")
  }
}
