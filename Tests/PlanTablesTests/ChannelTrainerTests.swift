import PlanNormalize
import XCTest

@testable import PlanTables

final class ChannelTrainerTests: XCTestCase {
  func testTokenAlignmentPairsWordsAndSkipsJunk() {
    let pairs = ChannelTrainer.alignTokens(
      ["cai", "nghiện", "ma", "túy"], ["cai", "nghién", "ma", "tay", "oe", ";"])
    XCTAssertEqual(pairs.map(\.0), ["cai", "nghiện", "ma", "túy"])
    XCTAssertEqual(pairs.map(\.1), ["cai", "nghién", "ma", "tay"])
  }

  func testOneToTwoConfusionsAreLearnedFromRepeatedPairs() {
    var pairs: [(gold: [Unicode.Scalar], ocr: [Unicode.Scalar])] = []
    for _ in 0..<6 {
      pairs.append((Array("thực".unicodeScalars), Array("thu'c".unicodeScalars)))
      pairs.append((Array("của".unicodeScalars), Array("ctia".unicodeScalars)))
      pairs.append((Array("người".unicodeScalars), Array("ngudi".unicodeScalars)))
    }
    let learned = ChannelTrainer().learn(pairs: pairs, curated: [])
    func count(_ gold: String, _ ocr: String) -> Double {
      learned.first {
        $0.gold == Array(gold.unicodeScalars) && $0.ocr == Array(ocr.unicodeScalars)
      }?.count ?? 0
    }
    XCTAssertEqual(count("ự", "u'"), 6, "\(learned.map { "\($0.gold)->\($0.ocr) \($0.count)" })")
    XCTAssertEqual(count("ủ", "ti"), 6)
    XCTAssertEqual(count("ờ", "d"), 6)
  }

  func testHeldOutSplitIsByContentAndAboutOneInTen() {
    XCTAssertEqual(HeldOutSplit.isHeldOut("Nơi nhận:"), HeldOutSplit.isHeldOut("Nơi nhận:"))
    let lines = (0..<2000).map { "dòng số \($0) của kế hoạch" }
    let held = lines.filter(HeldOutSplit.isHeldOut).count
    XCTAssertGreaterThan(held, 140)
    XCTAssertLessThan(held, 260)
    XCTAssertEqual(HeldOutSplit.typeset("  **KẾ HOẠCH**\t2024 "), "KẾ HOẠCH 2024")
  }
}
