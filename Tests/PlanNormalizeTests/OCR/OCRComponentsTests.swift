import PlanTestSupport
import XCTest

@testable import PlanNormalize

final class OCRComponentsTests: XCTestCase {
  func testLanguageModelPrefersTheWordsOfTheDomain() throws {
    let tables = try SharedFixtures.tables()
    let model = tables.model
    let ma = model.id(of: "ma")
    let tuy = model.id(of: "túy")
    let tay = model.id(of: "tay")
    let nghien = model.id(of: "nghiện")
    XCTAssertGreaterThan(
      model.logProb(tuy, after: nghien, ma), model.logProb(tay, after: nghien, ma))
    XCTAssertGreaterThan(model.logProb(tuy, after: -1, ma), -1.0)
    XCTAssertEqual(model.id(of: "không-có-từ-này"), model.unknownID)
  }

  func testLanguageModelRejectsMalformedTablesWithTheirLine() {
    let bad = "\\unigrams 2\n<s>\t-99\t0\n<num>\tx\t0\n"
    XCTAssertThrowsError(try SyllableLanguageModel(text: bad)) { error in
      guard case TableError.malformed(_, let line, _) = error else {
        return XCTFail("unexpected \(error)")
      }
      XCTAssertEqual(line, 3)
    }
    XCTAssertThrowsError(try SyllableLanguageModel(text: "\\unigrams 1\na\t-1\t0\n"))
    XCTAssertThrowsError(try SyllableLanguageModel(text: "0 1\t-1\t0\n"))
  }

  func testChannelPrefersIdentityAndLearnedConfusions() throws {
    let channel = try SharedFixtures.tables().channel
    func score(_ ocr: String, _ gold: String) throws -> Float {
      let goldIDs = try XCTUnwrap(channel.goldIDs(gold.unicodeScalars), gold)
      return channel.logProb(ocr: channel.ocrIDs(ocr.unicodeScalars), gold: goldIDs)
    }
    XCTAssertGreaterThan(try score("người", "người"), try score("người", "ngươi") - 0.01)
    XCTAssertGreaterThan(try score("S6", "số"), try score("S6", "sáu"))
    XCTAssertGreaterThan(try score("ctia", "của"), -4)
    XCTAssertGreaterThan(try score("1am", "làm"), try score("1am", "năm"))
  }

  func testSkeletonNeighboursReachTwoEditsOfAnyKind() {
    func packed(_ text: String) -> [UInt8] { Array(text.utf8) }
    let index = SkeletonIndex(skeletons: ["truoc", "tru", "chua", "xyzzy"].map(packed))
    func neighbours(_ query: String) -> [String] {
      index.neighbours(of: packed(query), deleting: 2).map {
        String(decoding: index.skeletons[$0], as: UTF8.self)
      }
    }
    XCTAssertEqual(neighbours("trude"), ["truoc", "tru"], "two substitutions, two deletions")
    XCTAssertEqual(neighbours("chtua"), ["chua"], "one extra letter, one wrong")
    XCTAssertFalse(neighbours("xy").contains("xyzzy"), "three edits are out of reach")
  }

