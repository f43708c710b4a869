import PlanModel
import PlanNormalize
import PlanTestSupport
import XCTest

@testable import PlanExtract

final class DeadlineExtractorTests: XCTestCase {
  // MARK: - Golden: the five seeds against Corpus/expected

  /// How a found deadline is paired with an expected one.
  private struct Key: Hashable, CustomStringConvertible {
    var line: Int
    var kind: DeadlineKind
    var recurrence: Recurrence?
    var description: String {
      "L\(line) \(kind.rawValue) \(recurrence?.rawValue ?? "nil")"
    }
  }

  /// An expected entry the extractor deliberately does not reproduce (or an entry it adds
  /// that the hand readers left out), with the reason. Never skip an entry silently: list it
  /// here.
  private struct Exception {
    var seed: String
    var key: Key
    /// True: expected but not extracted. False: extracted but not expected.
    var missing: Bool
    var reason: String
  }

  /// None since the OCR repair reads the scans' `trude ngay` (000 L359) and `H?mg năm`
  /// (004 L83) as `trước ngày` and `Hằng năm`.
  private static let exceptions: [Exception] = []

  func testGoldenDeadlinesOfTheFiveSeeds() throws {
    var report: [String] = []
    var failures: [String] = []
    for name in try SeedFixtures.names() {
      let context = try SeedFixtures.context(name)
      var ids = ItemIDs()
      let found = DeadlineExtractor.extract(context, ids: &ids)
      let expected = try SeedFixtures.expected(name).deadlines
      let result = compare(seed: name, found: found, expected: expected)
      report.append(
        "\(name): found \(result.matched)/\(expected.count) expected, "
          + "\(result.extra) extra, \(result.excepted) excepted")
      failures += result.failures
    }
    print("DeadlineExtractor golden:\n  " + report.joined(separator: "\n  "))
    XCTAssert(failures.isEmpty, "\n" + failures.joined(separator: "\n"))
  }

  private struct Comparison {
    var matched = 0
    var extra = 0
    var excepted = 0
    var failures: [String] = []
  }

  private func compare(seed: String, found: [Deadline], expected: [Deadline]) -> Comparison {
    var result = Comparison()
    func key(_ deadline: Deadline) -> Key {
      Key(line: deadline.span.line, kind: deadline.kind, recurrence: deadline.recurrence)
    }
    func exception(_ deadline: Deadline, missing: Bool) -> Exception? {
      Self.exceptions.first { $0.seed == seed && $0.key == key(deadline) && $0.missing == missing }
    }
    var unmatched = found
    for want in expected {
      guard let index = unmatched.firstIndex(where: { key($0) == key(want) }) else {
        if exception(want, missing: true) != nil {
          result.excepted += 1
        } else {
          result.failures.append(
            "\(seed): MISSING \(key(want)) \(want.id) \"\(want.text)\" section "
              + "\(want.section ?? "nil")")
        }
        continue
      }
      let got = unmatched.remove(at: index)
      result.matched += 1
      var differences: [String] = []
      if got.date != want.date {
        differences.append("date \(got.date ?? "nil") != \(want.date ?? "nil")")
      }
      if got.dueDay != want.dueDay {
        differences.append("dueDay \(got.dueDay ?? "nil") != \(want.dueDay ?? "nil")")
      }
      if got.section != want.section {
        differences.append("section \(got.section ?? "nil") != \(want.section ?? "nil")")
      }
      if got.span.endLine != want.span.endLine {
        differences.append("endLine \(got.span.endLine) != \(want.span.endLine)")
      }
      if got.id != want.id { differences.append("id \(got.id) != \(want.id)") }
      if !differences.isEmpty {
        result.failures.append(
          "\(seed): DIFFERS \(key(want)) \"\(got.text)\": "
            + differences.joined(separator: "; "))
      }
    }
    for got in unmatched {
      if exception(got, missing: false) != nil {
        result.excepted += 1
      } else {
        result.extra += 1
        result.failures.append(
          "\(seed): EXTRA \(key(got)) \"\(got.text)\" section \(got.section ?? "nil") "
            + "columns \(got.span.column)..<\(got.span.endColumn)")
      }
    }
    return result
  }

  // MARK: - Focused: the phrases of DOMAIN.md and the rules around them

  /// The deadlines of `lines` as a plan body (no sections, no normalization edits).
  private func deadlines(_ lines: [String], edits: [NormalizationEdit] = []) -> [Deadline] {
    let context = ExtractionContext(lines: lines, sections: [], columns: ColumnMap(edits: edits))
    var ids = ItemIDs()
    return DeadlineExtractor.extract(context, ids: &ids)
  }

