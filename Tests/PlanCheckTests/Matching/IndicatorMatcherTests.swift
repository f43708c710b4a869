import PlanCheck
import PlanModel
import XCTest

final class IndicatorMatcherTests: XCTestCase {
  private func indicator(_ id: String, _ text: String) -> Indicator {
    Indicator(
      id: id, text: text, subject: nil, target: Target(comparator: .eq, value: 100, unit: .percent),
      deadline: nil, agencies: [], section: nil,
      span: Span(line: 1, column: 1, endLine: 1, endColumn: 1))
  }

  private lazy var matcher = IndicatorMatcher(indicators: [
    indicator("a", "100% người nghiện ma túy được điều trị Methadone"),
    indicator("b", "100% xã, phường, thị trấn có mô hình cai nghiện ma túy"),
    indicator("c", "100% xã, phường, thị trấn có mô hình phòng ngừa ma túy"),
  ])

  func testTextMatchesIgnoreCaseAndAccents() {
    XCTAssertEqual(
      matcher.match(text: "NGUOI NGHIEN DIEU TRI METHADONE"), .indicator("a", score: 1))
    if case .indicator(let id, _) = matcher.match(text: "Xã có mô hình cai nghiện") {
      XCTAssertEqual(id, "b")
    } else {
      XCTFail("expected b")
    }
  }

  func testCloseScoresAreAmbiguousAndStrangersUnmatched() {
    XCTAssertEqual(matcher.match(text: "xã, phường, thị trấn có mô hình"), .ambiguous(["b", "c"]))
    guard case .unmatched = matcher.match(text: "số cuộc họp giao ban") else {
      return XCTFail("expected unmatched")
    }
  }

  func testIdsMatchExactlyOrAreUnknown() {
    var result = ReportedResult(row: 1, line: 2, column: 1)
    result.indicator = "b"
    XCTAssertEqual(matcher.match(result), .indicator("b", score: 1))
    result.indicator = "z"
    XCTAssertEqual(matcher.match(result), .unknownID("z"))
  }
}
