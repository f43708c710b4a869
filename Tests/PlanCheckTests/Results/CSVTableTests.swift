import PlanCheck
import XCTest

final class CSVTableTests: XCTestCase {
  private func table(_ text: String) -> CSVTable { CSVTable(bytes: Array(text.utf8)) }

  func testQuotedFieldsHoldDelimitersQuotesAndLineBreaks() {
    let csv = table("a,b,c\r\n1,\"x, \"\"y\"\"\nz\",3\r\n")
    XCTAssertEqual(csv.rows.count, 2)
    XCTAssertEqual(csv.rows[1].fields.map(\.text), ["1", "x, \"y\"\nz", "3"])
    XCTAssertEqual(csv.rows[1].fields[2].line, 3, "the field after the embedded break")
    XCTAssertEqual(csv.rows[1].fields[2].column, 4)
  }

  func testSemicolonIsGuessedFromTheHeaderAndTheByteOrderMarkSkipped() {
    let csv = CSVTable(bytes: [0xEF, 0xBB, 0xBF] + Array("chỉ tiêu;giá trị\nA;85,5%\n".utf8))
    XCTAssertEqual(csv.delimiter, UInt8(ascii: ";"))
    XCTAssertEqual(
      csv.rows.map { $0.fields.map(\.text) }, [["chỉ tiêu", "giá trị"], ["A", "85,5%"]])
    XCTAssertEqual(csv.rows[1].fields[1].column, 3)
  }

  func testColumnsCountCharactersNotBytes() {
    let csv = table("đơn vị,x\nĐồng Nai,7\n")
    XCTAssertEqual(csv.rows[1].fields[1].column, 10)
  }

  func testAnUnclosedQuoteIsReportedWhereItOpens() {
    let csv = table("a,b\n1,2\n3,\"open\n4,5\n")
    XCTAssertEqual(csv.rows.count, 3)
    XCTAssertNil(csv.rows[1].problem)
    XCTAssertEqual(csv.rows[2].problem?.line, 3)
    XCTAssertEqual(csv.rows[2].problem?.column, 3)
  }

  func testAStrayQuoteMarksOnlyItsRow() {
    let csv = table("a,b\n1,x\"y\n2,3\n")
    XCTAssertEqual(csv.rows[1].problem?.message, "a quote inside an unquoted field")
    XCTAssertNil(csv.rows[2].problem)
  }

  func testAHundredThousandColumnsAreReadInOnePass() {
    let row = Array(repeating: "1", count: 100_000).joined(separator: ",")
    XCTAssertEqual(table(row + "\n").rows.first?.fields.count, 100_000)
  }
}
