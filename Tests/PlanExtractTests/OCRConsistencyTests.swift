import Foundation
import PlanExtract
import PlanModel
import PlanNormalize
import PlanTestSupport
import XCTest

/// The OCR-damaged versions of the clean seeds (`Corpus/ocr-pairs`, line-aligned with the
/// documents) against the clean text: the share of its indicators, agencies and deadlines
/// that the damaged text still yields, and how many it invents.
///
/// The bounds are today's figures less a margin, so that a regression fails: on 2026-12-05
/// indicators 136/138 (3 extra), agencies 314/324 (6 extra), deadlines 84/84 (1 extra).
/// Most of the pairs' lines were used to train the repair tables; the figures measure the
/// parser on repaired text, not the repair on unseen text (that is `AccuracyRegressionTests`).
final class OCRConsistencyTests: XCTestCase {
  private struct Tally {
    var expected = 0
    var found = 0
    var extra = 0

    mutating func add(clean: Set<String>, damaged: Set<String>) {
      expected += clean.count
      found += clean.intersection(damaged).count
      extra += damaged.subtracting(clean).count
    }

    var recall: Double { expected == 0 ? 1 : Double(found) / Double(expected) }
    var summary: String {
      String(format: "%d/%d (%.1f%%), %d extra", found, expected, recall * 100, extra)
    }
  }

  private static func keys(_ plan: Plan) -> (Set<String>, Set<String>, Set<String>) {
    (
      Set(plan.indicators.map { "\($0.span.line)|\($0.target.value)" }),
      Set(plan.agencies.map(\.id)),
      Set(plan.deadlines.map { "\($0.span.line)|\($0.date ?? $0.dueDay ?? $0.kind.rawValue)" })
    )
  }

  func testDamagedCopiesOfTheCleanSeedsYieldTheSameItems() throws {
    let normalizer = Normalizer(tables: try SharedFixtures.tables())
    let pairs = TestPaths.corpus.appendingPathComponent("ocr-pairs")
    let names = try FileManager.default.contentsOfDirectory(atPath: pairs.path)
      .filter { $0.hasSuffix(".ocr.txt") }.sorted()
    XCTAssertFalse(names.isEmpty, "no OCR pairs in \(pairs.path)")
    var indicators = Tally()
    var agencies = Tally()
    var deadlines = Tally()
    var cleanPlans: [String: Plan] = [:]
    for name in names {
      let seed = String(name.prefix(3))
      let clean =
        try cleanPlans[seed]
        ?? PlanExtractor.extract(
          normalizer.normalize(text: TestPaths.document(seed)), path: seed)
      cleanPlans[seed] = clean
      let damagedText = try String(
        contentsOf: pairs.appendingPathComponent(name), encoding: .utf8)
      let damaged = PlanExtractor.extract(normalizer.normalize(text: damagedText), path: name)
      let (cleanIndicators, cleanAgencies, cleanDeadlines) = Self.keys(clean)
      let (damagedIndicators, damagedAgencies, damagedDeadlines) = Self.keys(damaged)
      indicators.add(clean: cleanIndicators, damaged: damagedIndicators)
      agencies.add(clean: cleanAgencies, damaged: damagedAgencies)
      deadlines.add(clean: cleanDeadlines, damaged: damagedDeadlines)
    }
    print("OCR pairs, items found again: indicators \(indicators.summary);")
    print("  agencies \(agencies.summary); deadlines \(deadlines.summary)")
    // The clean parse itself must find items, or every recall would be 1.
    XCTAssertGreaterThanOrEqual(indicators.expected, 100, indicators.summary)
    XCTAssertGreaterThanOrEqual(agencies.expected, 300, agencies.summary)
    XCTAssertGreaterThanOrEqual(deadlines.expected, 80, deadlines.summary)
    XCTAssertGreaterThanOrEqual(indicators.recall, 0.96, indicators.summary)
    XCTAssertGreaterThanOrEqual(deadlines.recall, 0.97, deadlines.summary)
    XCTAssertGreaterThanOrEqual(agencies.recall, 0.96, agencies.summary)
    XCTAssertLessThanOrEqual(indicators.extra, 5, indicators.summary)
    XCTAssertLessThanOrEqual(agencies.extra, 8, agencies.summary)
    XCTAssertLessThanOrEqual(deadlines.extra, 4, deadlines.summary)
  }
}
