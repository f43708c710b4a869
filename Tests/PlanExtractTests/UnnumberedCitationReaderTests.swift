import PlanModel
import XCTest

@testable import PlanExtract

final class UnnumberedCitationReaderTests: XCTestCase {
  /// The citations of `lines` as `line-endLine kind | issuer | text`.
  private func citations(_ lines: [String], header: PlanDocument? = nil) -> [String] {
    let context = ExtractionContext(lines: lines, sections: [], columns: ColumnMap(edits: []))
    var ids = ItemIDs()
    return ReferenceExtractor.extract(context, header: header, ids: &ids).map {
      "\($0.span.line)-\($0.span.endLine) \($0.kind) | \($0.issuer ?? "-") | \($0.text)"
    }
  }

  /// Seed 000, lines 26-27: three documents named by their issuers, the last with its subject.
  func testDocumentsNamedByTheirIssuers() {
    XCTAssertEqual(
      citations([
        "triển khai, thực hiện kịp thời, có hiệu quả Chương trình của Chính phủ, Nghị quyết",
        "của Ban Thường vụ Tỉnh ủy, Kế hoạch của Ban Chỉ đạo 297, UBND tỉnh về",
        "phòng, chống và kiểm soát ma túy giai đoạn 2021 - 2025.",
      ]),
      [
        "1-1 Chương trình | Chính phủ | Chương trình của Chính phủ",
        "1-2 Nghị quyết | Ban Thường vụ Tỉnh ủy | Nghị quyết của Ban Thường vụ Tỉnh ủy",
        "2-3 Kế hoạch | Ban Chỉ đạo 297, UBND tỉnh | Kế hoạch của Ban Chỉ đạo 297, UBND tỉnh về"
          + " phòng, chống và kiểm soát ma túy giai đoạn 2021 - 2025",
      ])
  }

  /// Seed 000, line 47: the same documents again (the plan by its subject) are not read again.
  func testADocumentCitedAgainIsReadOnce() {
    let found = citations([
      "có hiệu quả Chương trình của Chính phủ, Kế hoạch của Ban Chỉ đạo 297 về phòng, chống ma túy.",
      "- Tổ chức thực hiện quán triệt, triển khai có hiệu quả Chương trình của Chính",
      "phủ, Kế hoạch của UBND tỉnh về phòng,",
      "chống ma túy, , trọng tâm",
    ])
    XCTAssertEqual(found.map { String($0.prefix(4)) }, ["1-1 ", "1-1 "], "\(found)")
  }

  /// Seeds 000 and 003: a titled document, its title over lines (blank ones between), once.
  func testTitledDocumentsToTheirClosingQuote() {
    XCTAssertEqual(
      citations([
        "Thực hiện Dự án “Nâng cao hiệu quả công tác cai nghiện ma túy ",
        "",
        "và người sử dụng trái phép chất ma túy” trên địa bàn tỉnh ",
        "Căn cứ Quyết định phê duyệt Dự án “Nâng cao hiệu quả công tác cai",
        "nghiện ma túy và người sử dụng trái phép chất ma túy”, Ủy ban nhân dân tỉnh",
      ]),
      [
        "1-3 Dự án | - | Dự án “Nâng cao hiệu quả công tác cai nghiện ma túy và người sử dụng"
          + " trái phép chất ma túy”"
      ])
  }

  /// Seed 004: the resolution the plan carries out, named again by kind and issuer (its
  /// issuer damaged by the OCR in the numbered citation), and the plan itself.
  func testTheNumberedDocumentAndThePlanItselfAreNotReadAgain() {
    var header = PlanDocument()
    header.type = "Kế hoạch"
    header.issuer = "Ủy ban nhân dân thành phố Hải Phòng"
    let found = citations(
      [
        "Thực hiện Nghị quyết số 04/2024/NQ-HĐND ngày 19/7/2024",
        "của Hội đồng nhân đùn thành phố quy định một số chính sách hỗ trợ",
        "- Căn cứ Nghị quyết của Hội đồng nhân dân thành phố và Kế hoạch này,",
        "dân thành phố và Kế hoạch của Ủy ban nhân dân thành phố đảm bảo mục tiêu,",
      ], header: header)
    XCTAssertEqual(found.count, 1, "\(found)")
    XCTAssertEqual(found.first?.hasPrefix("1-2 Nghị quyết | Hội đồng nhân đùn thành phố"), true)
  }

