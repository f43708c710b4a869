import Foundation
import PlanTestSupport
import PlanValidate
import XCTest

/// Each `Fixtures/broken/NAME.json` gives exactly the problems listed in `NAME.expected`
/// (`line:column: severity: message`), validated against the plan schema.
final class BrokenFilesTests: XCTestCase {
  private let directory = TestPaths.repository.appendingPathComponent(
    "Tests/PlanValidateTests/Fixtures/broken")

  func testEveryBrokenFileGivesExactlyItsExpectedMessages() throws {
    let validator = try DocumentValidator(choice: .named("plan"))
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
      .filter { $0.hasSuffix(".json") }.sorted()
    XCTAssertGreaterThanOrEqual(names.count, 13)
    for name in names {
      let bytes = try Array(Data(contentsOf: directory.appendingPathComponent(name)))
      let expectedURL = directory.appendingPathComponent(
        String(name.dropLast(".json".count)) + ".expected")
      let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        .split(separator: "\n").map(String.init)
      let outcome = validator.validate(bytes: bytes, path: name)
      let actual = outcome.problems.map {
        "\($0.line):\($0.column): \($0.severity.rawValue): \($0.text)"
      }
      XCTAssertEqual(actual, expected, name)
      XCTAssertFalse(outcome.valid, name)
      XCTAssertEqual(outcome.unreadable, name.hasPrefix("input-"), name)
    }
  }
}

/// Locations and message safety.
final class DocumentValidatorTests: XCTestCase {
  func testAByteOrderMarkIsNotAColumn() throws {
    let validator = try DocumentValidator(choice: .named("plan"))
    let outcome = validator.validate(bytes: [0xEF, 0xBB, 0xBF] + Array("{,}".utf8), path: "b.json")
    XCTAssertEqual(outcome.problems.map { "\($0.line):\($0.column)" }, ["1:2"])
  }

  func testControlCharactersInKeysAreEscapedInMessages() throws {
    let validator = try DocumentValidator(choice: .named("plan"))
    let outcome = validator.validate(
      bytes: Array(#"{"x\n::error file=e::pwned": 1}"#.utf8), path: "i.json")
    XCTAssertFalse(outcome.problems.contains { $0.text.contains("\n") })
    XCTAssertTrue(outcome.problems.contains { $0.text.hasPrefix("/x\\u{a}::error") })
  }

  func testAssignmentDeadlinesAndFractionalSpansAreChecked() throws {
    let plan = try JSONReader.read(
      """
      {"assignments": [{"id": "a", "deadline": "2024-02-30",
        "span": {"line": 10.0, "column": 1, "endLine": 1, "endColumn": 1}}]}
      """
    ).value
    let rules = PlanSemanticChecker().check(plan).map(\.keyword)
    XCTAssertEqual(rules.sorted(), ["date", "span"])
  }
}
