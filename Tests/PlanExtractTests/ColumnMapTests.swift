import PlanNormalize
import XCTest

@testable import PlanExtract

final class ColumnMapTests: XCTestCase {
  func testColumnsOfRepairedLinesMapBackToTheOriginal() {
    // Original line 2: `a ctia b` -> `a của b` (ctia, columns 3..<7, became 3 scalars).
    let map = ColumnMap(edits: [
      NormalizationEdit(
        line: 2, column: 3, endColumn: 7, before: "ctia", after: "của", kind: .ocr,
        confidence: 1)
    ])
    XCTAssertEqual(map.originalColumn(line: 2, column: 1), 1)
    XCTAssertEqual(map.originalColumn(line: 2, column: 3), 3)
    XCTAssertEqual(map.originalColumn(line: 2, column: 6), 7, "just past the repair")
    XCTAssertEqual(map.originalColumn(line: 2, column: 8), 9, "b moves back by one")
    XCTAssertEqual(map.originalColumn(line: 1, column: 8), 8, "other lines are unchanged")
  }
}
