import PlanCheck
import XCTest

final class ResultsReaderTests: XCTestCase {
  func testVietnameseHeadersMapToFields() throws {
    let csv =
      "chỉ tiêu;giá trị;đơn vị;đơn vị báo cáo;ngày báo cáo;ghi chú\nSố xã;10/11;;Sở A;20/12/2023;ok\n"
    let document = try ResultsReader.read(Array(csv.utf8))
    XCTAssertEqual(document.problems, [])
    let result = try XCTUnwrap(document.results.first)
    XCTAssertEqual(result.text, "Số xã")
    XCTAssertEqual(result.numerator, 10)
    XCTAssertEqual(result.denominator, 11)
    XCTAssertEqual(result.reportedBy, "Sở A")
    XCTAssertEqual(result.reportedOn, "2023-12-20")
    XCTAssertEqual(result.note, "ok")
    XCTAssertEqual(result.line, 2)
  }

  func testBadRowsAreLocatedAndTheOthersKept() throws {
    let csv = "indicator,value\nind-1,80%\nind-2\nind-3,abc\nind-4,\"7\n"
    let document = try ResultsReader.read(Array(csv.utf8))
    XCTAssertEqual(document.results.map(\.indicator), ["ind-1"])
    XCTAssertEqual(
      document.problems.map { "\($0.row ?? 0)@\($0.line):\($0.column) \($0.message)" },
      [
        "2@3:1 row has 1 fields, the header has 2", "3@4:7 'abc' is not a number",
        "4@5:7 a quoted field is not closed before the end of the file",
      ])
  }

  func testJSONRowsAreLocated() throws {
    let json = """
      {"plan": "1/KH", "results": [
        {"indicator": "a", "value": 5},
        {"indicator": "b", "value": -1},
        {"indicator": "c", "value": "12,5%"},
        {"value": 3},
        7
      ]}
      """
    let document = try ResultsReader.read(Array(json.utf8))
    XCTAssertEqual(document.plan, "1/KH")
    XCTAssertEqual(document.results.map(\.indicator), ["a", "c"])
    XCTAssertEqual(document.results.last?.value, 12.5)
    XCTAssertEqual(document.results.last?.unit, "percent")
    XCTAssertEqual(
      document.problems.map { "\($0.row ?? 0)@\($0.line):\($0.column)" },
      ["2@3:31", "4@5:3", "5@6:3"])
  }

  func testEmptySpreadsheetRowsAreSkippedAndDuplicateKeysRefused() throws {
    let csv = try ResultsReader.read(Array("indicator,value,note\nind-1,5,\n,,\n , ,\n".utf8))
    XCTAssertEqual(csv.results.count, 1)
    XCTAssertEqual(csv.problems, [])
    let json = try ResultsReader.read(
      Array(#"{"results": [{"indicator": "a", "value": 1, "value": 90}]}"#.utf8))
    XCTAssertEqual(json.results.count, 0)
    XCTAssertEqual(json.problems.first?.message, "\"value\" is given twice in one result")
    XCTAssertThrowsError(try ResultsReader.read(Array("[1, 2]".utf8)))
  }

  func testUnreadableInputsAreErrors() {
    XCTAssertThrowsError(try ResultsReader.read([]))
    XCTAssertThrowsError(try ResultsReader.read([0x61, 0x00]))
    XCTAssertThrowsError(try ResultsReader.read([0xC3, 0x28]))
    XCTAssertThrowsError(try ResultsReader.read(Array("{\"results\": [".utf8))) { error in
      XCTAssertEqual((error as? ResultsInputError)?.line, 1)
    }
    XCTAssertThrowsError(try ResultsReader.read(Array("a,b\n1,2\n".utf8)), "no known columns")
  }
}
