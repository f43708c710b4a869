import Foundation
import PlanCheck
import PlanTestSupport
import XCTest

@testable import PlanCLI

/// `kehoach check` in-process.
final class CheckCommandTests: XCTestCase {
  private func run(_ arguments: [String], input: [UInt8] = []) -> (Int32, String, String) {
    let console = Console.capturing(input: input)
    let status = CheckCommand.run(
      arguments, console: console, today: CalendarDate(year: 2024, month: 12, day: 31))
    return (status, console.outputText, console.errorText)
  }

  private var temporary: URL!

  override func setUpWithError() throws {
    temporary = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kehoach-check-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: temporary)
  }

  private func write(_ name: String, _ text: String) throws -> String {
    let url = temporary.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  private let plan002 = TestPaths.corpus.appendingPathComponent(
    "expected/002_dc19ec08a48449ad.json"
  ).path
  private let results002 = TestPaths.corpus.appendingPathComponent(
    "results/002_dc19ec08a48449ad.results.csv"
  ).path

  func testTextReportHasTheTableCoverageAndFindings() {
    let (status, output, _) = run([plan002, results002, "--as-of", "2024-01-15"])
    XCTAssertEqual(status, 1)
    XCTAssertTrue(output.contains("as of 2024-01-15"), output)
    XCTAssertTrue(
      output.contains("ind-L51-1   11/11        10/11 = 90.91 %  not_met          51"), output)
    XCTAssertTrue(output.contains("indicators: 5/10 reported, 2 met"), output)
    XCTAssertTrue(output.contains("deadlines: 6 done, 0 due, 1 overdue, 14 upcoming"), output)
    XCTAssertTrue(output.hasSuffix("not compliant\n"))
  }

  func testAsOfDefaultsToTodayAndIsEchoed() {
    let (_, output, _) = run([plan002, results002, "--format", "json"])
    XCTAssertTrue(output.contains("\"asOf\" : \"2024-12-31\""), output)
  }

  func testAPlanTextIsParsedOnTheFly() throws {
    let plan = TestPaths.documents.appendingPathComponent("000_7eb6cb2be2d3f47a.txt").path
    let results = TestPaths.corpus.appendingPathComponent(
      "results/000_7eb6cb2be2d3f47a.results.json"
    ).path
    let (status, output, errors) = run([plan, results, "--as-of", "2024-12-31"])
    XCTAssertEqual(status, 1, errors)
    XCTAssertTrue(output.contains("ind-L204-2  ≈ 450 học viên   420       met"), output)
  }

  func testAllMetAndNothingOverdueExitsZero() throws {
    let plan = try write(
      "plan.json",
      String(decoding: try Data(contentsOf: URL(fileURLWithPath: plan002)), as: UTF8.self))
    var rows = "indicator,value,unit\n"
    for (id, value) in [
      ("ind-L47-1", "85%"), ("ind-L49-1", "100%"), ("ind-L51-1", "11/11"), ("ind-L51-2", "2"),
      ("ind-L53-1", "100%"), ("ind-L55-1", "100%"), ("ind-L61-1", "100%"), ("ind-L63-1", "100%"),
      ("ind-L65-1", "100%"), ("ind-L327-1", "1"),
    ] {
      rows += "\(id),\(value),\n"
    }
    let results = try write("all.csv", rows)
    // Before any reporting duty falls due.
    let (status, output, _) = run([plan, results, "--as-of", "2023-01-02"])
    XCTAssertEqual(status, 0, output)
    XCTAssertTrue(output.hasSuffix("\ncompliant\n"), output)
  }

  func testResultsForAnotherPlanAreRefusedUnlessForced() throws {
    let results = try write(
      "other.json", #"{"plan": "99/KH-UBND", "results": [{"indicator": "ind-L47-1", "value": 90}]}"#
    )
    let (status, _, errors) = run([plan002, results])
    XCTAssertEqual(status, 2)
    XCTAssertTrue(errors.contains("the results are for plan 99/KH-UBND, but"), errors)
    XCTAssertEqual(run([plan002, results, "--force"]).0, 1)
    let same = try write(
      "same.json",
      #"{"plan": "137 /KH-UBND", "results": [{"indicator": "ind-L47-1", "value": 90}]}"#)
    XCTAssertEqual(run([plan002, same]).0, 1, "spacing in the number does not matter")
  }

  func testHTMLIsSelfContainedAndEscapesDocumentText() throws {
    let results = try write(
      "x.csv", "text,value\n\"<script>alert(1)</script> & \"\"x\"\"\",5\nind,1\n")
    let (status, html, _) = run([plan002, results, "--format", "html", "--as-of", "2024-01-15"])
    XCTAssertEqual(status, 1)
    XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
    XCTAssertFalse(html.contains("<script>"))
    XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"))
    XCTAssertTrue(html.contains("<svg"))
    XCTAssertFalse(html.contains("http://") && html.contains("src="), "no external resources")
  }

  func testEscapingIsPerScalarAndHostileNumbersAreRefused() throws {
    let results = try write("p.csv", "text,value\n\"\u{600}<img src=x onerror=alert(1)>\",5\n")
    let (_, html, _) = run([plan002, results, "--format", "html", "--as-of", "2024-01-15"])
    XCTAssertFalse(html.contains("<img"), "no live tag after a prepended character")
    XCTAssertEqual(run([plan002, results002, "--tolerance", "1e19"]).0, 2)
    let plan = try write(
      "p.json",
      #"{"schemaVersion": 1, "document": {"period": {"from": -1, "to": 9223372036854775807}},"#
        + #""references": [], "sections": [], "goals": [], "indicators": [], "agencies": [],"#
        + #""assignments": [], "deadlines": [], "warnings": []}"#)
    XCTAssertEqual(
      run([plan, results002]).0, 1, "a period that overflows is no crash; the ids are unknown")
    let empty = try write("empty.txt", "")
    let (status, _, errors) = run([empty, results002])
    XCTAssertEqual(status, 2)
    XCTAssertTrue(errors.contains("not a plan"), errors)
  }

  func testTheFindingCitesTheRowTheVerdictRestsOn() throws {
    let results = try write(
      "r.csv", "indicator,value,reportedOn\nind-L49-1,90%,2023-12-20\nind-L49-1,50%,2023-06-20\n")
    let (_, output, _) = run([plan002, results, "--format", "json", "--as-of", "2024-01-15"])
    let report = try JSONDecoder().decode(CheckReport.self, from: Data(output.utf8))
    let finding = try XCTUnwrap(report.findings.first { $0.rule == "indicator-not-met" })
    XCTAssertEqual(finding.row, 1)
  }

  func testMarkdownHasTables() {
    let (_, markdown, _) = run([
      plan002, results002, "--format", "markdown", "--as-of", "2024-01-15",
    ])
    XCTAssertTrue(markdown.contains("| indicator | target | reported | verdict | line | text |"))
    XCTAssertTrue(markdown.contains("| ind-L49-1 | 100 % | 96 % | not_met | 49 |"), markdown)
  }

  func testBadInputExitsTwo() throws {
    XCTAssertEqual(run([plan002]).0, 2)
    XCTAssertEqual(run([plan002, results002, "--as-of", "2024-02-30"]).0, 2)
    XCTAssertEqual(run([plan002, results002, "--tolerance", "-1"]).0, 2)
    let empty = try write("empty.csv", "")
    let (status, _, errors) = run([plan002, empty])
    XCTAssertEqual(status, 2)
    XCTAssertTrue(errors.contains("empty.csv:1:1: error: empty results file"), errors)
    let broken = try write("broken.json", #"{"results": [1,]}"#)
    let (brokenStatus, _, brokenErrors) = run([plan002, broken])
    XCTAssertEqual(brokenStatus, 2)
    XCTAssertTrue(brokenErrors.contains("broken.json:1:16: error: unexpected ']'"), brokenErrors)
    let notAPlan = try write("plan.json", #"{"indicators": 3}"#)
    XCTAssertEqual(run([notAPlan, results002]).0, 2)
  }

  func testJSONReportValidatesAgainstTheFindingsSchema() {
    let (_, output, _) = run([plan002, results002, "--format", "json", "--as-of", "2024-01-15"])
    let console = Console.capturing(input: Array(output.utf8))
    XCTAssertEqual(
      CommandLineTool.run(["validate", "-", "--schema", "findings"], console: console), 0,
      console.outputText)
  }
}
