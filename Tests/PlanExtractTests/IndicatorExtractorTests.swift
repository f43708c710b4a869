import PlanModel
import PlanTestSupport
import XCTest

@testable import PlanExtract

final class IndicatorExtractorTests: XCTestCase {
  // MARK: - Golden test over the five seeds

  /// Expected entries judged wrong after reading the source line, by seed and id, with the
  /// reason. They are compared to the corrected values given here instead; none is skipped.
  /// (Empty: every expected indicator was confirmed against its source line.)
  private static let corrections: [String: [String: Target]] = [:]

  func testSeedsMatchTheExpectedIndicators() throws {
    var report: [String] = []
    var totals = (found: 0, expected: 0, extra: 0)
    for name in try SeedFixtures.names() {
      let context = try SeedFixtures.context(name)
      var ids = ItemIDs()
      let actual = IndicatorExtractor.extract(context, ids: &ids)
      let expected = try SeedFixtures.expected(name).indicators
      let result = Self.compare(
        seed: name, actual: actual, expected: expected, lines: context.lines)
      totals.found += result.found
      totals.expected += expected.count
      totals.extra += result.extra
      print("\(name): found \(result.found)/\(expected.count), extra \(result.extra)")
      report += result.problems
    }
    print("all seeds: found \(totals.found)/\(totals.expected), extra \(totals.extra)")
    if !report.isEmpty {
      XCTFail("indicator differences:\n" + report.joined(separator: "\n"))
    }
  }

  /// Pairs indicators by first line (in order within a line) and lists every difference.
  private static func compare(
    seed: String, actual: [Indicator], expected: [Indicator], lines: [String]
  ) -> (found: Int, extra: Int, problems: [String]) {
    var problems: [String] = []
    var found = 0
    var extra = 0
    let actualByLine = Dictionary(grouping: actual, by: \.span.line)
    let expectedByLine = Dictionary(grouping: expected, by: \.span.line)
    let allLines = Set(actualByLine.keys).union(expectedByLine.keys).sorted()
    for line in allLines {
      let got = actualByLine[line] ?? []
      var want = expectedByLine[line] ?? []
      if let fixes = corrections[seed] {
        want = want.map { item in
          var item = item
          if let fix = fixes[item.id] { item.target = fix }
          return item
        }
      }
      let source = line - 1 < lines.count ? lines[line - 1] : ""
      for (offset, wanted) in want.enumerated() {
        guard offset < got.count else {
          problems.append("\(seed) L\(line): MISSING \(describe(wanted))\n    line: \(source)")
          continue
        }
        let differences = fieldDifferences(got[offset], wanted)
        if differences.isEmpty {
          found += 1
        } else {
          problems.append(
            "\(seed) L\(line) \(wanted.id): " + differences.joined(separator: "; ")
              + "\n    text: \(got[offset].text)")
        }
      }
      for extraItem in got.dropFirst(want.count) {
        extra += 1
        problems.append("\(seed) L\(line): EXTRA \(describe(extraItem))")
      }
    }
    return (found, extra, problems)
  }

  private static func fieldDifferences(_ got: Indicator, _ want: Indicator) -> [String] {
    var differences: [String] = []
    func check<T: Equatable>(_ name: String, _ left: T, _ right: T) {
      if left != right { differences.append("\(name) \(right) expected, got \(left)") }
    }
    check("comparator", got.target.comparator, want.target.comparator)
    check("value", got.target.value, want.target.value)
    check("upper", got.target.upper, want.target.upper)
    check("denominator", got.target.denominator, want.target.denominator)
    check("unit", got.target.unit, want.target.unit)
    check("change", got.target.change, want.target.change)
    check("deadline", got.deadline, want.deadline)
    check("section", got.section, want.section)
    return differences
  }

  private static func describe(_ item: Indicator) -> String {
    let target = item.target
    var parts = ["\(target.comparator.rawValue) \(target.value)"]
    if let upper = target.upper { parts.append("upper \(upper)") }
    if let denominator = target.denominator { parts.append("/\(denominator)") }
    parts.append(target.unit.rawValue)
    if let noun = target.noun { parts.append("'\(noun)'") }
    if let change = target.change { parts.append(change.rawValue) }
    if let deadline = item.deadline { parts.append("by \(deadline)") }
    return parts.joined(separator: " ") + " [\(item.section ?? "-")] \"\(item.text)\""
  }

  // MARK: - Focused phrases

  private func extract(_ lines: [String]) -> [Indicator] {
    let context = ExtractionContext(lines: lines, sections: [], columns: ColumnMap(edits: []))
    var ids = ItemIDs()
    return IndicatorExtractor.extract(context, ids: &ids)
  }