  func testWhatIsNotACitation() {
    XCTAssertEqual(
      citations([
        "- Xây dựng chương trình của Chính phủ về việc làm;",  // not a capitalized kind
        "Đề án “Nâng cao hiệu quả công tác cai nghiện",  // the quote never closes
        "",
        "Kế hoạch của các đơn vị phải gửi trước ngày 30/6;",  // not a body
        "Chương trình của năm 2024 gồm các nội dung",
      ]), [])
  }

  /// Columns count the blanks a line opens with, no-break and ideographic spaces too (read
  /// with `--no-normalize`, nothing turns them into spaces).
  func testSpansCountLeadingBlanks() {
    let context = ExtractionContext(
      lines: ["\u{A0}\u{A0}Thực hiện Đề án “Nâng cao hiệu quả” năm 2024"], sections: [],
      columns: ColumnMap(edits: []))
    var ids = ItemIDs()
    let found = ReferenceExtractor.extract(context, ids: &ids)
    XCTAssertEqual(found.map(\.span.column), [13])
    XCTAssertEqual(found.map(\.span.endColumn), [38])
  }

  /// Thousands of documents named by distinct issuers are read in linear time: each issuer
  /// is compared for closeness with a bounded number of earlier ones.
  func testManyDistinctIssuersTakeLinearTime() {
    let lines = (0..<3000).map { number in
      "Thực hiện Kế hoạch của Ban Chỉ đạo \(number * 7919 % 1_000_003) Cục \(number) tỉnh."
    }
    let start = Date()
    XCTAssertGreaterThan(citations(lines).count, 2000)
    XCTAssertLessThan(Date().timeIntervalSince(start), 10)
  }

  /// Past the documents compared for closeness, the same issuer is still one document.
  func testAnIssuerCitedAfterManyOthersIsReadOnce() {
    let others = (0..<40).map { "Thực hiện Kế hoạch của Ban Chỉ đạo \($0 * 7919 % 1_000_003)." }
    let found = citations(
      others + ["Kế hoạch của Ban Chỉ đạo 297 Cục tỉnh.", "Kế hoạch của Ban Chỉ đạo 297 Cục tỉnh."])
    XCTAssertGreaterThan(found.count, UnnumberedCitationReader.closeComparisons)
    XCTAssertEqual(found.filter { $0.hasPrefix("41-") }.count, 1, "\(found.suffix(2))")
    XCTAssertEqual(found.filter { $0.hasPrefix("42-") }, [])
  }

  /// The issuer runs over a body's name and stops where the sentence goes on.
  func testIssuerEnds() {
    func issuer(_ text: String) -> String? {
      let scalars = Array(text.unicodeScalars)
      return UnnumberedCitationReader.issuerEnd(scalars, from: 0).map {
        String(String.UnicodeScalarView(scalars[..<$0]))
      }
    }
    XCTAssertEqual(
      issuer("Ủy ban nhân dân thành phố đảm bảo mục tiêu"), "Ủy ban nhân dân thành phố")
    XCTAssertEqual(
      issuer("Hội đồng nhân dân thành phố và Kế hoạch này"), "Hội đồng nhân dân thành phố")
    XCTAssertEqual(
      issuer("Bộ Lao động - Thương binh và Xã hội về việc"), "Bộ Lao động - Thương binh và Xã hội")
    XCTAssertEqual(issuer("Ban Chỉ đạo tỉnh triển khai"), "Ban Chỉ đạo tỉnh")
    XCTAssertEqual(issuer("Ban Chỉ đạo quốc gia 1237 về tìm kiếm"), "Ban Chỉ đạo quốc gia 1237")
    XCTAssertEqual(issuer("Ban Chấp hành Trung ương khóa XII"), "Ban Chấp hành Trung ương")
    XCTAssertEqual(issuer("Chính phủ, Nghị quyết của"), "Chính phủ")
    XCTAssertEqual(issuer("HĐND tỉnh Nghệ An (khoá XV, kỳ họp thứ 13)"), "HĐND tỉnh Nghệ An")
    let long = "Ban " + String(repeating: "Chỉ ", count: 100_000)
    XCTAssertEqual(issuer(long)?.unicodeScalars.count ?? 0 <= 400, true)
  }
}
