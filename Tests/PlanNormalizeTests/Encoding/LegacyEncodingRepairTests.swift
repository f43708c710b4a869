import Foundation
import PlanNormalize
import XCTest

/// `LegacyEncodingRepair`: TCVN3, VNI and UTF-8 mojibake, detected per document and
/// repaired per line. Samples were encoded from the Unicode text with the shipped tables.
final class LegacyEncodingRepairTests: XCTestCase {
  /// (as shown after a Windows-1252 read, Unicode) for TCVN3. `\u{AD}` is TCVN3 `ư`.
  static let tcvn3Samples: [(shown: String, text: String)] = [
    (
      "KÕ ho¹ch triÓn khai thùc hiÖn c«ng t¸c cai nghiÖn ma tóy n¨m 2024",
      "Kế hoạch triển khai thực hiện công tác cai nghiện ma túy năm 2024"
    ),
    (
      "C¨n cø QuyÕt ®Þnh sè 1736/Q§-UBND ngµy 08/9/2023 cña UBND tØnh S¬n La",
      "Căn cứ Quyết định số 1736/QĐ-UBND ngày 08/9/2023 của UBND tỉnh Sơn La"
    ),
    (
      "Trªn 80% sè ng\u{AD}êi nghiÖn ma tóy ®\u{AD}îc t\u{AD} vÊn, ®iÒu trÞ vµ hç trî t¸i hßa"
        + " nhËp céng ®ång",
      "Trên 80% số người nghiện ma túy được tư vấn, điều trị và hỗ trợ tái hòa nhập cộng đồng"
    ),
    (
      "Së Lao ®éng - Th\u{AD}¬ng binh vµ X· héi chñ tr×, phèi hîp víi C«ng an tØnh, Së Y tÕ",
      "Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Công an tỉnh, Sở Y tế"
    ),
  ]

