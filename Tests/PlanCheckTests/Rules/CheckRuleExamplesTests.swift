import PlanCheck
import XCTest

/// Every example of every rule gives the number of findings it documents.
final class CheckRuleExamplesTests: XCTestCase {
  func testEveryRuleHasAnIdASummaryAndExamplesThatHold() throws {
    let ids = CheckRules.all.map(\.id)
    XCTAssertEqual(Set(ids).count, ids.count, "rule ids are unique")
    for rule in CheckRules.all {
      XCTAssertFalse(rule.summary.isEmpty, rule.id)
      XCTAssertFalse(rule.examples.isEmpty, rule.id)
      for example in rule.examples {
        let results = try ResultsReader.read(Array(example.resultsCSV.utf8))
        let asOf = try XCTUnwrap(CalendarDate(iso: example.asOf))
        let context = ComplianceChecker(asOf: asOf).context(plan: example.plan, results: results)
        let findings = rule.findings(in: context)
        XCTAssertEqual(
          findings.count, example.expectedFindings,
          "\(rule.id): \(example.description): \(findings.map(\.message))")
        XCTAssertTrue(findings.allSatisfy { $0.rule == rule.id && $0.severity == rule.severity })
      }
    }
  }
}
