import Foundation
import PlanTestSupport
import XCTest

@testable import PlanCLI

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `kehoach validate` in-process.
final class ValidateCommandTests: XCTestCase {
  private func run(_ arguments: [String], input: [UInt8] = []) -> (Int32, String, String) {
    let console = Console.capturing(input: input)
    let status = CommandLineTool.run(arguments, console: console)
    return (status, console.outputText, console.errorText)
  }

  private var temporary: URL!

  override func setUpWithError() throws {
    temporary = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kehoach-validate-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: temporary)
  }

  private func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let url = temporary.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  private var expectedPlan: String {
    TestPaths.corpus.appendingPathComponent("expected/001_aa44d5999c57a7ee.json").path
  }

  private var brokenPlan: String {
    TestPaths.repository.appendingPathComponent(
      "Tests/PlanValidateTests/Fixtures/broken/plan-broken.json"
    ).path
  }

  func testAValidPlanExitsZeroAndTheSchemaIsChosenByShape() {
    let (status, output, errors) = run(["validate", expectedPlan])
    XCTAssertEqual(status, 0, errors)
    XCTAssertEqual(output, "1 file valid\n")
  }

  func testAnInvalidFileExitsOneWithLocatedMessages() {
    let (status, output, _) = run(["validate", brokenPlan])
    XCTAssertEqual(status, 1)
    XCTAssertTrue(
      output.contains(
        brokenPlan
          + ":866:18: error: /indicators/0/target/value: percentage 120 is outside 0–100 (percent)"),
      output)
    XCTAssertTrue(output.hasSuffix("1 of 1 file invalid\n"))
  }

  func testUnreadableFilesExitTwoAndTheOthersAreStillValidated() throws {
    let empty = try write("empty.json", [])
    let binary = try write("binary.json", [0x7B, 0x00, 0x7D])
    let (status, output, _) = run([
      "validate", empty, temporary.path, binary, expectedPlan, brokenPlan,
      temporary.appendingPathComponent("missing.json").path,
    ])
    XCTAssertEqual(status, 2)
    XCTAssertTrue(output.contains(empty + ":1:1: error: empty file: expected a JSON value"), output)
    XCTAssertTrue(output.contains(temporary.path + ":1:1: error: is a directory"), output)
    XCTAssertTrue(
      output.contains(binary + ":1:2: error: binary file (NUL byte at offset 1)"), output)
    XCTAssertTrue(output.contains("missing.json:1:1: error: no such file"), output)
    XCTAssertTrue(output.contains(brokenPlan + ":118:17: error: /assignments/0/agency"), output)
    XCTAssertTrue(output.hasSuffix("5 of 6 files invalid\n"), output)
  }

  func testSpansAreCheckedAgainstTheSource() throws {
    let source = try write("short.txt", Array("one line\n".utf8))
    let (status, output, _) = run(["validate", expectedPlan, "--source", source])
    XCTAssertEqual(status, 1)
    XCTAssertTrue(output.contains("is outside the source (2 lines) (span)"), output)
  }

  func testGithubAnnotations() {
    let (status, output, _) = run(["validate", brokenPlan, "--format", "github"])
    XCTAssertEqual(status, 1)
    let lines = output.split(separator: "\n")
    XCTAssertEqual(lines.count, 10)
    XCTAssertTrue(
      lines.contains(
        "::error file=\(brokenPlan),line=118,col=17,title=kehoach validate%3A reference::/assignments/0/agency: agency \"so-khong-ton-tai\" does not exist (reference)"
      ), output)
  }

  func testJUnitHasOneTestcasePerFileAndParses() throws {
    let (status, output, _) = run(["validate", expectedPlan, brokenPlan, "--format", "junit"])
    XCTAssertEqual(status, 1)
    let document = try XMLDocument(data: Data(output.utf8))
    let cases = try document.nodes(forXPath: "//testcase")
    XCTAssertEqual(cases.count, 2)
    XCTAssertEqual(try document.nodes(forXPath: "//testcase/failure").count, 1)
    XCTAssertTrue(output.contains("tests=\"2\" failures=\"1\" errors=\"0\""), output)
  }

  func testSarifIsVersion210WithLocatedResults() throws {
    let (status, output, _) = run(["validate", brokenPlan, "--format", "sarif"])
    XCTAssertEqual(status, 1)
    let sarif = try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    XCTAssertEqual(sarif["version"] as? String, "2.1.0")
    let runs = try XCTUnwrap(sarif["runs"] as? [[String: Any]])
    let results = try XCTUnwrap(runs.first?["results"] as? [[String: Any]])
    XCTAssertEqual(results.count, 10)
    let region =
      ((results.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"]
      as? [String: Any])?["region"] as? [String: Int]
    XCTAssertEqual(region?["startLine"], 8)
    XCTAssertEqual(region?["startColumn"], 16)
  }

  func testJSONReportIsDeterministic() throws {
    let first = run(["validate", brokenPlan, "--format", "json"])
    XCTAssertEqual(first.0, 1)
    XCTAssertEqual(run(["validate", brokenPlan, "--format", "json"]).1, first.1)
    let report = try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(first.1.utf8)) as? [String: Any])
    XCTAssertEqual((report["summary"] as? [String: Int])?["invalid"], 1)
  }

  func testStandardInputAndSchemaByName() {
    let (status, output, _) = run(
      ["validate", "-", "--schema", "results", "--stdin-name", "r.json"],
      input: Array(#"{"results": [{"text": "x", "value": -1, "unit": "kg"}]}"#.utf8))
    XCTAssertEqual(status, 1)
    XCTAssertEqual(
      output,
      """
      r.json:1:49: error: /results/0/unit: "kg" is not one of "percent", "count", "ratio", "area_per_person", null (enum)
      1 of 1 file invalid

      """)
  }

  func testUsageErrorsExitTwo() {
    XCTAssertEqual(run(["validate"]).0, 2)
    XCTAssertEqual(run(["validate", expectedPlan, "--format", "yaml"]).0, 2)
    let (status, _, errors) = run(["validate", expectedPlan, "--schema", "/no/such/schema.json"])
    XCTAssertEqual(status, 2)
    XCTAssertTrue(errors.contains("cannot read the schema file"), errors)
  }

  func testConformanceCommandPrintsPerFileAndTotal() throws {
    guard let suite = TestPaths.jsonSchemaTestSuite else {
      throw XCTSkip("../shared/json-schema-test-suite is absent; conformance command not run")
    }
    let (status, output, _) = run(["validate", "--conformance", suite])
    XCTAssertEqual(status, 0)
    XCTAssertTrue(output.contains("PASS  unevaluatedProperties.json"), output)
    XCTAssertTrue(output.contains("targeted files: 1086/1086"), output)
  }
}