  /// Which periods and hyphens are specks, on a line as the tokenizer splits it.
  func testStrayPeriodsAndHyphens() {
    func cleaned(_ line: String) -> String {
      let scalars = Array(line.unicodeScalars)
      let tokens = LineTokenizer.tokenize(scalars)
      let edits =
        (SpeckPunctuation.strayPeriods(scalars, tokens: tokens)
        + SpeckPunctuation.strayHyphens(scalars, tokens: tokens)
        + SpeckPunctuation.speckDigits(scalars, tokens: tokens)).sorted { $0.start > $1.start }
      var result = scalars
      for edit in edits { result.replaceSubrange(edit.start..<edit.end, with: edit.replacement) }
      return String(String.UnicodeScalarView(result))
    }
    XCTAssertEqual(cleaned("thực. hiện đơn.vị 476.bệnh nhân"), "thực hiện đơn vị 476 bệnh nhân")
    XCTAssertEqual(cleaned("người-sử dụng, đưa-15 người"), "người sử dụng, đưa 15 người")
    XCTAssertEqual(cleaned("việc làm cho : 7 người sau cai"), "việc làm cho người sau cai")
    XCTAssertEqual(cleaned("quản lý ; 7 người cai nghiện"), "quản lý người cai nghiện")
    for kept in [
      "thực hiện. Định kỳ", "1. ít nhất 01 lần", "xem sldtbxh.sonla.gov.vn và v.v. các",
      "kinh tế - xã hội", "Lao động-Thương binh", "năm 2024-2025", "a. các", "dịch Covid-19 và",
      "Tổng số: 7 người", "gồm : 12 người", "; 7", "- 7 người",
      // Bullets, a range and a table cell hold real numbers: only a `:` or `;` after text
      // is the speck the OCR pairs show.
      "• 3 xã đạt chuẩn", "— 5 mô hình điểm", "~ 3 xã", "mỗi nhóm từ 5 — 7 người",
      "| 5 người |", "= 5 người", ": 7 người",
    ] {
      XCTAssertEqual(cleaned(kept), kept)
    }
  }

  /// A chunk of many glued periods is measured once, not once a word (that took quadratic
  /// time on a long line such as `nguoi.dan.nguoi.dan…`).
  func testStrayPeriodsOfOneLongChunkTakeLinearTime() {
    let scalars = Array(String(repeating: "nguoi.dan.", count: 10_000).unicodeScalars)
    let tokens = LineTokenizer.tokenize(scalars)
    let start = Date()
    XCTAssertEqual(SpeckPunctuation.strayPeriods(scalars, tokens: tokens), [])
    XCTAssertLessThan(Date().timeIntervalSince(start), 5)
  }

  func testChannelRowsAreValidated() {
    XCTAssertThrowsError(try OCRChannel.parseEntries("a\tb\n", name: "t"))
    XCTAssertThrowsError(try OCRChannel.parseEntries("A\tb\t1\n", name: "t"))
    XCTAssertThrowsError(try OCRChannel.parseEntries("abc\tb\t1\n", name: "t"))
    XCTAssertEqual(try OCRChannel.parseEntries("# c\nủ\tti\t5\nờ\t∅\t2\n", name: "t").count, 2)
  }

  func testAbbreviationsAndCodesAreRepairedOnlyWhenDamaged() throws {
    let table = try SharedFixtures.tables().abbreviations
    func repair(_ text: String) -> String? {
      table.repair(Array(text.unicodeScalars)).map { String(String.UnicodeScalarView($0)) }
    }
    XCTAssertEqual(repair("HDND"), "HĐND")
    XCTAssertEqual(repair("HPND"), "HĐND")
    XCTAssertEqual(repair("QD"), "QĐ")
    XCTAssertEqual(repair("ND"), "NĐ")
    XCTAssertEqual(repair("LDTBXH"), "LĐTBXH")
    XCTAssertEqual(repair("SLDTBXH"), "SLĐTBXH")
    XCTAssertNil(repair("UBND"))
    XCTAssertNil(repair("CP"))
    XCTAssertNil(repair("XYZ"))
  }

  func testCasePatternIsReadFromTheOCRToken() {
    func pattern(_ text: String) -> CasePattern { CasePattern.of(Array(text.unicodeScalars)[...]) }
    XCTAssertEqual(pattern("cong"), .lower)
    XCTAssertEqual(pattern("Cong"), .title)
    XCTAssertEqual(pattern("S6"), .title)
    XCTAssertEqual(pattern("$6"), .title)
    XCTAssertEqual(pattern("PiCH"), .upper)
    XCTAssertEqual(pattern("HOACH"), .upper)
    XCTAssertEqual(
      String(String.UnicodeScalarView(CasePattern.upper.apply(to: Array("đích".unicodeScalars)))),
      "ĐÍCH")
  }
}

