import XCTest

@testable import PlanExtract

final class AgencyRegistryTests: XCTestCase {
  /// `#### 15. UBND cac x, thi tran` (seed 001 read by an OCR) names the communes' councils.
  func testADamagedUnitGivesTheCleanId() {
    var registry = AgencyRegistry(issuer: "UBND HUYỆN PHONG THỔ")
    XCTAssertEqual(registry.canonical("UBND các x, thị trấn"), "Ủy ban nhân dân các xã, thị trấn")
    let id = registry.register("UBND các xã, thị trấn")
    XCTAssertEqual(registry.register("UBND các x, thị trấn"), id)
  }
}
