import PlanCheck
import PlanModel
import XCTest

final class VerdictEngineTests: XCTestCase {
  private let span = Span(line: 3, column: 1, endLine: 3, endColumn: 9)
  private let engine = VerdictEngine(
    tolerance: 0.1, asOf: CalendarDate(year: 2024, month: 6, day: 30)!,
    periodEnd: CalendarDate(year: 2024, month: 12, day: 31))

  private func indicator(_ target: Target, deadline: String? = nil) -> Indicator {
    Indicator(
      id: "i", text: "t", subject: nil, target: target, deadline: deadline, agencies: [],
      section: nil, span: span)
  }

  private func result(_ value: Double?, unit: String? = nil, row: Int = 1, on date: String? = nil)
    -> ReportedResult
  {
    var result = ReportedResult(row: row, line: row + 1, column: 1)
    result.indicator = "i"
    result.value = value
    result.unit = unit
    result.reportedOn = date
    return result
  }

  private func status(_ target: Target, _ results: [ReportedResult]) -> VerdictStatus {
    engine.verdict(indicator(target), results: results, ambiguousCandidate: false).status
  }

  func testComparators() {
    let percent = { (comparator: PlanModel.Comparator, value: Double) in
      Target(comparator: comparator, value: value, unit: .percent)
    }
    XCTAssertEqual(status(percent(.gt, 80), [result(80.5)]), .met)
    XCTAssertEqual(status(percent(.gt, 80), [result(80)]), .notMet)
    XCTAssertEqual(status(percent(.gte, 80), [result(80)]), .met)
    XCTAssertEqual(status(percent(.eq, 100), [result(99.9)]), .notMet)
    XCTAssertEqual(status(percent(.lt, 5), [result(4)]), .met)
    XCTAssertEqual(status(percent(.lte, 5), [result(5.1)]), .notMet)
    let about = Target(comparator: .approx, value: 450, unit: .count)
    XCTAssertEqual(status(about, [result(405)]), .met)
    XCTAssertEqual(status(about, [result(404)]), .notMet)
    let range = Target(comparator: .range, value: 70, upper: 100, unit: .count)
    XCTAssertEqual(status(range, [result(70)]), .met)
    XCTAssertEqual(status(range, [result(101)]), .notMet)
  }

  func testRatiosCompareAsPercentagesAndUnitsMustAgree() {
    let allDistricts = Target(comparator: .eq, value: 11, denominator: 11, unit: .ratio)
    var tenOfEleven = result(nil)
    tenOfEleven.numerator = 10
    tenOfEleven.denominator = 11
    XCTAssertEqual(status(allDistricts, [tenOfEleven]), .notMet)
    XCTAssertEqual(status(allDistricts, [result(100, unit: "percent")]), .met)
    XCTAssertEqual(status(allDistricts, [result(11, unit: "count")]), .met, "11 of the 11")
    XCTAssertEqual(status(allDistricts, [result(11)]), .met)
    XCTAssertEqual(status(allDistricts, [result(11, unit: "area_per_person")]), .unitMismatch)
    XCTAssertEqual(status(Target(comparator: .gt, value: 80, unit: .percent), [result(90)]), .met)
  }

  func testChangeTargetsAreNotApplicableAndTheLatestResultCounts() {
    XCTAssertEqual(
      status(Target(comparator: .gt, value: 3, unit: .percent, change: .increase), [result(4)]),
      .notApplicable)
    let target = Target(comparator: .gte, value: 80, unit: .percent)
    let verdict = engine.verdict(
      indicator(target),
      results: [result(90, row: 1, on: "2024-06-01"), result(70, row: 2, on: "2024-03-01")],
      ambiguousCandidate: false)
    XCTAssertEqual(verdict.status, .met, "the June report is the latest")
    XCTAssertEqual(verdict.rows, [1, 2])
  }

  func testAPassedDeadlineIsSaid() {
    let target = Target(comparator: .gte, value: 1, unit: .count)
    let verdict = engine.verdict(
      indicator(target, deadline: "2024-03-31"), results: [], ambiguousCandidate: false)
    XCTAssertEqual(verdict.status, .notReported)
    XCTAssertTrue(verdict.deadlinePassed)
    XCTAssertEqual(verdict.reason, "no result reported; the deadline passed on 2024-03-31")
    let open = engine.verdict(indicator(target), results: [], ambiguousCandidate: false)
    XCTAssertFalse(open.deadlinePassed, "the plan period runs to the end of 2024")
  }
}