final class RomanNumeralRepairTests: XCTestCase {
  private func repaired(_ line: String) -> String? {
    let scalars = Array(line.unicodeScalars)
    guard let first = LineTokenizer.tokenize(scalars).first,
      let edit = RomanNumeralRepair.edit(scalars, first: first)
    else { return nil }
    var work = LineInProgress(scalars)
    work.apply([edit])
    return work.text
  }

  func testOCRdRomanNumbersAtLineStartAreRepaired() {
    XCTAssertEqual(repaired("I1. NOI DUNG THU'C HIEN"), "II. NOI DUNG THU'C HIEN")
    XCTAssertEqual(repaired("|. MUC PiCH, YEU CAU"), "I. MUC PiCH, YEU CAU")
    XCTAssertEqual(repaired("## **Il. MỤC TIÊU**"), "## **II. MỤC TIÊU**")
    XCTAssertEqual(repaired("IIl. TỔ CHỨC"), "III. TỔ CHỨC")
    // Seed 002 `sans-blur-noise` line 337 (`VII. TỔ CHỨC THỰC HIỆN`).
    XCTAssertEqual(repaired("Vil. TO CHU'C THU HIEN . 7 a"), "VII. TO CHU'C THU HIEN . 7 a")
  }

  func testOtherLineStartsAreLeftAlone() {
    XCTAssertNil(repaired("II. MỤC TIÊU"))
    XCTAssertNil(repaired("1. Mục đích"))
    XCTAssertNil(repaired("11. Sở Y tế"))
    XCTAssertNil(repaired("Il y a"))
    XCTAssertNil(repaired("- I1. x"))
    XCTAssertNil(repaired("Vi. Tổ chức"), "a lowercase i alone is no damage")
    XCTAssertNil(repaired("il. x"), "a token must start with a capital numeral")
  }
}

final class TrailingNoiseTests: XCTestCase {
  private func cut(_ line: String) throws -> String {
    let repairer = OCRLineRepairer(tables: try SharedFixtures.tables())
    let scalars = Array(line.unicodeScalars)
    guard let start = repairer.noiseStart(scalars, tokens: LineTokenizer.tokenize(scalars)) else {
      return line
    }
    return String(String.UnicodeScalarView(scalars[..<start]))
  }

  func testSpeckGlyphsAfterTheTextAreCut() throws {
    XCTAssertEqual(
      try cut("va phong ngifa nghién ma tuy : ; a ; eae"), "va phong ngifa nghién ma tuy")
    XCTAssertEqual(try cut("1. Muc tiéu : ; ; : : 2 ; ioe"), "1. Muc tiéu")
    XCTAssertEqual(try cut("thuc hién cong tac cai : ae ;"), "thuc hién cong tac cai")
    XCTAssertEqual(try cut("quản lý sau cai trên địa bàn. , ee"), "quản lý sau cai trên địa bàn.")
    XCTAssertEqual(
      try cut("theo quy định của pháp luật. APRESS oR 8 ;"), "theo quy định của pháp luật.")
    XCTAssertEqual(try cut("Nơi nhận: ae ; : Sos"), "Nơi nhận:")
  }

  func testRealEndingsStay() throws {
    for line in [
      "hoa nhap cong dong déi voi nguoi sau cai nghién ma tty. : ;",
      "theo quy định tại điểm a, b",
      "UBND các quận, huyện, TP; ;",
      "Sở Lao động - Thương binh và Xã hội",
      "Nơi nhận:",
      "Điều 5. Xử lý vi phạm",
      "2. Đối tượng: Người nghiện ma túy",
      "Nơi nhận: - Như trên;",
      "S6: 36 /KH-UBND",
      "Số: 137 /KH-UBND",
      "ngày 31 tháng 5 năm 2023. 12 oe",
    ] {
      XCTAssertEqual(try cut(line), line)
    }
  }
}