  private func single(
    _ line: String, file: StaticString = #filePath, lineNumber: UInt = #line
  ) -> Indicator? {
    let found = extract([line])
    XCTAssertEqual(found.count, 1, "\(found.map(\.text))", file: file, line: lineNumber)
    return found.first
  }

  func testMoreThanAPercentage() throws {
    let item = try XCTUnwrap(
      single("- Trên 80% số người nghiện ma túy có hồ sơ quản lý được tư vấn."))
    XCTAssertEqual(item.target, Target(comparator: .gt, value: 80, unit: .percent, noun: "người"))
    XCTAssertEqual(item.text, "Trên 80% số người nghiện ma túy có hồ sơ quản lý được tư vấn.")
    XCTAssertEqual(item.subject, "số người nghiện ma túy có hồ sơ quản lý")
    XCTAssertEqual(item.id, "ind-L1-1")
    XCTAssertEqual(item.span, Span(line: 1, column: 3, endLine: 1, endColumn: 64))
    XCTAssertEqual(item.agencies, [])
  }

  func testCountedRatioWithItsPercentage() throws {
    let item = try XCTUnwrap(single("- 11/11 (100%) các huyện, thành phố xây dựng kế hoạch."))
    XCTAssertEqual(
      item.target,
      Target(
        comparator: .eq, value: 11, denominator: 11, unit: .ratio, noun: "huyện, thành phố"))
  }

  func testRangeWithApproximately() throws {
    let item = try XCTUnwrap(single("- Tổ chức dạy nghề cho khoảng 70 - 100 học viên; báo cáo"))
    XCTAssertEqual(
      item.target,
      Target(comparator: .range, value: 70, upper: 100, unit: .count, noun: "học viên"))
    XCTAssertEqual(item.text, "Tổ chức dạy nghề cho khoảng 70 - 100 học viên")
  }

  func testApproximately() throws {
    let item = try XCTUnwrap(single("tư vấn việc làm cho khoảng 450 học viên"))
    XCTAssertEqual(item.target.comparator, .approx)
    XCTAssertEqual(item.target.value, 450)
  }

  func testAtLeastWithDeadline() throws {
    let item = try XCTUnwrap(
      single("- Đến ngày 31/12/2024, có ít nhất 01 mô hình cai nghiện ma túy hiệu quả."))
    XCTAssertEqual(
      item.target, Target(comparator: .gte, value: 1, unit: .count, noun: "mô hình"))
    XCTAssertEqual(item.deadline, "2024-12-31")
    XCTAssertEqual(item.span.line, 1)
  }

  func testNumberWord() throws {
    let item = try XCTUnwrap(single("chỉ đạo xây dựng một mô hình điểm Phụ nữ tham gia."))
    XCTAssertEqual(item.target, Target(comparator: .eq, value: 1, unit: .count, noun: "mô hình"))
    XCTAssertEqual(extract(["quy định một số chính sách hỗ trợ"]).count, 0)
  }

  func testAreaPerPerson() throws {
    let item = try XCTUnwrap(
      single("đảm bảo điều kiện tối thiểu về cơ sở vật chất là 6m²/1 học viên."))
    XCTAssertEqual(
      item.target, Target(comparator: .gte, value: 6, unit: .areaPerPerson, noun: "học viên"))
    let glued = try XCTUnwrap(single("diện tích 6m²/1học viên"))
    XCTAssertEqual(glued.target.unit, .areaPerPerson)
    XCTAssertEqual(glued.target.comparator, .eq)
  }

  func testIncrease() throws {
    let item = try XCTUnwrap(single("Số người được giới thiệu việc làm tăng trên 3% mỗi năm."))
    XCTAssertEqual(
      item.target, Target(comparator: .gt, value: 3, unit: .percent, change: .increase))
    let down = try XCTUnwrap(single("giảm 10% số người nghiện mới"))
    XCTAssertEqual(down.target.change, .decrease)
    XCTAssertEqual(down.target.comparator, .eq)
  }

  func testComparatorWords() {
    let cases: [(String, PlanModel.Comparator)] = [
      ("hơn 50% xã", .gt), ("tối thiểu 02 lớp", .gte), ("không dưới 90%", .gte),
      ("dưới 5%", .lt), ("không quá 10%", .lte), ("phấn đấu đạt 100%", .eq),
      ("từ 80% trở lên", .gte),
    ]
    for (phrase, comparator) in cases {
      let found = extract([phrase])
      XCTAssertEqual(found.map(\.target.comparator), [comparator], phrase)
    }
  }

