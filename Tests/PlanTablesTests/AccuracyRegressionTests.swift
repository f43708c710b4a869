import PlanNormalize
import PlanTestSupport
import XCTest

@testable import PlanTables

/// The syllable error rate `kehoach-tables accuracy` reports, guarded against regressions.
///
/// Bounds sit a little above the figures measured on 2026-12-05 (held-out 2.67%, real scans
/// 2.88%), so a change that makes repairs worse fails here.
final class AccuracyRegressionTests: XCTestCase {
  private func harness() throws -> AccuracyHarness {
    AccuracyHarness(normalizer: Normalizer(tables: try SharedFixtures.tables()))
  }

  func testHeldOutOCRPairsAreRepairedToAtMostThreePercent() throws {
    let harness = try harness()
    var total = AccuracyHarness.Tally()
    for file in try OCRPairFile.load(corpus: TestPaths.corpus) {
      total.add(harness.measure(file).heldOut)
    }
    XCTAssertGreaterThan(total.goldTokens, 5000)
    XCTAssertGreaterThan(total.rawRate, 0.7, "the pairs should be heavily damaged")
    XCTAssertLessThanOrEqual(total.repairedRate, 0.030, "held-out SER \(total.repairedRate)")
  }

  func testRealScansAreRepairedToAtMostThreePointOnePercent() throws {
    let harness = try harness()
    var total = AccuracyHarness.Tally()
    for file in try OCRPairFile.loadScans(corpus: TestPaths.corpus) {
      total.add(harness.measure(file, everyLineHeldOut: true).heldOut)
    }
    XCTAssertGreaterThan(total.goldTokens, 5000)
    XCTAssertLessThanOrEqual(total.repairedRate, 0.031, "real-scan SER \(total.repairedRate)")
  }
}
