import PlanModel
import PlanTestSupport
import PlanText
import XCTest

@testable import PlanExtract

final class ReferenceExtractorTests: XCTestCase {
  /// Every citation of every seed against the expected plans, numbered, named laws and
  /// unnumbered ones: each expected one is found with its id, line, end line, kind, number,
  /// date and issuer, and nothing else is.
  func testCitationsMatchTheExpectedPlans() throws {
    for name in try SeedFixtures.names() {
      var ids = ItemIDs()
      let context = try SeedFixtures.context(name)
      let actual = ReferenceExtractor.extract(
        context, header: HeaderExtractor.extract(context), ids: &ids)
      let expected = try SeedFixtures.expected(name).references
      func key(_ reference: Reference) -> String {
        "\(reference.id) L\(reference.span.line)-\(reference.span.endLine) \(reference.kind)"
          + " \(reference.number ?? "-") \(reference.date ?? "-")"
          + (reference.number == nil ? " \(reference.issuer ?? "-")" : "")
      }
      let actualKeys = actual.map(key)
      let expectedKeys = expected.map(key)
      XCTAssertEqual(
        actualKeys, expectedKeys,
        "\(name): missing \(expectedKeys.filter { !actualKeys.contains($0) }), extra \(actualKeys.filter { !expectedKeys.contains($0) })"
      )
    }
  }

  /// Found by review of the speed rewrite: a kind split over two lines, and a number sign
  /// whose white space is not a plain space, before a later citation on the same line.
  func testCitationsSplitOverLinesOrAfterUnusualWhiteSpaceAreFound() {
    func citations(_ lines: [String]) -> [String] {
      let context = ExtractionContext(lines: lines, sections: [], columns: ColumnMap(edits: []))
      var ids = ItemIDs()
      return ReferenceExtractor.extract(context, ids: &ids).map {
        "\($0.kind)|\($0.number ?? "-")"
      }
    }
    XCTAssertEqual(
      citations([
        "Căn cứ sự chỉ đạo tại Thông", "tư liên tịch số 01/2015/TTLT-BCA-BYT ngày 12/3/2015",
      ]), ["Thông tư liên tịch|01/2015/TTLT-BCA-BYT"])
    XCTAssertEqual(
      citations(["Căn cứ Chương", "trình hành động số 12/CTr-UBND"]),
      ["Chương trình|12/CTr-UBND"])
    let filler = String(repeating: "các nội dung ", count: 9)
    for space in ["\u{0B}", "\u{2003}", "\u{A0}"] {
      XCTAssertEqual(
        citations(["Quyết định số\(space)1/QĐ-UB, \(filler)Kế hoạch số 2/KH-UB"]),
        ["Quyết định|1/QĐ-UB", "Kế hoạch|2/KH-UB"], space.debugDescription)
    }
  }

  /// The date patterns match characters: a stray mark or a joiner after the space (a
  /// character with the space), or a decomposed `ngày`, still starts a date, as it did before
  /// the `ngày` prefilter.
  func testADateAfterAMarkedSpaceOrWithDecomposedNgayIsRead() {
    for text in [
      " \u{301}ngày 30/12/2022 của X", " \u{200D}ngày 30/12/2022", " nga\u{300}y 30/12/2022",
      "\u{2003}ngày 30 tháng 12 năm 2022",
    ] {
      XCTAssertEqual(VietnameseDateText.leading(text).0, "2022-12-30", text.debugDescription)
    }
    for text in [" ngay 30/12/2022", "ngày 30/12/2022", " của ngày 30/12/2022", ""] {
      XCTAssertNil(VietnameseDateText.leading(text).0, text.debugDescription)
    }
  }

  func testACitationGivesKindNumberDateAndIssuer() throws {
    let lines = [
      "Thực hiện Quyết định số 1736/QĐ-UBND ngày 08/9/2023 của UBND tỉnh Sơn La ban hành Đề án"
    ]
    let context = ExtractionContext(lines: lines, sections: [], columns: ColumnMap(edits: []))
    var ids = ItemIDs()
    let references = ReferenceExtractor.extract(context, ids: &ids)
    XCTAssertEqual(references.count, 1)
    XCTAssertEqual(references.first?.id, "ref-L1-1")
    XCTAssertEqual(references.first?.kind, "Quyết định")
    XCTAssertEqual(references.first?.number, "1736/QĐ-UBND")
    XCTAssertEqual(references.first?.date, "2023-09-08")
    XCTAssertEqual(references.first?.issuer, "UBND tỉnh Sơn La")
    XCTAssertEqual(
      references.first?.text, "Quyết định số 1736/QĐ-UBND ngày 08/9/2023 của UBND tỉnh Sơn La")
    XCTAssertEqual(references.first?.span.column, 11)
  }
  func testOnlyTextWithADigitBeforeASlashOrDashMayHoldANumber() {
    XCTAssertTrue(ReferenceExtractor.mayHoldDocumentNumber("Chỉ thị số 36-CT/TW"))
    XCTAssertTrue(ReferenceExtractor.mayHoldDocumentNumber("Quyết định số 1234QĐ-UBND"))
    XCTAssertTrue(ReferenceExtractor.mayHoldDocumentNumber("Kế hoạch số 12 KH-UBND"))
    XCTAssertTrue(ReferenceExtractor.mayHoldDocumentNumber("số 1736/QĐ-UBND"))
    XCTAssertFalse(ReferenceExtractor.mayHoldDocumentNumber("- Sở Y tế chủ trì, phối hợp"))
    XCTAssertFalse(ReferenceExtractor.mayHoldDocumentNumber("KH-UBND số"))
    XCTAssertFalse(ReferenceExtractor.mayHoldDocumentNumber(""))
  }
}

