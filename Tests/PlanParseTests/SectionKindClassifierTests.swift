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
}
