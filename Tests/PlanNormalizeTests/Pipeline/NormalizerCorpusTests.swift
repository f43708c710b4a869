import PlanTestSupport
import PlanText
import XCTest

@testable import PlanNormalize

/// The normalizer on the real corpus documents, clean and scanned.
final class NormalizerCorpusTests: XCTestCase {
  private func normalizer() throws -> Normalizer { Normalizer(tables: try SharedFixtures.tables()) }

  private static let cleanDocuments = ["001", "002", "003"]
  private static let scannedDocuments = ["000", "004"]

  func testCleanDocumentsKeepAtLeast999PerMilleOfSyllables() throws {
    let normalizer = try normalizer()
    for prefix in Self.cleanDocuments {
      let text = try TestPaths.document(prefix)
      let result = normalizer.normalize(text: text)
      XCTAssertFalse(result.summary.documentDamaged, prefix)
      let changed = result.edits.filter { $0.kind == .ocr || $0.kind == .toneStyle }.count
      let unchanged = 1 - Double(changed) / Double(max(result.summary.syllables, 1))
      XCTAssertGreaterThanOrEqual(
        unchanged, 0.999,
        "\(prefix): \(changed) of \(result.summary.syllables) changed: \(result.edits.prefix(10))")
    }
  }

  func testEveryDocumentKeepsItsLineStructure() throws {
    let normalizer = try normalizer()
    for prefix in Self.cleanDocuments + Self.scannedDocuments {
      let text = try TestPaths.document(prefix)
      let output = normalizer.normalize(text: text).text
      let input = TextLineShape(text)
      let result = TextLineShape(output)
      XCTAssertEqual(result.count, input.count, prefix)
      XCTAssertEqual(result.terminators, input.terminators, prefix)
      XCTAssertEqual(result.blankLines, input.blankLines, prefix)
    }
  }

  /// Every text file under `Corpus/`: documents, training texts, OCR pairs, scan truths.
  private func corpusTexts() throws -> [(String, String)] {
    var result: [(String, String)] = []
    let enumerator = FileManager.default.enumerator(atPath: TestPaths.corpus.path)
    while let path = enumerator?.nextObject() as? String {
      guard path.hasSuffix(".txt") else { continue }
      let url = TestPaths.corpus.appendingPathComponent(path)
      result.append((path, try String(contentsOf: url, encoding: .utf8)))
    }
    return result.sorted { $0.0 < $1.0 }
  }

