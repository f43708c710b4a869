import Foundation
import PlanCheck
import PlanModel
import PlanTestSupport
import XCTest

/// `Corpus/results/`: results for seeds in JSON and CSV give the findings in
/// `NAME.expected.json` (checked against the plan in `Corpus/expected/`), and the two forms
/// of one report agree.
final class GoldenResultsTests: XCTestCase {
  private let results = TestPaths.corpus.appendingPathComponent("results")

  func testResultsGiveTheExpectedFindingsInBothForms() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: results.path)
      .filter { $0.hasSuffix(".expected.json") }.sorted()
    XCTAssertEqual(names.count, 2)
    for name in names {
      let seed = String(name.dropLast(".expected.json".count))
      let expected = try JSONDecoder().decode(
        CheckReport.self, from: Data(contentsOf: results.appendingPathComponent(name)))
      let plan = try JSONDecoder().decode(
        Plan.self,
        from: Data(contentsOf: TestPaths.corpus.appendingPathComponent("expected/\(seed).json")))
      let asOf = try XCTUnwrap(CalendarDate(iso: expected.asOf))
      for form in ["json", "csv"] {
        let file = results.appendingPathComponent("\(seed).results.\(form)")
        let document = try ResultsReader.read(Array(Data(contentsOf: file)))
        var report = ComplianceChecker(tolerance: expected.tolerance, asOf: asOf).check(
          plan: plan, results: document, planPath: expected.plan.path,
          resultsPath: expected.results.path)
        XCTAssertEqual(report.verdicts, expected.verdicts, "\(seed) \(form)")
        XCTAssertEqual(report.coverage, expected.coverage, "\(seed) \(form)")
        XCTAssertEqual(report.summary, expected.summary, "\(seed) \(form)")
        // Findings point at rows: the same rows, at their own line in each form.
        report.findings = report.findings.map { finding in
          var finding = finding
          if finding.file == "results" { (finding.line, finding.column) = (0, 0) }
          return finding
        }
        let expectedFindings = expected.findings.map { finding in
          var finding = finding
          if finding.file == "results" { (finding.line, finding.column) = (0, 0) }
          return finding
        }
        XCTAssertEqual(
          report.findings.map { "\($0.rule) \($0.message)" },
          expectedFindings.map { "\($0.rule) \($0.message)" }.map {
            form == "csv"
              ? $0.replacingOccurrences(of: "value -2 is negative", with: "'-2' is negative") : $0
          }, "\(seed) \(form)")
      }
    }
  }
}