  /// TCVN3 capitals typed in the `.VnTimeH` font: lowercase codes, restored from context.
  static let tcvn3CapitalSamples: [(shown: String, text: String)] = [
    ("KÕ HO¹CH", "KẾ HOẠCH"),
    ("CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("NHIÖM Vô Vµ GI¶I PH¸P", "NHIỆM VỤ VÀ GIẢI PHÁP"),
  ]

  static let vniSamples: [(shown: String, text: String)] = [
    (
      "Keá hoaïch trieån khai thöïc hieän coâng taùc cai nghieän ma tuùy naêm 2024",
      "Kế hoạch triển khai thực hiện công tác cai nghiện ma túy năm 2024"
    ),
    (
      "Caên cöù Quyeát ñònh soá 1736/QÑ-UBND ngaøy 08/9/2023 cuûa UBND tænh Sôn La",
      "Căn cứ Quyết định số 1736/QĐ-UBND ngày 08/9/2023 của UBND tỉnh Sơn La"
    ),
    (
      "Treân 80% soá ngöôøi nghieän ma tuùy ñöôïc tö vaán, ñieàu trò vaø hoã trôï taùi hoøa"
        + " nhaäp coäng ñoàng",
      "Trên 80% số người nghiện ma túy được tư vấn, điều trị và hỗ trợ tái hòa nhập cộng đồng"
    ),
    (
      "Sôû Lao ñoäng - Thöông binh vaø Xaõ hoäi chuû trì, phoái hôïp vôùi Coâng an tænh, Sôû Y"
        + " teá",
      "Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Công an tỉnh, Sở Y tế"
    ),
    ("UÛy ban nhaân daân tænh Ñoàng Nai", "Ủy ban nhân dân tỉnh Đồng Nai"),
    ("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
  ]

  /// UTF-8 read as Windows-1252; bytes it leaves undefined (0x90, 0x9D) kept as C1 controls.
  static let mojibakeSamples: [(shown: String, text: String)] = [
    (
      "Káº¿ hoáº¡ch triá»ƒn khai thá»±c hiá»‡n cÃ´ng tÃ¡c cai nghiá»‡n ma tÃºy nÄƒm 2024",
      "Kế hoạch triển khai thực hiện công tác cai nghiện ma túy năm 2024"
    ),
    (
      "CÄƒn cá»© Quyáº¿t Ä‘á»‹nh sá»‘ 1736/QÄ\u{90}-UBND ngÃ\u{A0}y 08/9/2023 cá»§a UBND tá»‰nh"
        + " SÆ¡n La",
      "Căn cứ Quyết định số 1736/QĐ-UBND ngày 08/9/2023 của UBND tỉnh Sơn La"
    ),
    ("á»¦y ban nhÃ¢n dÃ¢n tá»‰nh Ä\u{90}á»“ng Nai", "Ủy ban nhân dân tỉnh Đồng Nai"),
    ("Ä\u{90}á»™c láº\u{AD}p - Tá»± do - Háº¡nh phÃºc", "Độc lập - Tự do - Hạnh phúc"),
    ("Æ\u{A0}n nghÄ©a â€œngÆ°á»\u{9D}iâ€\u{9D} â€¦", "Ơn nghĩa “người” …"),
  ]

  private func lines(_ samples: [(shown: String, text: String)]) -> [[Unicode.Scalar]] {
    samples.map { EncodingFixtures.scalars($0.shown) }
  }

  private func assertRepairs(
    _ samples: [(shown: String, text: String)], as encoding: LegacyEncoding,
    kind: NormalizationEdit.Kind, file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let repair = try EncodingFixtures.legacyRepair()
    for sample in samples {
      let scalars = EncodingFixtures.scalars(sample.shown)
      let edits = repair.repair(line: scalars, as: encoding)
      EncodingFixtures.assertWellFormed(
        edits, count: scalars.count, sample.text, file: file, line: line)
      XCTAssertEqual(
        Array(EncodingFixtures.applying(edits, to: scalars).unicodeScalars),
        Array(sample.text.unicodeScalars), "\(encoding.rawValue): \(sample.text)", file: file,
        line: line)
      for edit in edits {
        XCTAssertEqual(edit.kind, kind, file: file, line: line)
        XCTAssertEqual(edit.replacement.count, 1, file: file, line: line)
        XCTAssertNotNil(edit.note, file: file, line: line)
        XCTAssertTrue((0...1).contains(edit.confidence), file: file, line: line)
      }
    }
  }

  // MARK: - Detection

  /// The byte check run on every line agrees with the scalar check, on legacy text, clean
  /// Vietnamese and the edges of the two-byte range.
  func testByteCheckAgreesWithScalarCheck() {
    let samples =
      (Self.tcvn3Samples + Self.vniSamples + Self.mojibakeSamples).flatMap { [$0.shown, $0.text] }
      + [
        "", "ascii only", "Ủy ban nhân dân tỉnh", "\u{80}", "\u{24F}", "\u{250}", "ÿ", "€ 😀",
        "Ð", "ð", "Sở Y tế – “trích”",
      ]
    for text in samples {
      XCTAssertEqual(
        LegacyEncodingRepair.mayBeLegacy(utf8: text),
        LegacyEncodingRepair.mayBeLegacy(text.unicodeScalars), text)
    }
  }

  func testTCVN3DocumentIsDetected() throws {
    let repair = try EncodingFixtures.legacyRepair()
    XCTAssertEqual(repair.detect(lines: lines(Self.tcvn3Samples)), .tcvn3)
    XCTAssertEqual(repair.detect(lines: lines(Self.tcvn3CapitalSamples)), .tcvn3)
  }

  func testVNIDocumentIsDetected() throws {
    let repair = try EncodingFixtures.legacyRepair()
    XCTAssertEqual(repair.detect(lines: lines(Self.vniSamples)), .vni)
  }

  func testMojibakeDocumentIsDetected() throws {
    let repair = try EncodingFixtures.legacyRepair()
    XCTAssertEqual(repair.detect(lines: lines(Self.mojibakeSamples)), .mojibakeUTF8)
  }

  func testSingleLegacyLinesAreDetected() throws {
    let repair = try EncodingFixtures.legacyRepair()
    let cases: [(String, LegacyEncoding)] = [
      (Self.tcvn3Samples[0].shown, .tcvn3), (Self.vniSamples[0].shown, .vni),
      (Self.mojibakeSamples[0].shown, .mojibakeUTF8),
    ]
    for (shown, encoding) in cases {
      XCTAssertEqual(
        repair.detect(lines: [EncodingFixtures.scalars(shown)]), encoding, encoding.rawValue)
    }
  }

  func testCleanVietnameseIsNotDetected() throws {
    let repair = try EncodingFixtures.legacyRepair()
    let clean = Self.tcvn3Samples.map(\.text) + Self.vniSamples.map(\.text)
    XCTAssertNil(repair.detect(lines: clean.map(EncodingFixtures.scalars)))
    for text in clean {
      XCTAssertNil(repair.detect(lines: [EncodingFixtures.scalars(text)]), text)
    }
  }

  func testEnglishModelOCRDamageIsNotDetected() throws {
    let repair = try EncodingFixtures.legacyRepair()
    let damaged = [
      "Thuc hi€én De an “Nang cao hi€u qua cong tac cai nghién ma tay,",
      "S6: 36 /KH-UBND Son La, ngay 02 thang 02 nam 2024",
      "cho ngwoi sau cai nghién ma tuy trén dia ban tinh Son La dén nam 2025,",
      "ngw¢i nghién ma tly, c6 hiéu qua Chuong trinh ctia Chinh phu",
    ]
    XCTAssertNil(repair.detect(lines: damaged.map(EncodingFixtures.scalars)))
  }

  func testEmptyDocumentIsNotDetected() throws {
    let repair = try EncodingFixtures.legacyRepair()
    XCTAssertNil(repair.detect(lines: []))
    XCTAssertNil(repair.detect(lines: [[], EncodingFixtures.scalars("2024")]))
  }

  // MARK: - Whole documents

  func testApplyRepairsEveryLineAndReportsOriginalColumns() throws {
    let repair = try EncodingFixtures.legacyRepair()
    var lines = Self.tcvn3Samples.map { LineInProgress(EncodingFixtures.scalars($0.shown)) }
    lines.append(LineInProgress([]))
    XCTAssertEqual(repair.apply(to: &lines), .tcvn3)
    XCTAssertEqual(lines.map(\.text), Self.tcvn3Samples.map(\.text) + [""])
    let first = lines[0].reported(lineNumber: 1)
    XCTAssertEqual(first.first?.column, 2)
    XCTAssertEqual(first.first?.before, "Õ")
    XCTAssertEqual(first.first?.after, "ế")
    XCTAssertEqual(first.first?.kind, .legacyEncoding)
  }

  func testApplyLeavesUnicodeDocumentsAlone() throws {
    let repair = try EncodingFixtures.legacyRepair()
    var lines = Self.vniSamples.map { LineInProgress(EncodingFixtures.scalars($0.text)) }
    XCTAssertNil(repair.apply(to: &lines))
    XCTAssertEqual(lines.map(\.text), Self.vniSamples.map(\.text))
    XCTAssertTrue(lines.allSatisfy { $0.edits.isEmpty })
  }

  func testStaticConveniencesUseTheDefaultTables() throws {
    XCTAssertNoThrow(try LegacyEncodingRepair.standard.get())
    XCTAssertEqual(LegacyEncodingRepair.detect(lines: lines(Self.vniSamples)), .vni)
    let line = EncodingFixtures.scalars(Self.vniSamples[0].shown)
    XCTAssertEqual(
      EncodingFixtures.applying(LegacyEncodingRepair.repair(line: line, as: .vni), to: line),
      Self.vniSamples[0].text)
    var document = Self.mojibakeSamples.map { LineInProgress(EncodingFixtures.scalars($0.shown)) }
    XCTAssertEqual(LegacyEncodingRepair.apply(to: &document), .mojibakeUTF8)
    XCTAssertEqual(document.map(\.text), Self.mojibakeSamples.map(\.text))
  }

  // MARK: - Repair

  func testTCVN3SentencesAreRepaired() throws {
    try assertRepairs(Self.tcvn3Samples, as: .tcvn3, kind: .legacyEncoding)
  }

  func testTCVN3CapitalsAreRestoredFromContext() throws {
    try assertRepairs(Self.tcvn3CapitalSamples, as: .tcvn3, kind: .legacyEncoding)
  }

  func testVNISentencesAreRepaired() throws {
    try assertRepairs(Self.vniSamples, as: .vni, kind: .legacyEncoding)
  }

  func testMojibakeSentencesAreRepaired() throws {
    try assertRepairs(Self.mojibakeSamples, as: .mojibakeUTF8, kind: .mojibake)
  }

  func testTCVN3EditNamesTheTableEntryAtTheRightColumns() throws {
    let repair = try EncodingFixtures.legacyRepair()
    let edits = repair.repair(line: EncodingFixtures.scalars("KÕ ho¹ch"), as: .tcvn3)
    XCTAssertEqual(edits.count, 2)
    XCTAssertEqual(edits.first?.start, 1)
    XCTAssertEqual(edits.first?.end, 2)
    XCTAssertEqual(edits.first?.note, "tcvn3 Õ->ế")
    XCTAssertEqual(edits.last?.start, 5)
    XCTAssertEqual(edits.last?.note, "tcvn3 ¹->ạ")
    XCTAssertEqual(edits.last?.confidence, 0.95)
  }

  func testTCVN3SoftHyphenIsNamedVisibly() throws {
    let repair = try EncodingFixtures.legacyRepair()
    let edits = repair.repair(line: EncodingFixtures.scalars("ng\u{AD}êi"), as: .tcvn3)
    XCTAssertEqual(edits.map(\.note), ["tcvn3 U+00AD->ư", "tcvn3 ê->ờ"])
  }

  func testVNIEditCoversBaseAndMark() throws {
    let repair = try EncodingFixtures.legacyRepair()
    let edits = repair.repair(line: EncodingFixtures.scalars("Keá hoaïch"), as: .vni)
    XCTAssertEqual(edits.map(\.start), [1, 6])
    XCTAssertEqual(edits.map(\.end), [3, 8])
    XCTAssertEqual(edits.map(\.note), ["vni eá->ế", "vni aï->ạ"])
  }

  func testMojibakeEditCoversTheSequence() throws {
    let repair = try EncodingFixtures.legacyRepair()
    let edits = repair.repair(line: EncodingFixtures.scalars("Káº¿ Ä‘"), as: .mojibakeUTF8)
    XCTAssertEqual(edits.map(\.start), [1, 5])
    XCTAssertEqual(edits.map(\.end), [4, 7])
    XCTAssertEqual(edits.map(\.replacement), [["ế"], ["đ"]])
    XCTAssertEqual(edits.first?.note, "utf-8 as windows-1252 áº¿->ế")
  }

  func testMojibakeLeavesInvalidSequencesAlone() throws {
    let repair = try EncodingFixtures.legacyRepair()
    // `Ã` then a space, `Ã` at the end, `â€` cut short: no valid UTF-8 sequence.
    let line = EncodingFixtures.scalars("Ã x â€ Ã")
    XCTAssertEqual(repair.repair(line: line, as: .mojibakeUTF8), [])
  }

  func testUnicodeWordsInsideALegacyDocumentAreKept() throws {
    let repair = try EncodingFixtures.legacyRepair()
    // `các` is valid; TCVN3 would make it `cỏc`, invalid: taken for Unicode, left alone.
    let line = EncodingFixtures.scalars("c¸c các")
    let result = EncodingFixtures.applying(repair.repair(line: line, as: .tcvn3), to: line)
    XCTAssertEqual(result, "các các")
  }

  func testRepairNeverTouchesLineBreaksOrASCII() throws {
    let repair = try EncodingFixtures.legacyRepair()
    let line = EncodingFixtures.scalars("1.2. Muc tieu: 80% (2024) - \"abc\"")
    for encoding in LegacyEncoding.allCases {
      XCTAssertEqual(repair.repair(line: line, as: encoding), [], encoding.rawValue)
    }
  }
}