  func testTwoTargetsInOneClause() {
    let found = extract([
      "- 11/11 (100%) các huyện xây dựng và triển khai ít nhất 01 mô hình cai nghiện."
    ])
    XCTAssertEqual(found.map(\.id), ["ind-L1-1", "ind-L1-2"])
    XCTAssertEqual(found.map(\.target.unit), [.ratio, .count])
    XCTAssertEqual(found.last?.text, "ít nhất 01 mô hình cai nghiện.")
  }

  func testHardWrappedClauseSpansItsLines() throws {
    let found = extract([
      "- Trên 80% cán bộ làm công tác quản lý nhà nước, người trực tiếp làm công",
      "",
      "tác cai nghiện được tập huấn.",
      "- Tổ chức tập huấn; chỉ đạo xây dựng",
      "một mô hình điểm.",
    ])
    XCTAssertEqual(found.count, 2)
    let first = try XCTUnwrap(found.first)
    XCTAssertEqual(first.span.line, 1)
    XCTAssertEqual(first.span.endLine, 3)
    XCTAssertTrue(first.text.hasSuffix("người trực tiếp làm công tác cai nghiện được tập huấn."))
    let second = try XCTUnwrap(found.last)
    XCTAssertEqual(second.span.line, 4, "the clause starts after `;` on the line before")
    XCTAssertEqual(second.text, "chỉ đạo xây dựng một mô hình điểm.")
  }

  func testClausesDoNotRunIntoTitlesOrUnwrappedParagraphs() throws {
    let title = extract(["KẾ HOẠCH", "XÂY DỰNG ĐỊA BÀN KHÔNG MA TÚY", "Có ít nhất 20% xã."])
    XCTAssertEqual(title.map(\.span.line), [3])
    let paragraph = String(repeating: "Tổ chức tuyên truyền phòng, chống ma túy ", count: 4)
    let unwrapped = extract([paragraph, "Thực hiện mục tiêu ít nhất 20% xã không ma túy."])
    let item = try XCTUnwrap(unwrapped.first)
    XCTAssertEqual(item.span.line, 2, "one paragraph per line: no clause crosses a line")
    XCTAssertEqual(item.text, "Thực hiện mục tiêu ít nhất 20% xã không ma túy.")
  }

  func testNonIndicators() {
    let phrases = [
      "Kế hoạch thực hiện năm 2024.",
      "Thực hiện Quyết định số 1736/QĐ-UBND ngày 08/9/2023 của UBND tỉnh",
      "báo cáo trước ngày 31/12/2024",
      "theo quy định tại Điều 5 Luật Phòng, chống ma túy",
      "người nghiện ma túy từ đủ 18 tuổi trở lên; từ đủ 12 tuổi đến dưới 18 tuổi",
      "mức hỗ trợ 1.500.000 đồng/người/tháng",
      "giai đoạn 2021 - 2025, định kỳ 06 tháng",
      "Chỉ thị số 36-CT/TW, Ban Chỉ đạo 297, Đề án 1736",
      "1. Sở Lao động - Thương binh và Xã hội",
      "1.2. Mục tiêu cụ thể:",
      "a) Tiểu dự án 1: Nâng cao hiệu quả",
      "chẽ giữa cơ 6 đào tạo với Trung tâm",
      "- Ph01 hợp với các Bộ, ngành",
      "Định kỳ quý, 6 tháng, một năm báo cáo kết quả",
    ]
    for phrase in phrases {
      XCTAssertEqual(extract([phrase]).map(\.text), [], phrase)
    }
  }

  func testOnlyTheBodyIsRead() {
    let found = extract(["- 100% xã được tuyên truyền.", "Nơi nhận:", "- 100% xã."])
    XCTAssertEqual(found.count, 1)
  }

  func testNumbersAreParsedWithBounds() {
    XCTAssertEqual(IndicatorLexicon.value(of: "01"), 1)
    XCTAssertEqual(IndicatorLexicon.value(of: "1.500.000"), 1_500_000)
    XCTAssertEqual(IndicatorLexicon.value(of: "2,5"), 2.5)
    XCTAssertEqual(IndicatorLexicon.value(of: "2.5"), 2.5)
    XCTAssertNil(IndicatorLexicon.value(of: "1.2.3"))
    XCTAssertNil(IndicatorLexicon.value(of: String(repeating: "9", count: 40)))
    XCTAssertEqual(extract([String(repeating: "9", count: 40) + " người"]).count, 0)
  }
}
