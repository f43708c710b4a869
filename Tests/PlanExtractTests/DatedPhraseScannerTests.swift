import PlanTestSupport
import XCTest

@testable import PlanExtract

/// The dated-phrase scan must find exactly what its pattern finds with `matches(of:)`.
final class DatedPhraseScannerTests: XCTestCase {
  private func assertAgreesWithPattern(
    _ text: String, file: StaticString = #filePath, line: UInt = #line
  ) {
    let scanned = DatedPhraseScanner.matches(in: text).map {
      [$0.before, $0.day, $0.month, $0.year].map(String.init)
    }
    let expected = text.matches(of: DatedPhrasePattern.regex).map {
      [$0.output.1, $0.output.2, $0.output.3, $0.output.4].map(String.init)
    }
    XCTAssertEqual(scanned, expected, text, file: file, line: line)
  }

  func testFindsDatedPhrasesAsThePatternDoes() {
    for text in [
      "Hoàn thành trước ngày 31/12/2024.", "từ ngày 01/8/2024 đến ngày 5/9/2025",
      "x ngày ngày 1/2/2024", "ngày 1/2/2024", " ngày 123/4/2024 ngày 1/2/20245",
      String(repeating: "a", count: 50) + " ngày 1/1/2024", "a\u{A0}\tngày\u{A0}12/12/2024",
      "ngày 1/2/٢٠٢٤x ngày 3/4/2024", "Sở\u{301} ngày 1/2/2024", "a\r\nngày 1/2/2024",
      "ngàyngày 1/2/2024", "", "ngày", "a ngày 1/", "a ngày 12/1/202", "b ngày 1/12/2024/5",
      "X ngày ²/3/2024 ngày 5/6/2024", "X ngày ½/3/2024",
    ] {
      assertAgreesWithPattern(text)
    }
  }

  func testAgreesWithThePatternOnEveryCorpusLine() throws {
    let lines = try CorpusLines.lines(in: ["documents", "ocr-pairs", "training"])
      .filter { $0.contains("ngày") }
    lines.forEach { assertAgreesWithPattern($0) }
    XCTAssertGreaterThan(lines.count, 100)
  }

  func testAgreesWithThePatternOnRandomTexts() {
    let alphabet: [String] = [
      "ngày", "ngày", " ", " ", "1", "2", "0", "/", "/", "a", "Sở", "\t", "\u{A0}", "x/",
    ]
    var generator = SeededGenerator(seed: 5_122_026)
    for text in generator.texts(from: alphabet, count: 5_000, maxLength: 24) {
      assertAgreesWithPattern(text)
    }
  }
}
