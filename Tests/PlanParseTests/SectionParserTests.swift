import Foundation
import PlanModel
import PlanNormalize
import PlanTestSupport
import XCTest

@testable import PlanParse

final class SectionParserTests: XCTestCase {
  private func outline(_ lines: [String]) -> [String] {
    func flatten(_ nodes: [SectionNode]) -> [String] {
      nodes.flatMap {
        ["\($0.id) @\($0.line)-\($0.endLine) \($0.kind.rawValue)"] + flatten($0.children)
      }
    }
    return flatten(SectionParser.parse(lines: lines))
  }

  /// Parts go `A.`, `B.` … at the top, the Roman sections (and a list) under them.
  func testPartsNestTheRomanSections() {
    XCTAssertEqual(
      outline([
        "A. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "B. NỘI DUNG, NHIỆM VỤ", "I. CÔNG TÁC TUYÊN TRUYỀN",
        "1. Nội dung", "II. KIỂM TRA", "C. TỔ CHỨC THỰC HIỆN", "1. Bộ Quốc phòng",
      ]),
      [
        "A @1-2 purpose", "A.1 @2-2 purpose", "B @3-6 tasks", "B.I @4-5 tasks", "B.I.1 @5-5 tasks",
        "B.II @6-6 tasks", "C @7-8 responsibilities", "C.1 @8-8 responsibilities",
      ])
    // Out of sequence, or below another level, a capital letter is no part.
    XCTAssertEqual(
      outline(["I. MỤC TIÊU", "C. NỘI DUNG CHÍNH", "II. TỔ CHỨC THỰC HIỆN"]),
      ["I @1-2 objectives", "II @3-3 responsibilities"])
  }

  /// Each part numbers its Roman sections from `I.`: under `B.`, a scan's `|.` (a damaged
  /// heading, believed only where it continues the outline) is `B.I`, not a number going
  /// back from `A.II`.
  func testADamagedRomanNumeralOpensTheNextPartsOutline() {
    XCTAssertEqual(
      outline([
        "A. MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH", "II. YÊU CẦU", "B. NỘI DUNG, NHIỆM VỤ",
        "|. NHIỆM VỤ CHUNG", "1. Tuyên truyền", "II. NHIỆM VỤ CỤ THỂ",
      ]),
      [
        "A @1-3 purpose", "A.I @2-2 purpose", "A.II @3-3 purpose", "B @4-7 tasks",
        "B.I @5-6 tasks", "B.I.1 @6-6 tasks", "B.II @7-7 tasks",
      ])
  }

  /// A number repeated many times (a hostile or broken text: 20,000 `1.`) gets ids `1`,
  /// `1-2`, … `1-20000` in linear time: each suffix is found from the last one given, not
  /// by probing every suffix from 2 again (20,000 headings took 16 s in a release build).
  func testARepeatedNumberGetsItsSuffixesInLinearTime() {
    let lines = Array(repeating: "1. Nội dung", count: 20_000)
    let clock = ContinuousClock()
    var nodes: [SectionNode] = []
    let elapsed = clock.measure { nodes = SectionParser.parse(lines: lines) }
    XCTAssertEqual(nodes.count, 20_000)
    XCTAssertEqual(nodes.prefix(3).map(\.id), ["1", "1-2", "1-3"])
    XCTAssertEqual(nodes.last?.id, "1-20000")
    XCTAssertEqual(Set(nodes.map(\.id)).count, 20_000)
    XCTAssertLessThan(elapsed, .seconds(10), "quadratic id suffixes")
  }