  private func summary(_ found: [Deadline]) -> [String] {
    found.map { deadline in
      [
        deadline.id, deadline.kind.rawValue, deadline.date ?? "-",
        deadline.recurrence?.rawValue ?? "-", deadline.dueDay ?? "-", deadline.text,
        "\(deadline.span.line):\(deadline.span.column)-"
          + "\(deadline.span.endLine):\(deadline.span.endColumn)",
      ].joined(separator: " | ")
    }
  }

  func testDueDateBeforeAndUntil() {
    XCTAssertEqual(
      summary(deadlines(["thực hiện trước ngày 25/11/2024 và báo cáo đột xuất"])),
      ["ddl-L1-1 | date | 2024-11-25 | - | - | trước ngày 25/11/2024 | 1:11-1:32"])
    XCTAssertEqual(
      summary(deadlines(["- Đến ngày 31/12/2024, có ít nhất 01 mô hình"])),
      ["ddl-L1-1 | date | 2024-12-31 | - | - | Đến ngày 31/12/2024 | 1:3-1:22"])
    XCTAssertEqual(
      summary(deadlines(["hoàn thành chậm nhất ngày 15 tháng 6 năm 2024."])),
      ["ddl-L1-1 | date | 2024-06-15 | - | - | chậm nhất ngày 15 tháng 6 năm 2024 | 1:12-1:46"])
    XCTAssertEqual(
      summary(deadlines(["gửi báo cáo trước 05/12 hằng năm"])).first,
      "ddl-L1-1 | date | - | - | 05-12 | trước 05/12 | 1:13-1:24",
      "a date without a year is a due day")
  }

  func testPeriodicWithOwnDueDaysGivesOneDeadlinePerRecurrence() {
    let found = deadlines([
      "thực hiện Dự án theo định kỳ 06 tháng (trước ngày 05/6) và hàng năm (trước ",
      "",
      "05/12), đột xuất về Sở Lao động",
    ])
    XCTAssertEqual(
      summary(found),
      [
        "ddl-L1-1 | recurring | - | semiannual | 05-06 | định kỳ 06 tháng (trước ngày 05/6)"
          + " | 1:22-1:56",
        "ddl-L1-2 | recurring | - | annual | 05-12 | hàng năm (trước 05/12) | 1:60-3:7",
      ])
  }

  /// Seed 003 OCR'd (`Corpus/ocr-pairs`): `(tric ngay 05/6)`, `(tru ngay 05/6)` and
  /// `(trdéc ngay 05/6)` came back from the repair as `trực`, `trừ` and `trở`. In
  /// parentheses after a frequency, a short `tr` word before `ngày DATE` is `trước`.
  func testADamagedTruocInParenthesesStillGivesTheDueDay() {
    for word in ["trực", "trừ", "trở"] {
      let found = deadlines([
        "thực hiện Dự án theo định kỳ 06 tháng (\(word) ngày 05/6) và hàng năm (trước", "",
        "05/12), đột xuất về Sở Lao động",
      ])
      XCTAssertEqual(found.map { $0.dueDay ?? "-" }, ["05-06", "05-12"], word)
    }
    // Outside that place, `trừ ngày` (except the day) is no due day.
    XCTAssertEqual(deadlines(["nghỉ các ngày lễ, trừ ngày 05/6 năm nay"]).map(\.dueDay), [])
  }

  /// Seed 003 OCR'd with noise (`Corpus/ocr-pairs`, line 831): specks at the end of the
  /// line between `(trước` and the date on the next line.
  func testSpecksAtALineEndDoNotCutADueDay() {
    for specks in ["™ :", ": _"] {
      let found = deadlines([
        "theo định kỳ 06 tháng (trước ngày 05/6) và hàng năm (trước \(specks)", "",
        "05/12), đột xuất về Sở Lao động",
      ])
      XCTAssertEqual(found.map { $0.dueDay ?? "-" }, ["05-06", "05-12"], specks)
    }
    // On one line, a mark between `trước` and a date is not skipped.
    XCTAssertEqual(deadlines(["báo cáo hàng năm (trước : 05/12)"]).map { $0.dueDay ?? "-" }, ["-"])
  }

  /// Seed 002 and 003 OCR'd with noise: specks between a check and its `định kỳ`.
  func testSpecksDoNotHideACheck() {
    XCTAssertEqual(deadlines(["các chương trình sức khỏe khác như khám sức khỏe : . định kỳ."]), [])
    XCTAssertEqual(deadlines(["như khám sức khỏe — - :", "", "định kỳ... a a poe"]), [])
  }

