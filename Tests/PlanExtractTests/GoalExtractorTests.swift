import PlanModel
import PlanTestSupport
import XCTest

@testable import PlanExtract

final class GoalExtractorTests: XCTestCase {
  /// The goals of every seed against the expected plans: lines, level and section equal.
  func testGoalsOfTheSeedsMatchTheExpectedPlans() throws {
    for name in try SeedFixtures.names() {
      var ids = ItemIDs()
      let actual = GoalExtractor.extract(try SeedFixtures.context(name), ids: &ids)
      let expected = try SeedFixtures.expected(name).goals
      func key(_ goal: Goal) -> String {
        "\(goal.id) @\(goal.span.line)-\(goal.span.endLine) \(goal.level.rawValue) \(goal.section ?? "-")"
      }
      XCTAssertEqual(actual.map(key), expected.map(key), name)
      for (a, e) in zip(actual, expected) where a.span.line == e.span.line {
        XCTAssertEqual(a.text, e.text, "\(name) \(e.id)")
      }
    }
  }
}
