import Foundation
import PlanTestSupport
import PlanText
import XCTest

final class FastSearchTests: XCTestCase {
  func testUTF8RangeFindsNeedlesInStringsAndSubstringsFromAStart() throws {
    let text = "Sở Y tế chủ trì, phối hợp Sở Tư pháp"
    let first = try XCTUnwrap(text.utf8Range(of: "Sở"))
    XCTAssertEqual(String(text[first]), "Sở")
    XCTAssertEqual(text.distance(from: text.startIndex, to: first.lowerBound), 0)
    let second = try XCTUnwrap(text.utf8Range(of: "Sở", from: first.upperBound))
    XCTAssertEqual(String(text[second.upperBound...]), " Tư pháp")
    let slice = text[second.lowerBound...]
    XCTAssertEqual(slice.utf8Range(of: "Sở")?.lowerBound, second.lowerBound)
    XCTAssertNil(text.utf8Range(of: "Bộ"))
    XCTAssertNil(text.utf8Range(of: ""))
    XCTAssertNil("ab".utf8Range(of: "abc"))
    XCTAssertTrue(slice.utf8Contains("pháp"))
    XCTAssertFalse(slice.utf8Contains("chủ trì"))
  }

  func testCaseInsensitiveSearchMapsBackToTheOriginalText() throws {
    let text = "ĐỀ NGHỊ Ủy ban Mặt trận"
    let range = try XCTUnwrap(text.utf8RangeIgnoringCase(of: "đề nghị"))
    XCTAssertEqual(String(text[range]), "ĐỀ NGHỊ")
    let lowered = text.lowercasedByTable()
    XCTAssertEqual(
      text.utf8RangeIgnoringCase(of: "mặt trận", lowered: lowered).map { String(text[$0]) },
      "Mặt trận")
  }

  /// Byte prefixes and suffixes agree with `hasPrefix`/`hasSuffix` on NFC text, including
  /// a prefix whose last letter a combining mark would go on (`a` before `a\u{301}`).
  func testBytePrefixesAndSuffixesAgreeWithCharacterOnes() throws {
    let needles = [
      "", "a", "á", "các ", "Sở", "sở ", "phòng", "Nơi nhận", "ủy ban", " của ", "tỉnh", "1.", "- ",
      "Nơi nh",
    ]
    var texts = [
      "", "a", "a\u{301}x", "á", "các sở", "Sở Y tế", "phòng, chống", "Nơi nhận:",
      "- \u{200D}Chủ trì", "Nơi nh\u{200D}ận:",
    ]
    texts += try CorpusLines.lines(in: ["documents"]).prefix(3000)
    var generator = SeededGenerator(seed: 20_261_205)
    texts += generator.texts(
      from: ["a", "á", "\u{301}", " ", "c", "s", "ở", "\u{200D}", "\u{200C}", "\u{1F3FB}"],
      count: 3000, maxLength: 6)
    // NFC texts only: on others `hasPrefix` also equates canonically equivalent spellings.
    let nfc = texts.filter { $0.utf8.elementsEqual($0.precomposedStringWithCanonicalMapping.utf8) }
    XCTAssertGreaterThan(nfc.count, 3000)
    for text in nfc {
      for needle in needles + [String(text.prefix(3)), String(text.suffix(3))] {
        XCTAssertEqual(text.utf8HasPrefix(needle), text.hasPrefix(needle), "\(text) | \(needle)")
        let substring = text.dropFirst(text.isEmpty ? 0 : 1)
        XCTAssertEqual(
          substring.utf8HasPrefix(needle), substring.hasPrefix(needle), "\(text) | \(needle)")
        guard needle.unicodeScalars.first.map({ !ScalarTable.extendsCharacter($0) }) ?? true else {
          continue
        }
        XCTAssertEqual(text.utf8HasSuffix(needle), text.hasSuffix(needle), "\(text) | \(needle)")
      }
    }
  }

  func testTrimmingScalarsAndBlanks() {
    XCTAssertEqual("**Sở Y tế:** ".trimmingScalars(in: " *:"), "Sở Y tế")
    XCTAssertEqual(" ;, ".trimmingScalars(in: " ;,"), "")
    XCTAssertEqual("\u{A0}\tPhòng Tư pháp \u{3000}".trimmingBlanks(), "Phòng Tư pháp")
  }
}

final class BlankAndWordCountTests: XCTestCase {
  func testIsBlankAgreesWithTrimming() {
    for text in ["", " ", "\t \u{A0}\u{3000}", " a ", "\u{2003}x", "\u{200B}"] {
      XCTAssertEqual(text.isBlank, text.trimmingBlanks().isEmpty, text.debugDescription)
    }
  }

  func testSpaceSeparatedWordCountAgreesWithSplitting() {
    for text in ["", "   ", "một", " Sở  Y tế ", "a\tb c", "Ủy ban nhân dân tỉnh Sơn La"] {
      XCTAssertEqual(
        text.spaceSeparatedWordCount, text.split(separator: " ").count, text.debugDescription)
    }
  }
}