  /// A bullet opening the line of `định kỳ` is not a speck: the check on the line above
  /// (a heading `Chăm sóc sức khỏe`) does not reach the duty.
  func testABulletAfterACheckLineKeepsTheDuty() {
    XCTAssertEqual(
      summary(deadlines(["1. Chăm sóc sức khỏe", "- Định kỳ hằng quý báo cáo kết quả."])).count,
      1)
    XCTAssertEqual(
      summary(deadlines(["2. Tổ chức khám", "  . Định kỳ 6 tháng tổng hợp kết quả."])).count, 1)
  }

  /// Walking back over a long run of specks before `định kỳ` takes linear time (each
  /// position used to rescan the whole run).
  func testALongSpeckRunBeforeAPeriodicDutyIsWalkedOnce() {
    let dots = String(repeating: ".", count: 30_000)
    let start = Date()
    XCTAssertEqual(deadlines(["Khám sức khỏe \(dots) định kỳ hằng năm."]), [])
    XCTAssertLessThan(Date().timeIntervalSince(start), 5)
  }

  func testPeriodicListsShareOneSpan() {
    XCTAssertEqual(
      summary(deadlines(["- Định kỳ hàng tháng, quý, năm báo cáo tình hình thực hiện"])),
      [
        "ddl-L1-1 | recurring | - | monthly | - | Định kỳ hàng tháng, quý, năm | 1:3-1:31",
        "ddl-L1-2 | recurring | - | quarterly | - | Định kỳ hàng tháng, quý, năm | 1:3-1:31",
        "ddl-L1-3 | recurring | - | annual | - | Định kỳ hàng tháng, quý, năm | 1:3-1:31",
      ])
    XCTAssertEqual(
      deadlines(["Định kỳ quý, 6 tháng, một năm báo cáo kết quả"]).map(\.recurrence),
      [.quarterly, .semiannual, .annual])
    XCTAssertEqual(
      summary(deadlines(["Báo cáo kết quả định kỳ (06 tháng và hàng năm), đột xuất về Sở"])),
      [
        "ddl-L1-1 | recurring | - | semiannual | - | định kỳ (06 tháng và hàng năm) | 1:17-1:47",
        "ddl-L1-2 | recurring | - | annual | - | định kỳ (06 tháng và hàng năm) | 1:17-1:47",
      ])
  }

  func testBarePeriodicHasNoRecurrence() {
    XCTAssertEqual(
      summary(deadlines(["h) Định kỳ báo cáo đánh giá tình hình thực hiện Kế hoạch này;"])),
      ["ddl-L1-1 | recurring | - | - | - | Định kỳ | 1:4-1:11"])
    XCTAssertEqual(
      deadlines(["UBND các xã, phường, thị trấn định kỳ, đột xuất tổ chức rà soát"]).count, 1)
  }

  func testStandaloneFrequencies() {
    XCTAssertEqual(
      summary(deadlines(["- Hằng quý báo cáo kết quả việc triển khai"])),
      ["ddl-L1-1 | recurring | - | quarterly | - | Hằng quý | 1:3-1:11"])
    XCTAssertEqual(
      deadlines(["căn cứ nhiệm vụ được giao, hàng năm xây dựng kế hoạch"]).map(\.recurrence),
      [.annual], "after a comma it opens a clause")
    XCTAssertEqual(
      deadlines(["các đơn vị báo cáo hàng tháng về Sở"]).map(\.recurrence), [.monthly],
      "right after a duty verb")
    XCTAssertEqual(
      deadlines(["Các sở lập dự toán ngân sách hàng năm để thực hiện"]).map(\.recurrence),
      [.annual], "closing the object of lập")
    XCTAssertEqual(
      deadlines(["- H?mg năm, tổ chức kiểm tra"]).map(\.recurrence), [],
      "an unreadable word is not guessed to be hằng")
    XCTAssertEqual(
      deadlines(["Phân công trực ngày 30/4/2024 tại trụ sở"]).map(\.kind), [],
      "a duty roster (trực ngày) is no due date")
  }

  func testEffectiveDates() {
    XCTAssertEqual(
      summary(deadlines(["khai thực hiện Nghị quyết (có hiệu lực từ ngày 01/8/2024) được"])),
      ["ddl-L1-1 | effective | 2024-08-01 | - | - | có hiệu lực từ ngày 01/8/2024 | 1:28-1:57"])
    XCTAssertEqual(
      summary(deadlines(["thuộc Sở Lao động - Thương binh và Xã hội từ ngày 01/01/2024; xây"])),
      ["ddl-L1-1 | effective | 2024-01-01 | - | - | từ ngày 01/01/2024 | 1:43-1:61"])
  }

