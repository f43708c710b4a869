import PlanCheck
import PlanModel
import XCTest

final class DeadlineCalendarTests: XCTestCase {
  private func deadline(_ recurrence: Recurrence?, dueDay: String? = nil) -> Deadline {
    Deadline(
      id: "d", kind: .recurring, date: nil, recurrence: recurrence, dueDay: dueDay, text: "",
      agency: nil, section: nil, span: Span(line: 1, column: 1, endLine: 1, endColumn: 1))
  }

  private func dates(_ deadline: Deadline, _ years: ClosedRange<Int> = 2024...2024) -> [String] {
    DeadlineCalendar.occurrences(of: deadline, years: years).map(\.iso)
  }

  func testQuarterlyReportsOf2024AreFourOccurrences() {
    XCTAssertEqual(
      dates(deadline(.quarterly)), ["2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31"])
  }

  func testDueDaysAnchorTheRecurrence() {
    // "định kỳ 06 tháng (trước ngày 05/6) và hàng năm (trước 05/12)"
    XCTAssertEqual(dates(deadline(.semiannual, dueDay: "05-06")), ["2024-06-05", "2024-12-05"])
    XCTAssertEqual(
      dates(deadline(.annual, dueDay: "05-12"), 2023...2025),
      ["2023-12-05", "2024-12-05", "2025-12-05"])
    XCTAssertEqual(
      dates(deadline(.monthly, dueDay: "31-01")).prefix(3),
      ["2024-01-31", "2024-02-29", "2024-03-31"])
  }

  func testMonthlyAndUnscheduled() {
    XCTAssertEqual(dates(deadline(.monthly)).count, 12)
    XCTAssertEqual(dates(deadline(nil)), [])
    var effective = deadline(nil)
    effective.kind = .effective
    effective.date = "2024-08-01"
    XCTAssertEqual(dates(effective), [])
  }
}