  func testNormalizingTwiceEqualsNormalizingOnceOverTheWholeCorpus() throws {
    let normalizer = try normalizer()
    let texts = try corpusTexts()
    XCTAssertGreaterThan(texts.count, 50)
    for (prefix, text) in texts {
      let once = normalizer.normalize(text: text).text
      let twice = normalizer.normalize(text: once).text
      if once != twice {
        let a = once.components(separatedBy: "\n")
        let b = twice.components(separatedBy: "\n")
        let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }
        XCTFail(
          "\(prefix) not idempotent; first difference at line \((first?.offset ?? 0) + 1):\n"
            + "once:  \(first?.element.0 ?? "")\ntwice: \(first?.element.1 ?? "")")
      }
    }
  }

  func testScannedDocumentsAreDetectedAndRepaired() throws {
    let normalizer = try normalizer()
    for prefix in Self.scannedDocuments {
      let result = normalizer.normalize(text: try TestPaths.document(prefix))
      XCTAssertTrue(result.summary.documentDamaged, prefix)
      XCTAssertGreaterThan(result.summary.repairedSyllables, result.summary.syllables / 2, prefix)
      XCTAssertTrue(result.text.contains("cai nghiện ma túy"), prefix)
      XCTAssertTrue(result.text.contains("/KH-UBND"), prefix)
    }
    let sonLa = normalizer.normalize(text: try TestPaths.document("000")).text
      .components(separatedBy: "\n")
    // Line 4 of the scan reads `S6: 36 /KH-UBND Son La, ngay 02 thang 02 nam 2024`.
    XCTAssertTrue(sonLa[3].hasPrefix("Số: 36 /KH-UBND"), sonLa[3])
    XCTAssertTrue(sonLa[3].hasSuffix("ngày 02 tháng 02 năm 2024"), sonLa[3])
  }

  func testEmptyInputGivesEmptyOutput() throws {
    let result = try normalizer().normalize(text: "")
    XCTAssertEqual(result.text, "")
    XCTAssertEqual(result.edits, [])
  }

  func testContextDecidesTheSameOCRWord() throws {
    let normalizer = try normalizer()
    let options = NormalizationOptions(ocrRepair: true)
    let text = normalizer.normalize(
      text: "nguoi nghién ma tay va nguoi sir dung trai phép chat ma tuy", options: options
    ).text
    XCTAssertEqual(text, "người nghiện ma túy và người sử dụng trái phép chất ma túy")
  }

  func testEditsPointAtTheInputColumns() throws {
    let normalizer = try normalizer()
    let result = normalizer.normalize(
      text: "dong 1\ncai nghién ma tuy", options: NormalizationOptions(ocrRepair: true))
    let nghien = try XCTUnwrap(result.edits.first { $0.before == "nghién" })
    XCTAssertEqual(nghien.line, 2)
    XCTAssertEqual(nghien.column, 5)
    XCTAssertEqual(nghien.endColumn, 11)
    XCTAssertEqual(nghien.after, "nghiện")
    XCTAssertEqual(nghien.kind, .ocr)
  }

  func testToneStyleIsKeptUnlessAsked() throws {
    let normalizer = try normalizer()
    let text = "hòa nhập cộng đồng và hoà giải, thủy lợi"
    XCTAssertEqual(normalizer.normalize(text: text).text, text)
    XCTAssertEqual(
      normalizer.normalize(text: text, options: NormalizationOptions(toneStyle: .new)).text,
      "hoà nhập cộng đồng và hoà giải, thuỷ lợi")
    XCTAssertEqual(
      normalizer.normalize(text: text, options: NormalizationOptions(toneStyle: .old)).text,
      "hòa nhập cộng đồng và hòa giải, thủy lợi")
  }

  func testLegalCodesAreRepairedInsideOCRText() throws {
    let normalizer = try normalizer()
    let text = normalizer.normalize(
      text: "Quyét dinh sé 1736/QD-UBND va Nghi quyét s6 04/2024/NQ-HPND ctia HDND",
      options: NormalizationOptions(ocrRepair: true)
    ).text
    XCTAssertTrue(text.contains("1736/QĐ-UBND"), text)
    XCTAssertTrue(text.contains("04/2024/NQ-HĐND"), text)
    XCTAssertTrue(text.hasSuffix("của HĐND"), text)
  }
}

/// The line structure of a text: count, terminators and which lines are blank.
private struct TextLineShape: Equatable {
  var count: Int
  var terminators: [String]
  var blankLines: [Int]

  init(_ text: String) {
    let lines = TextLine.split(text)
    count = lines.count
    terminators = lines.map(\.terminator)
    blankLines = lines.indices.filter {
      lines[$0].content.trimmingCharacters(in: .whitespaces).isEmpty
    }
  }
}

/// Spell-checker damage in seed 002 (`nghiện` replaced by `nghiên cứu`).
final class AutocorrectCorpusTests: XCTestCase {
  func testSureCasesAreRepairedDoubtfulOnesFlaggedAndRealResearchKept() throws {
    let normalizer = Normalizer(tables: try SharedFixtures.tables())
    let result = normalizer.normalize(text: try TestPaths.document("002"))
    let lines = result.text.components(separatedBy: "\n")
    // Line 187 ends `mô hình phòng ngừa nghiên cứu ma túy`.
    XCTAssertTrue(lines[186].hasSuffix("mô hình phòng ngừa nghiện ma túy"), lines[186])
    // Lines 137, 145, 231 speak of real research and stay as written.
    XCTAssertTrue(lines[136].contains("Tiếp tục nghiên cứu, đề xuất"), lines[136])
    XCTAssertTrue(lines[144].contains("nghiên cứu, xây dựng định mức"), lines[144])
    XCTAssertTrue(lines[230].contains("nghiên cứu, tham mưu UBND tỉnh"), lines[230])
    let repaired = result.edits.filter { $0.kind == .autocorrect }
    XCTAssertGreaterThanOrEqual(repaired.count, 4)
    XCTAssertTrue(repaired.allSatisfy { $0.before == "nghiên cứu" })
    XCTAssertFalse(result.warnings.isEmpty)
    XCTAssertTrue(result.warnings.allSatisfy { $0.id == "normalize.autocorrect_suspect" })
    // Every other syllable of the document is untouched.
    XCTAssertEqual(result.edits.count, repaired.count)
  }
}