final class LineSignsTests: XCTestCase {
  /// The one-pass byte check equals the searches it replaced.
  func testLineSignsAgreeWithSubstringSearches() {
    for text in [
      "", "s", " s", "số", "Luật Phòng, chống", "LUẬT", "uẬ", "luật số 12",
      "Căn cứ Quyết định số 1", "sự việc", "ậ", "Uậ", "thuận", "ố", "sô", "x số", "Sở",
      "LuẬt", "lUật", "luậ", "uật", "Luật", "nLUẬTx", "luận", "Lậut", ":luật", "pháp luật",
    ] {
      XCTAssertEqual(LineSigns.namesLaw(text), text.lowercased().contains("luật"), text)
    }
  }
}

final class NumberSignTests: XCTestCase {
  /// What the citation pattern needs before its number: ` s` or ` số`, `\s*`, a digit.
  nonisolated(unsafe) private static let sign = #/ s(ố)?\s*[0-9]/#

  private static func expectedOffset(_ text: String) -> Int? {
    text.firstMatch(of: sign).map {
      text.utf8.distance(from: text.startIndex, to: $0.range.lowerBound)
    }
  }

  private static let samples = [
    "", "s", " s", " s1", "Quyết định số 12/QĐ-UBND", "Quyết định số\u{2003}12", "số 12",
    "sự việc số", " số ", "Kế hoạch s 36/KH", "x  số  5", " số\u{0B}7", "số1 số 2",
  ]

  private static let alphabet = [" ", " ", "s", "s", "ố", "1", "\u{2003}", "\u{A0}", "\t", "a"]

  func testFirstSignIsWhereThePatternFindsIt() throws {
    var generator = SeededGenerator(seed: 20_261_205)
    var texts = Self.samples
    texts += try CorpusLines.lines(in: ["documents", "ocr-pairs"])
    texts += generator.texts(from: Self.alphabet, count: 3000, maxLength: 12)
    for text in texts {
      XCTAssertEqual(NumberSign.first(in: text), Self.expectedOffset(text), text)
    }
  }

  func testAfterJoinReadsTheLineAsTheJoinLeavesIt() {
    var generator = SeededGenerator(seed: 20_261_206)
    let texts = Self.samples + generator.texts(from: Self.alphabet, count: 3000, maxLength: 12)
    for text in texts {
      let joined = " " + text.trimmingBlanks()
      XCTAssertEqual(
        NumberSign.first(in: text, afterJoin: true), Self.expectedOffset(joined), text)
    }
    XCTAssertNil(NumberSign.first(in: "một hai ba bốn năm số 12", afterJoin: true, within: 10))
    XCTAssertEqual(NumberSign.first(in: "một số 12", afterJoin: true, within: 10), 6)
  }

  func testCrossesJoinWhenOnlyTheJoinCompletesTheSign() {
    var pairs: [(String, String)] = [
      ("Quyết định số", "12/QĐ-UBND"), ("Quyết định s", " 12"),
      ("Quyết định số\u{2003}", "\u{A0}1"),
      ("Quyết địnhsố", "12"), ("Quyết định số", "mười hai"), ("số", "12"),
    ]
    var generator = SeededGenerator(seed: 20_261_207)
    let parts = generator.texts(from: Self.alphabet, count: 4000, maxLength: 6)
    for index in stride(from: 0, to: parts.count - 1, by: 2) {
      pairs.append((parts[index], parts[index + 1]))
    }
    for (own, next) in pairs {
      let ownEnd = own.trimmingScalars(in: " \t")
      let joined = ownEnd + " " + next.trimmingBlanks()
      let acrossJoin =
        Self.expectedOffset(joined) != nil && Self.expectedOffset(ownEnd) == nil
        && NumberSign.first(in: next, afterJoin: true) == nil
      if acrossJoin {
        XCTAssertTrue(NumberSign.crossesJoin(ownEnd, next), "\(own) | \(next)")
      }
    }
    XCTAssertTrue(NumberSign.crossesJoin("Quyết định số", "12/QĐ-UBND"))
    XCTAssertFalse(NumberSign.crossesJoin("Quyết địnhsố", "12"))
    XCTAssertFalse(NumberSign.crossesJoin("Quyết định số", "mười"))
  }
}
