import PlanTestSupport
import XCTest

@testable import PlanNormalize

final class SyllableRulesTests: XCTestCase {
  private func rules() throws -> SyllableRules {
    try SharedFixtures.tables().rules
  }

  private func isValid(_ word: String, _ rules: SyllableRules) -> Bool {
    guard let shape = SyllableRules.shape(of: word.unicodeScalars) else { return false }
    return rules.isValid(shape)
  }

  func testCommonSyllablesAreValid() throws {
    let rules = try rules()
    for word in [
      "của", "người", "nghiện", "túy", "quốc", "quý", "giếng", "già", "gì", "gìn", "yêu",
      "khuya", "khuỷu", "hoàn", "thuyết", "oanh", "ngoằn", "kế", "ghi", "nghĩ", "ủy", "uống",
      "xã", "hội", "đồng", "chủ", "nghĩa", "trình", "triển", "khai", "ương", "hướng", "quyền",
      "giữa", "gia", "hòa", "hoà", "thủy", "thuỷ", "a", "ở", "ạ", "yên", "ưu", "rượu",
    ] {
      XCTAssertTrue(isValid(word, rules), "'\(word)' should be a valid syllable")
    }
  }

  func testBrokenSyllablesAreInvalid() throws {
    let rules = try rules()
    for word in [
      "tac", "ctia", "thuc", "cia", "tàc", "tảp", "ce", "ki" + "a" + "n", "ngha", "ghu",
      "iêu", "nyên", "nghién" + "g", "ttiy", "bb", "đđ", "cảch",
    ] {
      XCTAssertFalse(isValid(word, rules), "'\(word)' should not be a valid syllable")
    }
  }

  func testCheckedRhymesTakeOnlyAcuteAndDotTones() throws {
    let rules = try rules()
    XCTAssertTrue(isValid("tác", rules))
    XCTAssertTrue(isValid("tạc", rules))
    XCTAssertTrue(isValid("sách", rules))
    for word in ["tac", "tàc", "tảc", "tãc", "sach", "sàch"] {
      XCTAssertFalse(isValid(word, rules), word)
    }
  }

  func testToneMarkPlacementFollowsTheStyle() throws {
    let rules = try rules()
    let cases: [(String, String, String)] = [
      // toneless+tone given as the old-style spelling, expected old, expected new
      ("hòa", "hòa", "hoà"), ("thủy", "thủy", "thuỷ"), ("khỏe", "khỏe", "khoẻ"),
      ("của", "của", "của"), ("người", "người", "người"), ("quý", "quý", "quý"),
      ("già", "già", "già"), ("hoàn", "hoàn", "hoàn"), ("khuỷu", "khuỷu", "khuỷu"),
      ("giếng", "giếng", "giếng"), ("hoài", "hoài", "hoài"), ("túy", "túy", "tuý"),
    ]
    for (word, old, new) in cases {
      let shape = try XCTUnwrap(SyllableRules.shape(of: word.unicodeScalars), word)
      XCTAssertEqual(rules.render(shape, style: .old), old, word)
      XCTAssertEqual(rules.render(shape, style: .new), new, word)
    }
  }

  func testInventoryIsSortedUniqueAndValid() throws {
    let rules = try rules()
    let inventory = rules.inventory(style: .old)
    XCTAssertGreaterThan(inventory.count, 10_000)
    XCTAssertEqual(inventory, Array(Set(inventory)).sorted())
    for word in inventory.prefix(2000) { XCTAssertTrue(isValid(word, rules), word) }
  }

  func testCleanCorpusWordsAreValidSyllables() throws {
    let rules = try rules()
    var words = 0
    var invalid: [String: Int] = [:]
    for prefix in ["001", "002", "003"] {
      let text = try TestPaths.document(prefix)
      for line in text.components(separatedBy: "\n") {
        let scalars = Array(line.unicodeScalars)
        for token in LineTokenizer.tokenize(scalars) where token.kind == .word {
          let slice = scalars[token.start..<token.end]
          guard slice.allSatisfy({ VietnameseLetters.info($0) != nil }) else { continue }
          let upper = slice.filter { VietnameseLetters.info($0)?.isUppercase == true }.count
          if upper >= 2 && upper < slice.count { continue }  // abbreviation such as TTr
          let lower = String(
            String.UnicodeScalarView(slice.compactMap { VietnameseLetters.info($0)?.lowercase }))
          words += 1
          if !isValid(lower, rules) { invalid[lower, default: 0] += 1 }
        }
      }
    }
    let invalidCount = invalid.values.reduce(0, +)
    // Abbreviations in capitals (UBND) and foreign words (Methadone) are the only misses.
    XCTAssertLessThan(
      Double(invalidCount) / Double(words), 0.01,
      "invalid: \(invalid.sorted { $0.value > $1.value }.prefix(30))")
  }
}
