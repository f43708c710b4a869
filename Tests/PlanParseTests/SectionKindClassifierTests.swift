import XCTest

@testable import PlanParse

final class SectionKindClassifierTests: XCTestCase {
  /// Top-level headings of the OCR'd copies of seed 001 (`Corpus/ocr-pairs`): a keyword
  /// with a speck and a stray word inside, or with its spaces lost, still gives the kind.
  func testADamagedKeywordStillGivesTheKind() {
    XCTAssertEqual(SectionKindClassifier.kind(of: "TỔ CHỨC’'Có THỰC HIỆN"), .responsibilities)
    XCTAssertEqual(SectionKindClassifier.kind(of: "TOCHUCTHUCHIEN trẻ"), .responsibilities)
    XCTAssertEqual(SectionKindClassifier.kind(of: "KINH PHÍ{i THỰC HIỆN Ưu"), .budget)
    // Two stray words are too many; a heading without keywords stays other.
    XCTAssertEqual(SectionKindClassifier.kind(of: "TỔ CHỨC LỚP HỌC THỰC HIỆN"), .other)
    XCTAssertEqual(SectionKindClassifier.kind(of: "CÔNG TÁC KHÁC"), .other)
  }

  /// Clean top-level items of the training decrees and laws (`Corpus/training`), written as
  /// sentences: a keyword's words with one between them, or its marks folded away, are
  /// chance there, and the heading stays other.
  func testASentenceHeadingGetsNoKindFromADamagedKeyword() {
    for heading in [
      "Tiếp nhận, xử lý các phản ánh, kiến nghị của cá nhân, tổ chức trong thực hiện thủ tục",
      "Vận động Nhân dân tham gia phòng ngừa, đấu tranh chống tội phạm và vi phạm pháp luật",
      "Các khoản chi khác theo quyết định, hóa đơn, chứng từ chi tiêu hợp pháp",
      "Cán bộ được ưu tiên khi xem xét bổ nhiệm chức vụ cao hơn",
    ] {
      XCTAssertEqual(SectionKindClassifier.kind(of: heading), .other, heading)
    }
    // The keyword's own words next to each other still count (seed 003 OCR'd).
    XCTAssertEqual(SectionKindClassifier.kind(of: "Yêu-cầu"), .purpose)
  }
}