  /// The outline of every seed, after normalization, against `Corpus/expected` (written by
  /// reading the documents): same ids, heading lines, end lines and kinds.
  func testOutlinesOfTheSeedsMatchTheExpectedPlans() throws {
    let normalizer = Normalizer(tables: try SharedFixtures.tables())
    let folder = TestPaths.corpus.appendingPathComponent("expected")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".json") }.sorted()
    XCTAssertEqual(names.count, 5)
    for name in names {
      let plan = try JSONDecoder().decode(
        Plan.self, from: Data(contentsOf: folder.appendingPathComponent(name)))
      func flatten(_ sections: [PlanModel.Section]) -> [String] {
        sections.flatMap {
          ["\($0.id) @\($0.span.line)-\($0.span.endLine) \($0.kind.rawValue)"]
            + flatten($0.children)
        }
      }
      let text = normalizer.normalize(text: try TestPaths.document(String(name.prefix(3)))).text
      let actual = outline(text.components(separatedBy: "\n"))
      let expected = flatten(plan.sections)
      let missing = expected.filter { !actual.contains($0) }
      let extra = actual.filter { !expected.contains($0) }
      XCTAssertTrue(
        missing.isEmpty && extra.isEmpty,
        "\(name): expected but not found: \(missing); found but not expected: \(extra)")
    }
  }

  func testNestingFollowsTheOrderOfNumberingStyles() {
    let lines = [
      "I. MỤC TIÊU", "1. Mục tiêu", "1.1. Mục tiêu chung:", "text", "1.2. Mục tiêu cụ thể",
      "a) Tiểu dự án 1", "b) Tiểu dự án 2", "2. Yêu cầu", "II. TỔ CHỨC THỰC HIỆN",
      "1. Sở Y tế", "", "Nơi nhận:", "1. Not a section",
    ]
    XCTAssertEqual(
      outline(lines),
      [
        "I @1-8 objectives", "I.1 @2-7 objectives", "I.1.1 @3-4 objectives",
        "I.1.2 @5-7 objectives", "I.1.2.a @6-6 objectives", "I.1.2.b @7-7 objectives",
        "I.2 @8-8 purpose", "II @9-10 responsibilities", "II.1 @10-10 responsibilities",
      ])
  }

  func testMarkdownInlineHeadingsAndGaps() {
    let lines = [
      "#### **VI. TỔ CHỨC THỰC HIỆN**", "### **1. Phòng Lao động - Thương binh và Xã hội**",
      "**7. Phòng Giáo dục và Đào tạo:** Phối hợp Công an huyện",
      "**10. Đề nghị Ban Tuyên giáo Huyện ủy:** Chỉ đạo", "đ) Việc khác", "3.Sở Tư pháp",
    ]
    let nodes = SectionParser.parse(lines: lines)
    XCTAssertEqual(nodes.first?.children.map(\.id), ["VI.1", "VI.7", "VI.10", "VI.3"])
    XCTAssertEqual(nodes.first?.children[1].heading, "Phòng Giáo dục và Đào tạo")
    XCTAssertEqual(nodes.first?.children[2].children.map(\.id), ["VI.10.dd"])
    XCTAssertEqual(nodes.first?.children[3].heading, "Sở Tư pháp")
  }

  func testAmountsYearsAndDatesAreNotHeadings() {
    for line in [
      "1.500.000 đồng mỗi tháng", "2024 là năm", "31/12/2024 hoàn thành", "100. Quá lớn",
    ] {
      XCTAssertNil(HeadingMatcher.match(line), line)
    }
  }

  func testAnOCRdRomanNumberInCapitalsIsReadAsRoman() {
    let lines = [
      "I. MỤC ĐÍCH, YÊU CẦU", "1. NỘI DUNG HOẠT ĐỘNG", "1. Công tác lãnh đạo",
      "III. TỔ CHỨC THỰC HIỆN",
    ]
    XCTAssertEqual(
      outline(lines),
      ["I @1-1 purpose", "II @2-3 tasks", "II.1 @3-3 tasks", "III @4-4 responsibilities"])
  }
  /// Damaged headings (seed 002 OCR'd, `sans-blur-noise`) count where their number follows
  /// the previous one of their style (an Arabic one may skip two), and not elsewhere.
  func testADamagedHeadingCountsOnlyWhereItContinuesTheOutline() {
    let lines = [
      "II. TỔ CHỨC THỰC HIỆN", "5. Sở Tài chính", "6: Sở Kế hoạch.và Đầu tư . :", "text",
      ". 7: Sở Tư pháp oe oe,", "“= 3: Sở Thông tin", "; 12. Sở Nội vụ", "III. KINH PHÍ",
      "; #H# 1. Phòng Lao động", "HHH 6. Trung tâm",
    ]
    XCTAssertEqual(
      outline(lines),
      [
        "II @1-7 responsibilities", "II.5 @2-2 responsibilities",
        "II.6 @3-4 responsibilities", "II.7 @5-7 responsibilities", "III @8-10 budget",
        "III.1 @9-10 responsibilities",
      ])
  }

  /// An amending text quotes the clause it writes (`“1. Đội dân phòng …`, a training law):
  /// the quoted `1.` starts no list, while a speck before `1.` still does (`; 1. Kinh phí`).
  func testAQuotedFirstClauseStartsNoList() {
    let lines = [
      "I. NHIỆM VỤ", "1. Sửa đổi khoản 1 Điều 44 như sau:",
      "“1. Đội dân phòng được thành lập ở thôn, tổ dân phố.", "2. Bổ sung điểm c.",
      "; 1. Kinh phí thực hiện",
    ]
    XCTAssertEqual(
      outline(lines), ["I @1-5 tasks", "I.1 @2-3 tasks", "I.2 @4-4 tasks", "I.1-2 @5-5 budget"])
  }

  /// Seed 002 OCR'd (`sans-blur-noise`) lost `VI.` (`_ ME PHÂN CÔNG TRÁCH.NHIỆM =. _`): a
  /// damaged `1..` starts its list again, and the damaged `2.` after it follows.
  func testADamagedFirstNumberStartsAList() {
    let lines = [
      "V. KINH PHÍ THỰC HIỆN", "1. Kinh phí thực hiện Kế hoạch này", "3. Các sở, ban, ngành",
      "_ ME PHÂN CÔNG TRÁCH.NHIỆM =. _", "1..Sở Lao động - Thương binh.và Xã hội i a",
      "; 2. Găng an tỉnh ;",
    ]
    XCTAssertEqual(
      outline(lines),
      [
        "V @1-6 budget", "V.1 @2-2 budget", "V.3 @3-4 budget", "V.1-2 @5-5 responsibilities",
        "V.2 @6-6 budget",
      ])
  }

  /// `#### 1. MỤC ĐÍCH, YÊU CẦU` (seed 001 OCR'd, `serif-blur`): the first heading, in
  /// capitals, in a document with Roman sections, is the Roman `I.`.
  func testAFirstHeadingInCapitalsBeforeRomanSectionsIsRoman() {
    let lines = [
      "#### 1. MỤC ĐÍCH, YÊU CẦU", "### 1. Mục đích", "## II. MỤC TIÊU VÀ CHỈ TIÊU CHỦ YẾU",
    ]
    XCTAssertEqual(outline(lines), ["I @1-2 purpose", "I.1 @2-2 purpose", "II @3-3 objectives"])
    // Without Roman sections, `1.` stays Arabic.
    XCTAssertEqual(outline(["1. MỤC ĐÍCH", "2. NỘI DUNG"]).map { $0.prefix(2) }, ["1 ", "2 "])
  }

  /// Seed 001 OCR'd (`serif-noise`) lost its `I.` (`HHH. MỤC Đích, YÊU CẦU`): its `1.` and
  /// `2.` stay top-level, and `II.` opens the top level again instead of nesting below them.
  func testARomanSectionAfterArabicOnesIsTopLevel() {
    let lines = [
      "HHH. MỤC Đích, YÊU CẦU ves a", "1. Mục đích", "2. Yêu cầu = A", "## II. MỤC TIÊU",
      "1. Mục tiêu",
    ]
    XCTAssertEqual(
      outline(lines),
      ["1 @2-2 purpose", "2 @3-3 purpose", "II @4-5 objectives", "II.1 @5-5 objectives"])
  }

  func testTheClosingBlockOpensAtTheDistributionListOrTheSignature() {
    for line in [
      "Nơi nhận:", "**Nơi nhận:**", "  *Nơi nhận*:", "\u{00A0}Nơi nhận:", "TM. ỦY BAN NHÂN DÂN",
      "KT. CHỦ TỊCH", "Nơi nh ận:", "**TM**. ỦY BAN NHÂN DÂN", "**KT**. CHỦ TỊCH",
    ] {
      XCTAssertTrue(SectionParser.isDistributionList(line), line)
    }
    for line in ["- Nơi nhận hồ sơ", "Ủy ban nhân dân tỉnh", "Nội dung", "", "TM ỦY BAN"] {
      XCTAssertFalse(SectionParser.isDistributionList(line), line)
    }
  }
}