/// OCR readings that need the context: lost vowels, digits for letters, merged words.
final class OCRContextTests: XCTestCase {
  private func repaired(_ text: String) throws -> String {
    Normalizer(tables: try SharedFixtures.tables())
      .normalize(text: text, options: NormalizationOptions(ocrRepair: true)).text
  }

  func testLostVowelsAreRestoredFromContext() throws {
    XCTAssertEqual(
      try repaired("cac co s cai nghién ma tuy cong lap"),
      "các cơ sở cai nghiện ma túy công lập")
  }

  func testMergedWordsAreSplit() throws {
    XCTAssertEqual(
      try repaired("Phong Lao dong - Thuong binh va Xahéi"),
      "Phòng Lao động - Thương binh và Xã hội")
  }

  func testNumbersStayNumbersInContext() throws {
    XCTAssertEqual(try repaired("dinh ky 6 thang mot lan"), "định kỳ 6 tháng một lần")
  }

  /// OCR pairs with noise (`Corpus/ocr-pairs`): periods and hyphens read from specks inside
  /// a sentence go; a list number's period, a sentence end and a spaced dash stay.
  func testSpeckPeriodsAndHyphensInsideASentenceGo() throws {
    XCTAssertEqual(
      try repaired("thuc hién. Dinh. ky quy, 6 thang, mot-nam bao cao"),
      "thực hiện. Định kỳ quý, 6 tháng, một năm báo cáo")
    XCTAssertEqual(
      try repaired("- Trong.nam, dua-15 ngudi nghién ma tuy di cai nghién"),
      "- Trong năm, đưa 15 người nghiện ma túy đi cai nghiện")
    XCTAssertEqual(
      try repaired("Duy tri diéu tri cho 476.bénh nhan, it nhat 01. mé hinh"),
      "Duy trì điều trị cho 476 bệnh nhân, ít nhất 01 mô hình")
    XCTAssertEqual(
      try repaired("1. it nhat 01 lan; Phong Lao dong - Thuong binh va Xa hoi"),
      "1. ít nhất 01 lần; Phòng Lao động - Thương binh và Xã hội")
  }

  /// A sentence's own period stays when speck glyphs after it (`ee ;`) are cut: they are no
  /// lowercase word going on with the sentence.
  func testASentenceEndStaysBeforeCutSpecks() throws {
    XCTAssertEqual(
      try repaired("Cac co quan thuc hién ké hoach nay theo quy dinh cua phap luat. ee ;"),
      "Các cơ quan thực hiện kế hoạch này theo quy định của pháp luật.")
  }

  /// Found by review: in a repaired line, words with marks an English OCR never writes
  /// (`ả`, `á`, `ụ`) are the document's own and stay, where they were re-read before
  /// (`GIẢI` -> `GIỮ`, `CÁO` -> `CƠ`).
  func testWordsTheOCRCannotHaveWrittenStay() throws {
    XCTAssertEqual(
      try repaired("Muc tieu: MỤC ĐÍCH, GIẢI PHÁP, BÁO CÁO"),
      "Mục tiêu: MỤC ĐÍCH, GIẢI PHÁP, BÁO CÁO")
  }

  /// Seed 000 line 359: `ước` read as `ude`, two letters wrong (`ơ` -> `d`, `c` -> `e`).
  func testTwoWrongLettersAreRepairedFromContext() throws {
    XCTAssertEqual(
      try repaired("thue hién trude ngay 25/11/2024 va bao cao dot xuat"),
      "thực hiện trước ngày 25/11/2024 và báo cáo đột xuất")
  }

  /// Seed 004 line 83: `?` is the OCR's mark for a glyph it could not read.
  func testAnUnreadGlyphIsRepairedFromContext() throws {
    XCTAssertEqual(
      try repaired("- H?mg nam, t6 chuc kiém tra, giam sat"),
      "- Hằng năm, tổ chức kiểm tra, giám sát")
  }

  func testShortCapitalsInLowercaseLinesAreTitleCase() throws {
    XCTAssertEqual(try repaired("10. SO Ndi vu chu tri"), "10. Sở Nội vụ chủ trì")
  }
}
