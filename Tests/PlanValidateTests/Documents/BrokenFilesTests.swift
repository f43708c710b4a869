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
