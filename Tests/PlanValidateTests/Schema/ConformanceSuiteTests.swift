import PlanTestSupport
import PlanValidate
import XCTest

/// Runs the official draft 2020-12 suite from `../shared/json-schema-test-suite` when present.
final class ConformanceSuiteTests: XCTestCase {
  func testEveryTargetedFilePassesCompletely() throws {
    guard let directory = TestPaths.jsonSchemaTestSuite else {
      throw XCTSkip("../shared/json-schema-test-suite is absent; conformance not checked")
    }
    let results = try ConformanceSuite().run(directory: directory)
    XCTAssertGreaterThan(results.count, 40)
    for result in results where result.targeted {
      XCTAssertEqual(
        result.passed, result.total,
        "\(result.file): \(result.failures.prefix(10).joined(separator: "; "))")
    }
  }
}
