import Foundation
import PlanTestSupport
import XCTest

@testable import PlanParse

final class HeadingMatcherTests: XCTestCase {
  /// The byte prefilter never turns away a line the full reading accepts.
  func testPrefilterKeepsEveryHeadingOfTheCorpus() throws {
    var headings = 0
    // The OCR pairs too: their headings come after printed marks and specks; the training
    // texts for part letters (`A. MỤC ĐÍCH, YÊU CẦU`).
    for line in try CorpusLines.lines(in: ["documents", "ocr-pairs", "training"])
    where HeadingMatcher.match(line) != nil {
      XCTAssertTrue(HeadingMatcher.mayStartWithNumber(line), line)
      headings += 1
    }
    XCTAssertGreaterThan(headings, 1000)
  }

  func testPrefilterAcceptsEveryNumberingStyleAndRejectsOtherLines() {
    for line in ["**II. Nhiệm vụ**", "## 1.2. Chỉ tiêu", "đ) Sở Y tế", "a) Phòng", "  **12. x"] {
      XCTAssertTrue(HeadingMatcher.mayStartWithNumber(line), line)
      XCTAssertNotNil(HeadingMatcher.match(line), line)
    }
    for line in ["", "Căn cứ", "* 1. x", "đ Sở", "ă) x", "- 1. x", "**"] {
      XCTAssertFalse(HeadingMatcher.mayStartWithNumber(line), line)
      XCTAssertNil(HeadingMatcher.match(line), line)
    }
  }

  /// Headings of the OCR'd copies of seeds 001 and 002 (`Corpus/ocr-pairs`, normalized):
  /// markdown marks printed as letters, specks before the number, a period read as `:`,
  /// `,` or `..`, and `|.` for `I.`. They are read, and flagged as damaged.
  func testDamagedHeadingsAreReadAndFlagged() {
    for (line, number, heading) in [
      ("HHH |. MỤC ĐÍCH, YÊU CẦU", "I", "MỤC ĐÍCH, YÊU CẦU"),
      ("#HHH# I. MỤC ĐÍCH, YÊU CẦU : .", "I", "MỤC ĐÍCH, YÊU CẦU"),
      ("##HÀ# I. MỤC ĐÍCH, YÊU CẦU", "I", "MỤC ĐÍCH, YÊU CẦU"),
      (
        "; #H# 1. Phòng Lao động.- Thương. binh và Xã hội ; :", "1",
        "Phòng Lao động.- Thương. binh và Xã hội"
      ),
      ("“#2. Trung tâm Y tế huyện ; ; ;", "2", "Trung tâm Y tế huyện"),
      (": . ## 2. Trung tâm Y.tế huyện .", "2", "Trung tâm Y.tế huyện"),
      (
        "HHH 14. Trung tâm Văn hóa - Thể thao và Truyền thông huyện", "14",
        "Trung tâm Văn hóa - Thể thao và Truyền thông huyện"
      ),
      (
        "#4### 14. Trung tâm Văn hóa - Thể thao và Truyền thông huyện", "14",
        "Trung tâm Văn hóa - Thể thao và Truyền thông huyện"
      ),
      ("#H#H## 15. UBND các x, thị trấn", "15", "UBND các x, thị trấn"),
      (
        "_ ##Hà 14. Trung tâm Văn-hóa - Thể thao và Truyền thông huyện ; : -_", "14",
        "Trung tâm Văn-hóa - Thể thao và Truyền thông huyện"
      ),
      (
        "8.-Đề nghị Tòa án nhân dân tỉnh, Viện-Kiểm sát:nhân dân tỉnh", "8",
        "Đề nghị Tòa án nhân dân tỉnh, Viện-Kiểm sát:nhân dân tỉnh"
      ),
      ("6: Sở Kế hoạch.và Đầu tư . :", "6", "Sở Kế hoạch.và Đầu tư"),
      (". 7: Sở Tư pháp oe oe,", "7", "Sở Tư pháp oe oe,"),
      ("11, Sở-Công Thương ; : ;", "11", "Sở-Công Thương"),
      (
        "10..Đề nghị.Ban Tuyên giáo Huyện ủy: Chỉ đạo tăng cường", "10",
        "Đề nghị.Ban Tuyên giáo Huyện ủy"
      ),
    ] {
      XCTAssertTrue(HeadingMatcher.mayStartWithNumber(line), line)
      let match = HeadingMatcher.match(line)
      XCTAssertEqual(match?.number, number, line)
      XCTAssertEqual(match?.heading, heading, line)
      XCTAssertEqual(match?.isDamaged, true, line)
    }
    // Clean headings are not flagged; text that only looks like marks is no heading.
    XCTAssertEqual(HeadingMatcher.match("#### **I. MỤC ĐÍCH, YÊU CẦU**")?.isDamaged, false)
    for line in ["HHS. Công an huyện", "Hà Nội, ngày 02 tháng 02", "H 1. x", "4, 5 và 6 tháng"] {
      XCTAssertNil(HeadingMatcher.match(line), line)
    }
  }

  /// Training text kh-252: parts `A.` to `D.` above the Roman sections, headed in capitals.
  func testPartLettersHeadedInCapitals() {
    let part = HeadingMatcher.match(
      "B. NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN TỪ NAY ĐẾN NĂM 2020")
    XCTAssertEqual(part?.style, .part)
    XCTAssertEqual(part?.number, "B")
    XCTAssertEqual(part?.heading, "NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN TỪ NAY ĐẾN NĂM 2020")
    XCTAssertEqual(HeadingMatcher.match("**D. TỔ CHỨC THỰC HIỆN**")?.style, .part)
    for line in ["A. Nguyễn Văn An", "B. Có", "C.TỔ CHỨC", "K. TỔ CHỨC THỰC HIỆN", "I. MỤC ĐÍCH"] {
      XCTAssertNotEqual(HeadingMatcher.match(line)?.style, .part, line)
    }
  }

  /// `H.`, the last part letter, is also a printed markdown mark the prefilter skips before
  /// a number (`HHH 14.`): a part heading `H.` still reaches the full reading.
  func testThePartLetterHIsAPart() {
    for line in ["H. TỔ CHỨC THỰC HIỆN", "**H. TỔ CHỨC THỰC HIỆN**", "## H. KINH PHÍ"] {
      XCTAssertTrue(HeadingMatcher.mayStartWithNumber(line), line)
      XCTAssertEqual(HeadingMatcher.match(line)?.style, .part, line)
      XCTAssertEqual(HeadingMatcher.match(line)?.number, "H", line)
    }
  }

  /// `7. Phòng Giáo:dục và Đào tạo: Phối hợp …` (an OCR read a speck as `:`): a colon
  /// between two letters does not end the heading.
  func testAColonInsideAWordDoesNotEndTheHeading() {
    XCTAssertEqual(
      HeadingMatcher.match("7. Phòng Giáo:dục và Đào tạo: Phối hợp Công an huyện")?.heading,
      "Phòng Giáo:dục và Đào tạo")
    XCTAssertEqual(
      HeadingMatcher.match("5. Sở Tài chính: Trên cơ sở đề nghị")?.heading, "Sở Tài chính")
  }
}
