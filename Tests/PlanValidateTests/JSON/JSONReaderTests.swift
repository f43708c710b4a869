import PlanValidate
import XCTest

final class JSONReaderTests: XCTestCase {
  func testValuesKeepTheOffsetOfTheirFirstByte() throws {
    let value = try JSONReader.read("{\"a\": [1, \"x\"],\n \"b\": null}").value
    XCTAssertEqual(value.offset, 0)
    let members = try XCTUnwrap(value.objectValue?.members)
    XCTAssertEqual(members.map(\.key), ["a", "b"])
    XCTAssertEqual(members[0].keyOffset, 1)
    XCTAssertEqual(members[0].value.offset, 6)
    XCTAssertEqual(members[0].value.arrayValue?.map(\.offset), [7, 10])
    XCTAssertEqual(members[1].keyOffset, 17)
    XCTAssertEqual(members[1].value.offset, 22)
  }

  func testByteOrderMarkIsSkipped() throws {
    let value = try JSONReader.read([0xEF, 0xBB, 0xBF] + Array("[true]".utf8)).value
    XCTAssertEqual(value.arrayValue?.first?.boolValue, true)
    XCTAssertEqual(value.offset, 3)
  }

  func testNumbersAreKeptExactly() throws {
    let value = try JSONReader.read("[1e400, 12345678901234567890, -0.10, 1.0]").value
    let numbers = try XCTUnwrap(value.arrayValue?.compactMap(\.numberValue))
    XCTAssertEqual(numbers.map(\.literal), ["1e400", "12345678901234567890", "-0.10", "1.0"])
    XCTAssertEqual(numbers[0].compare(JSONNumber(Int.max)), 1, "1e400 is not rounded to infinity")
    XCTAssertEqual(
      numbers[1].compare(try XCTUnwrap(JSONNumber("12345678901234567891"))), -1,
      "20-digit integers differ in their last digit")
    XCTAssertTrue(numbers[3].isInteger)
    XCTAssertEqual(numbers[3].compare(JSONNumber(1)), 0)
  }

  func testDuplicateKeysKeepTheLastValueAndAreListed() throws {
    let document = try JSONReader.read("{\"k\": 1, \"k\": 2}")
    XCTAssertEqual(document.value.objectValue?.count, 1)
    XCTAssertEqual(document.value["k"]?.numberValue?.literal, "2")
    XCTAssertEqual(
      document.duplicateKeys, [.init(key: "k", offset: 9, firstOffset: 1)])
  }

  func testCanonicallyEquivalentKeysAreDifferentKeys() throws {
    let document = try JSONReader.read("{\"\u{E9}\": 1, \"e\u{301}\": 2}")
    XCTAssertEqual(document.value.objectValue?.count, 2)
    XCTAssertTrue(document.duplicateKeys.isEmpty)
  }

  func testEscapesAndSurrogatePairsDecode() throws {
    let value = try JSONReader.read(#"["a\"b\\\/\n\u00e9\ud83d\ude00"]"#).value
    XCTAssertEqual(value.arrayValue?.first?.stringValue, "a\"b\\/\né😀")
  }

  func testSyntaxErrorsCarryTheOffsetOfTheOffendingByte() {
    let cases: [(String, String, Int)] = [
      ("{\"a\": 1 \"b\": 2}", "unexpected '\"': expected ',' or '}'", 8),
      ("[1,]", "unexpected ']': expected a value", 3),
      ("", "empty input: expected a JSON value", 0),
      ("[1] x", "unexpected 'x' after the JSON value", 4),
      ("{\"a\" 1}", "unexpected '1': expected ':' after the key", 5),
      ("[-]", "unexpected ']': expected a digit", 2),
      ("[1.]", "unexpected ']': expected a digit after '.'", 3),
      ("\"abc", "unterminated string", 0),
    ]
    for (text, message, offset) in cases {
      XCTAssertThrowsError(try JSONReader.read(text), text) { error in
        XCTAssertEqual(
          error as? JSONSyntaxError, JSONSyntaxError(message: message, offset: offset), text)
      }
    }
  }

  func testDeepNestingIsAnErrorNotACrash() {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    XCTAssertThrowsError(try JSONReader.read(deep)) { error in
      XCTAssertEqual((error as? JSONSyntaxError)?.message, "nesting deeper than 512 levels")
      XCTAssertEqual((error as? JSONSyntaxError)?.offset, 512)
    }
    let allowed = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
    XCTAssertNoThrow(try JSONReader.read(allowed))
  }

  func testInvalidUTF8InAStringIsLocated() {
    XCTAssertThrowsError(
      try JSONReader.read(Array("[\"ab".utf8) + [0xC3, 0x28] + Array("\"]".utf8))
    ) {
      error in
      XCTAssertEqual(
        error as? JSONSyntaxError, JSONSyntaxError(message: "invalid UTF-8 in a string", offset: 4))
    }
  }
}
