import Foundation
import PlanExtract
import PlanModel
import PlanNormalize
import XCTest

/// Text the parser cannot place stays in its section and is counted there.
final class UnplacedTextTests: XCTestCase {
  func testSectionsCountTheirOwnLinesThatNoItemCovers() throws {
    let text = """
      KẾ HOẠCH
      I. MỤC TIÊU
      Phấn đấu trên 80% xã được tuyên truyền.

      II. KINH PHÍ THỰC HIỆN
      Kinh phí do ngân sách địa phương bảo đảm.
      Các đơn vị lập dự toán theo quy định.
      III. TỔ CHỨC THỰC HIỆN
      1. Sở Y tế
      Chủ trì, phối hợp tổ chức thực hiện.
      """
    let plan = PlanExtractor.extract(try Normalizer.decodeOnly(bytes: Array(text.utf8)), path: "t")
    let sections = Dictionary(uniqueKeysWithValues: flatten(plan.sections).map { ($0.id, $0) })
    XCTAssertEqual(sections["I"]?.unplacedLines, 0, "the indicator's line is placed")
    XCTAssertEqual(sections["II"]?.unplacedLines, 2, "narrative with no item: kept and counted")
    XCTAssertEqual(sections["III"]?.unplacedLines, 0, "no own text before its subsection")
    XCTAssertEqual(sections["III.1"]?.unplacedLines, 0, "the assignment covers its line")
    XCTAssertEqual(
      plan.source?.unplacedLines, flatten(plan.sections).reduce(0) { $0 + $1.unplacedLines })
  }

  private func flatten(_ sections: [Section]) -> [Section] {
    sections.flatMap { [$0] + flatten($0.children) }
  }
}

/// `--no-normalize` still composes decomposed letters (with located edits), so byte-level
/// readers see one spelling and spans stay in the original file.
final class DecomposedTextTests: XCTestCase {
  func testNFDTextGivesTheItemsOfNFCText() throws {
    let text = "Căn cứ Quyết định số 12/QĐ-UBND ngày 01/02/2024 của UBND tỉnh;\n"
    let nfd = text.decomposedStringWithCanonicalMapping
    let composed = PlanExtractor.extract(
      try Normalizer.decodeOnly(bytes: Array(text.utf8)), path: "a")
    let decomposed = PlanExtractor.extract(
      try Normalizer.decodeOnly(bytes: Array(nfd.utf8)), path: "b")
    XCTAssertEqual(composed.references.map(\.number), ["12/QĐ-UBND"])
    XCTAssertEqual(decomposed.references.map(\.number), ["12/QĐ-UBND"])
    XCTAssertGreaterThan(
      decomposed.references.first?.span.endColumn ?? 0,
      composed.references.first?.span.endColumn ?? 0,
      "columns count the decomposed file's scalars")
  }
}
