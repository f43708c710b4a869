import PlanCheck
import XCTest

final class ReportedValueTests: XCTestCase {
  func testSpreadsheetSpellingsOfNumbers() throws {
    XCTAssertEqual(try ReportedValue.parse("85,5"), .number(85.5, unit: nil))
    XCTAssertEqual(try ReportedValue.parse(" 85% "), .number(85, unit: "percent"))
    XCTAssertEqual(try ReportedValue.parse("85,5 %"), .number(85.5, unit: "percent"))
    XCTAssertEqual(try ReportedValue.parse("10/11"), .ratio(10, 11))
    XCTAssertEqual(try ReportedValue.parse("476"), .number(476, unit: nil))
    XCTAssertEqual(try ReportedValue.parse("1.234"), .number(1234, unit: nil))
    XCTAssertEqual(try ReportedValue.parse("1.234,5"), .number(1234.5, unit: nil))
    XCTAssertEqual(try ReportedValue.parse("85.5"), .number(85.5, unit: nil))
    XCTAssertNil(try ReportedValue.parse("  "))
    XCTAssertEqual(try ReportedValue.parse("0.125"), .number(0.125, unit: nil))
    XCTAssertEqual(try ReportedValue.parse("99.999%"), .number(99.999, unit: "percent"))
    XCTAssertEqual(try ReportedValue.parse("1,234.5"), .number(1234.5, unit: nil))
    XCTAssertEqual(try ReportedValue.parse("1,234,567"), .number(1_234_567, unit: nil))
  }

  func testNegativeNonNumericAndZeroDenominatorAreErrors() {
    for bad in ["-5", "NaN", "nhiều", "1e999", "inf", "10/0", "1,2,3", "99999999999999999999%x"] {
      XCTAssertThrowsError(try ReportedValue.parse(bad), bad)
    }
  }

  func testHugeNumbersStayFinite() throws {
    XCTAssertEqual(try ReportedValue.parse("99999999999999999999%"), .number(1e20, unit: "percent"))
  }

  func testUnitsAndDates() {
    XCTAssertEqual(ReportedValue.unit("%"), "percent")
    XCTAssertEqual(ReportedValue.unit("Phần trăm"), "percent")
    XCTAssertEqual(ReportedValue.unit("người"), "count")
    XCTAssertEqual(ReportedValue.unit("tỷ lệ"), "percent", "a tỷ lệ column holds percentages")
    XCTAssertEqual(ReportedValue.unit("ratio"), "ratio")
    XCTAssertEqual(ReportedValue.date("20/12/2023"), "2023-12-20")
    XCTAssertEqual(ReportedValue.date("2023-12-20"), "2023-12-20")
    XCTAssertNil(ReportedValue.date("30/02/2024"))
  }
}
