import XCTest

@testable import PlanExtract

/// Names of bodies as an OCR leaves them, from the damaged copies in `Corpus/ocr-pairs`.
final class AgencyNamesTests: XCTestCase {
  func testSpecksGluedBetweenWordsBecomeSpaces() {
    for (damaged, clean) in [
      ("Phòng-Tư pháp", "Phòng Tư pháp"),
      ("Các.cơ quan, ban, ngành liên quan", "Các cơ quan, ban, ngành liên quan"),
      ("Các cơ’ quan, ban, ngành liên quan", "Các cơ quan, ban, ngành liên quan"),
      (
        "Đoàn Thanh niên Cộng sản Hồ.Chí Minh-và Liên đoàn",
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh và Liên đoàn"
      ),
      ("Phòng Tài chính -‘Kế hoạch", "Phòng Tài chính - Kế hoạch"),
      // Seed 003 OCR'd (`sans-blur-noise`) line 838.
      ("quốc Việt:Nam và các đoàn ‘thể chính trị", "quốc Việt Nam và các đoàn thể chính trị"),
    ] {
      XCTAssertEqual(AgencyNames.despeckled(damaged), clean, damaged)
    }
    // Clean names are left alone, a spaced dash included.
    for clean in [
      "Sở Lao động - Thương binh và Xã hội", "Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế.",
      "nhiệm vụ như sau: Sở Y tế", "lúc 8:30",
    ] {
      XCTAssertEqual(AgencyNames.despeckled(clean), clean)
    }
  }

  func testNoiseReadAfterANameIsDropped() {
    for (damaged, clean) in [
      ("Phòng Lao động - Thương binh và Xã hội Bees", "Phòng Lao động - Thương binh và Xã hội"),
      ("Công an tỉnh Bees", "Công an tỉnh"),
      ("Sở Nội vụ . coe a / . . .", "Sở Nội vụ"),
      ("Sở Tài chính . . Cử oo EBs", "Sở Tài chính"),
      ("Sở Kế hoạch và Đầu tư Số", "Sở Kế hoạch và Đầu tư"),
      ("Sở Y tế - tỷ", "Sở Y tế"),
      ("Sở Thông tin và Truyền thông tè oO ; ;", "Sở Thông tin và Truyền thông"),
      ("Hội Liên hiệp Phụ nữ tỉnh . ne oe", "Hội Liên hiệp Phụ nữ tỉnh"),
      ("Hội Liên hiệp Phụ nữ tỉnh e", "Hội Liên hiệp Phụ nữ tỉnh"),
      ("UBND các xã, thị trấn oe -", "UBND các xã, thị trấn"),
      (
        "Trung tâm Văn hóa - Thể thao và Truyền thông huyện. oạn Sự",
        "Trung tâm Văn hóa - Thể thao và Truyền thông huyện"
      ),
    ] {
      XCTAssertEqual(AgencyNames.trimmingNoise(damaged), clean, damaged)
    }
    // Real endings stay: place names, units, other words.
    for name in [
      "Sở Y tế Long An", "Sở Y tế Hà Nam", "Công an tỉnh Đồng Nai", "Hội Nông dân Việt Nam",
      "Ủy ban nhân dân các huyện, thị xã, thành phố", "Ban Tuyên giáo Huyện ủy",
      "Các cơ quan, ban, ngành liên quan", "Phòng Giáo dục và Đào tạo các huyện",
      "Đài Phát thanh và Truyền hình Đồng Nai",
    ] {
      XCTAssertEqual(AgencyNames.trimmingNoise(name), name)
    }
  }

  /// Agency headings of `Corpus/ocr-pairs` as the normalizer leaves them: seed 002
  /// `serif-noise` lines 249 (`| 3. SCY té cae See`) and 287 (`… Du lich eS wie a Lge ES`),
  /// seed 001 `sans-blur-noise` line 149 (`… Lién doan Lao déng 7 huyén ; .`).
  func testSpecksAroundAKnownBodyAreDropped() {
    for (damaged, clean) in [
      ("Sở Y tế các See", "Sở Y tế"),
      ("Sở Văn hóa, Thể thao và Du lịch e wie a Lúc E", "Sở Văn hóa, Thể thao và Du lịch"),
      ("Liên đoàn Lao động 7 huyện ; .", "Liên đoàn Lao động huyện"),
    ] {
      XCTAssertEqual(AgencyNames.trimmingNoise(damaged), clean, damaged)
    }
    // Real words after a body stay: a place, a unit, a number that is no speck.
    for name in [
      "Sở Y tế Long An", "Phòng Giáo dục và Đào tạo các huyện", "Sở Y tế Hà Nam Ninh",
      "Hội Nông dân xã Ea Kao", "Liên đoàn Lao động Khu 7",
    ] {
      XCTAssertEqual(AgencyNames.trimmingNoise(name), name)
    }
  }

  /// `2.Céngantinh`, `4.S0Yté` (seed 003 OCR'd): a whole name in one word is repaired.
  func testANameRunTogetherIsRepaired() {
    XCTAssertEqual(AgencyNames.repair("Céngantinh"), "Công an tỉnh")
    XCTAssertEqual(AgencyNames.repair("S0Yté"), "Sở Y tế")
    XCTAssertEqual(AgencyNames.repair("Sở Y tế"), "Sở Y tế")
    XCTAssertEqual(AgencyNames.repair("Thường"), "Thường")
  }

  func testADamagedUnitInACouncilListIsRepaired() {
    XCTAssertEqual(
      AgencyNames.repairingUnits("Ủy ban nhân dân các x, thị trấn"),
      "Ủy ban nhân dân các xã, thị trấn")
    XCTAssertEqual(
      AgencyNames.repairingUnits("Ủy ban nhân dân các huyện, thành phố"),
      "Ủy ban nhân dân các huyện, thành phố")
    // Not a list of units: nothing to repair.
    XCTAssertEqual(AgencyNames.repairingUnits("Các sở, ban, ngành"), "Các sở, ban, ngành")
  }
}
