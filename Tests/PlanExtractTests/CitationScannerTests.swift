import PlanTestSupport
import XCTest

@testable import PlanExtract

/// The citation scan must find exactly what the citation pattern finds with `matches(of:)`.
final class CitationScannerTests: XCTestCase {
  private func assertAgreesWithPattern(
    _ text: String, file: StaticString = #filePath, line: UInt = #line
  ) {
    let scanned = CitationScanner.matches(in: text, from: text.startIndex).map {
      [String(text[$0.range]), String($0.name), String($0.number)]
    }
    let expected = text.matches(of: CitationPattern.regex).map {
      [String(text[$0.range]), String($0.output.1), String($0.output.2)]
    }
    XCTAssertEqual(scanned, expected, text, file: file, line: line)
  }

  func testFindsCitationsAsThePatternDoes() {
    for text in [
      "Căn cứ Quyết định số 1393/QĐ-LĐTBXH ngày 30/12/2022 của Bộ trưởng",
      "Thực hiện Kế hoạch số 36/KH-UBND và Công văn số 12 KH-UBND, Nghị quyết số 5/NQ",
      "Thông tư liên tịch số 148/2014/TTLT-BTC-BLĐTBXH; Chỉ thị s 07/CT-TTg",
      "Quyết định số 1234QĐ-UBND, Nghị định số 116/2021/NĐ-CP của Chính phủ",
      "Quyết định số 12/QĐ-UB-- hết", "Quyết định số 1/// x", "Quyết định số 1", "số 12/A",
      "Văn bản s\u{A0}\u{A0}45/BC KH-UBND TP-HCM X", "A số 1a", "a số 12/QĐ",
      String(repeating: "Quyết định ", count: 8) + "số 12/QĐ",
      "Quyết định số 12/QĐ ABC-DEF-G H-I", "Đề án số 7–KH", "Kế hoạch số 36/KH-UBND\u{301} x",
      "Kế hoạch\r\nsố 36/KH", "", "s 1", "Ab s 12",
    ] {
      assertAgreesWithPattern(text)
    }
  }

  func testAgreesWithThePatternOnEveryCorpusLine() throws {
    let lines = try CorpusLines.lines(in: ["documents", "ocr-pairs", "training"])
      .filter { $0.contains("s") }
    lines.forEach { assertAgreesWithPattern($0) }
    XCTAssertGreaterThan(lines.count, 1000)
  }

  /// Random texts over the alphabet the pattern cares about.
  func testAgreesWithThePatternOnRandomTexts() {
    let alphabet: [String] = [
      "Q", "u", "y", "ế", "t", " ", " ", "s", "s", "ố", "1", "2", "/", "-", "Đ", "đ", "K", "H",
      "a", "\u{A0}", "\t", ",", "(", "Ư",
    ]
    var generator = SeededGenerator(seed: 20_261_205)
    for text in generator.texts(from: alphabet, count: 10_000, maxLength: 40) {
      assertAgreesWithPattern(text)
    }
  }
}
