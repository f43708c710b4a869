import PlanValidate
import XCTest

final class JSONNumberTests: XCTestCase {
  private func number(_ literal: String) throws -> JSONNumber {
    try XCTUnwrap(JSONNumber(literal), literal)
  }

  func testLiteralGrammarFollowsRFC8259() {
    for valid in ["0", "-0", "1.5", "1e5", "1E+5", "-2.5e-3", "123456789012345678901234567890"] {
      XCTAssertNotNil(JSONNumber(valid), valid)
    }
    for invalid in ["", "-", "01", "1.", ".5", "1e", "+1", "0x10", "NaN", "1 "] {
      XCTAssertNil(JSONNumber(invalid), invalid)
    }
  }

  func testComparisonIsExactDecimal() throws {
    XCTAssertEqual(try number("0.1").compare(try number("0.10")), 0)
    XCTAssertEqual(try number("100").compare(try number("1e2")), 0)
    XCTAssertEqual(try number("-1e400").compare(try number("-1e399")), -1)
    XCTAssertEqual(try number("0.30000000000000001").compare(try number("0.3")), 1)
    XCTAssertEqual(try number("-0").compare(try number("0")), 0)
    XCTAssertEqual(try number("1e99999999999999999999").compare(try number("1e400")), 1)
  }

  func testIntegersIncludeZeroFractions() throws {
    XCTAssertTrue(try number("1.0").isInteger)
    XCTAssertTrue(try number("1.5e1").isInteger)
    XCTAssertFalse(try number("1.5").isInteger)
    XCTAssertTrue(try number("1e400").isInteger)
  }

  func testMultipleOfIsExactForDecimals() throws {
    XCTAssertTrue(try number("0.3").isMultiple(of: try number("0.1")), "0.3/0.1 is 3 exactly")
    XCTAssertTrue(try number("4.5").isMultiple(of: try number("1.5")))
    XCTAssertTrue(try number("0.0075").isMultiple(of: try number("0.0001")))
    XCTAssertFalse(try number("35").isMultiple(of: try number("1.5")))
    XCTAssertFalse(try number("1e308").isMultiple(of: try number("0.123456789")))
    XCTAssertTrue(try number("12345678901234567890").isMultiple(of: try number("10")))
    XCTAssertFalse(try number("1.0000000000000000001").isMultiple(of: try number("1")))
    XCTAssertFalse(try number("1e-400").isMultiple(of: try number("0.5")))
    XCTAssertTrue(try number("1e999999999999999999999").isMultiple(of: try number("0.5")))
    XCTAssertFalse(try number("1e1099511627777").compare(try number("1e1099511627776")) <= 0)
  }
}