  func testWhatIsNotADeadline() {
    let lines = [
      "Thực hiện Quyết định số 1736/QĐ-UBND ngày 08/9/2023 của UBND tỉnh",
      "khác như khám sức khỏe định kỳ; tư vấn, kết nối",
      "- Thường xuyên rà soát, thống kê",
      "được bố trí trong dự toán chi ngân sách nhà nước hàng năm của các Sở, ngành",
      "vào kế hoạch phát triển kinh tế - xã hội hàng năm của huyện.",
      "pháp khác được bố trí trong dự toán chi ngân sách ",
      "hàng năm để triển khai thực hiện Dự án",
      "3. Thời gian thực hiện: Giai đoạn từ năm 2023 đến năm 2025.",
      "Thời gian thực hiện từ ngày 01/6/2023 đến ngày 31/12/2023.",
      "chế độ trợ cấp hàng tháng cho người cai nghiện",
      "hoàn thành trước ngày 31/02/2024",
      "ban hành Đề án đến năm 2025, định hướng đến năm 2030",
    ]
    XCTAssertEqual(summary(deadlines(lines)), [])
  }

  func testOnlyTheBodyIsRead() {
    let lines = ["- Hằng quý báo cáo.", "Nơi nhận:", "- Hằng năm báo cáo."]
    XCTAssertEqual(deadlines(lines).map(\.span.line), [1])
  }

  func testSpansPointIntoTheOriginalLine() {
    // Original `a tir ngay 01/01/2024;` was repaired to `a từ ngày 01/01/2024;`.
    let edits = [
      NormalizationEdit(
        line: 1, column: 3, endColumn: 6, before: "tir", after: "từ", kind: .ocr, confidence: 1)
    ]
    let found = deadlines(["a từ ngày 01/01/2024;"], edits: edits)
    XCTAssertEqual(found.map(\.span), [Span(line: 1, column: 3, endLine: 1, endColumn: 22)])
    XCTAssertEqual(found.map(\.text), ["từ ngày 01/01/2024"])
    XCTAssertEqual(found.map(\.agency), [nil])
  }

  // MARK: - VietnameseDate

  func testDateParserAcceptsTheWrittenForms() {
    let cases: [(String, String)] = [
      ("ngày 02 tháng 02 năm 2024", "2024-02-02"),
      ("Ngày 4 tháng9 năm 2024", "2024-09-04"),
      ("ngày 30 tháng 12\nnăm 2022", "2022-12-30"),
      ("31/5/2023", "2023-05-31"),
      ("ngày 25/11/2024", "2024-11-25"),
      ("25-11-2024", "2024-11-25"),
      ("01.8.2024", "2024-08-01"),
      ("29/02/2024", "2024-02-29"),
      ("29/02/2000", "2000-02-29"),
    ]
    for (text, iso) in cases {
      XCTAssertEqual(VietnameseDate.parse(text)?.iso, iso, text)
    }
  }

  func testDateParserImpliesTheYear() {
    let date = VietnameseDate.parse("05/6")
    XCTAssertEqual(date?.year, nil)
    XCTAssertEqual(date?.iso, nil)
    XCTAssertEqual(date?.dayMonth, "05-06")
    XCTAssertEqual(VietnameseDate.parse("ngày 05 tháng 6")?.dayMonth, "05-06")
    XCTAssertEqual(VietnameseDate.parse("29/02")?.dayMonth, "29-02", "a leap year may be meant")
    XCTAssertEqual(VietnameseDate.parse("5/12")?.description, "05-12")
  }

  func testDateParserRejectsImpossibleAndMalformedDates() {
    let rejected = [
      "31/02/2024", "29/02/2023", "29/02/1900", "31/4", "31/04/2024", "00/5/2024", "12/13/2024",
      "32/1", "05/6/24", "1/2/3", "05-6", "ngày tháng năm 2023", "31 tháng 02 năm 2024",
      "01/01/1899", "123/4/2024", "25/11/20245", "25/11/2024a", "ngày", "", "2021 - 2030",
    ]
    for text in rejected {
      XCTAssertNil(VietnameseDate.parse(text), text)
    }
    XCTAssertNil(VietnameseDate(day: 31, month: 2, year: nil))
    XCTAssertNil(VietnameseDate(day: 1, month: 0, year: 2024))
    XCTAssertEqual(VietnameseDate(day: 1, month: 8, year: 2024)?.iso, "2024-08-01")
  }

  func testDateMatchFindsAPrefixAndItsEnd() {
    let scalars = Array("25/11/2024 và báo cáo".unicodeScalars)
    let found = VietnameseDate.match(in: scalars, from: 0)
    XCTAssertEqual(found?.date.iso, "2024-11-25")
    XCTAssertEqual(found?.end, 10)
    let cited = Array("số 116/2021/NĐ-CP".unicodeScalars)
    XCTAssertNil(VietnameseDate.match(in: cited, from: 4), "no date starts inside a number")
    XCTAssertNil(VietnameseDate.match(in: cited, from: 3), "116/20.. is no date")
  }
}
