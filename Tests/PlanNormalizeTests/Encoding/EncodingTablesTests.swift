import Foundation
import PlanNormalize
import XCTest

/// Every row of the four encoding tables, checked against lists written independently here,
/// and the table loader's errors.
final class EncodingTablesTests: XCTestCase {
  // MARK: - Expected values, written by hand in a different shape from the tables

  /// Windows-1252 bytes 0x80-0x9F (0 = undefined); 0xA0-0xFF are Latin-1.
  static let windows1252Low: [UInt32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
  ]

  /// Where Windows-1258 differs from Windows-1252 (0 = undefined).
  static let windows1258Changes: [UInt8: UInt32] = [
    0x8A: 0, 0x8E: 0, 0x9A: 0, 0x9E: 0,
    0xC3: 0x0102, 0xCC: 0x0300, 0xD0: 0x0110, 0xD2: 0x0309, 0xD5: 0x01A0, 0xDD: 0x01AF,
    0xDE: 0x0303, 0xE3: 0x0103, 0xEC: 0x0301, 0xF0: 0x0111, 0xF2: 0x0323, 0xF5: 0x01A1,
    0xFD: 0x01B0, 0xFE: 0x20AB,
  ]

  static func expectedWindows1252(_ byte: UInt8) -> UInt32 {
    byte < 0xA0 ? windows1252Low[Int(byte) - 0x80] : UInt32(byte)
  }

  static func expectedWindows1258(_ byte: UInt8) -> UInt32 {
    windows1258Changes[byte] ?? expectedWindows1252(byte)
  }

  /// TCVN3 as Windows-1252 shows it: per row, letters and their shown forms, position by
  /// position (toneless letter if not ASCII, then acute, grave, hook, tilde, dot).
  static let tcvn3Grid: [(letters: String, shown: String)] = [
    ("áàảãạ", "¸µ¶·¹"),
    ("ăắằẳẵặ", "¨¾»¼½Æ"),
    ("âấầẩẫậ", "©ÊÇÈÉË"),
    ("éèẻẽẹ", "ÐÌÎÏÑ"),
    ("êếềểễệ", "ªÕÒÓÔÖ"),
    ("íìỉĩị", "Ý×ØÜÞ"),
    ("óòỏõọ", "ãßáâä"),
    ("ôốồổỗộ", "«èåæçé"),
    ("ơớờởỡợ", "¬íêëìî"),
    ("úùủũụ", "óïñòô"),
    ("ưứừửữự", "\u{AD}øõö÷ù"),
    ("ýỳỷỹỵ", "ýúûüþ"),
    ("đĂÂÊÔƠƯĐ", "®¡¢£¤¥¦§"),
  ]

  /// VNI as Windows-1252 shows it: per row, letters and their space-separated spellings.
  static let vniGrid: [(letters: String, shown: String)] = [
    ("áàảãạ", "aù aø aû aõ aï"),
    ("âấầẩẫậ", "aâ aá aà aå aã aä"),
    ("ăắằẳẵặ", "aê aé aè aú aü aë"),
    ("éèẻẽẹ", "eù eø eû eõ eï"),
    ("êếềểễệ", "eâ eá eà eå eã eä"),
    ("óòỏõọ", "où oø oû oõ oï"),
    ("ôốồổỗộ", "oâ oá oà oå oã oä"),
    ("ơớờởỡợ", "ô ôù ôø ôû ôõ ôï"),
    ("úùủũụ", "uù uø uû uõ uï"),
    ("ưứừửữự", "ö öù öø öû öõ öï"),
    ("íìỉĩị", "í ì æ ó ò"),
    ("ýỳỷỹỵ", "yù yø yû yõ î"),
    ("đ", "ñ"),
    ("ÁÀẢÃẠ", "AÙ AØ AÛ AÕ AÏ"),
    ("ÂẤẦẨẪẬ", "AÂ AÁ AÀ AÅ AÃ AÄ"),
    ("ĂẮẰẲẴẶ", "AÊ AÉ AÈ AÚ AÜ AË"),
    ("ÉÈẺẼẸ", "EÙ EØ EÛ EÕ EÏ"),
    ("ÊẾỀỂỄỆ", "EÂ EÁ EÀ EÅ EÃ EÄ"),
    ("ÓÒỎÕỌ", "OÙ OØ OÛ OÕ OÏ"),
    ("ÔỐỒỔỖỘ", "OÂ OÁ OÀ OÅ OÃ OÄ"),
    ("ƠỚỜỞỠỢ", "Ô ÔÙ ÔØ ÔÛ ÔÕ ÔÏ"),
    ("ÚÙỦŨỤ", "UÙ UØ UÛ UÕ UÏ"),
    ("ƯỨỪỬỮỰ", "Ö ÖÙ ÖØ ÖÛ ÖÕ ÖÏ"),
    ("ÍÌỈĨỊ", "Í Ì Æ Ó Ò"),
    ("ÝỲỶỸỴ", "YÙ YØ YÛ YÕ Î"),
    ("Đ", "Ñ"),
  ]

  /// The grid as (shown scalars, letter) pairs.
  static func pairs(_ grid: [(letters: String, shown: String)], spaced: Bool)
    -> [(shown: [Unicode.Scalar], letter: Unicode.Scalar)]
  {
    var result: [(shown: [Unicode.Scalar], letter: Unicode.Scalar)] = []
    for row in grid {
      let letters = Array(row.letters.unicodeScalars)
      let shown: [[Unicode.Scalar]] =
        spaced
        ? row.shown.unicodeScalars.split(separator: " ").map(Array.init)
        : row.shown.unicodeScalars.map { [$0] }
      precondition(letters.count == shown.count, "grid row \(row.letters) is ragged")
      for (letter, form) in zip(letters, shown) { result.append((form, letter)) }
    }
    return result
  }

  // MARK: - Code pages

  func testEveryWindows1252ByteDecodesAsPublished() throws {
    let page = try EncodingFixtures.tables.get().windows1252
    for byte in UInt8(0x80)...UInt8(0xFF) {
      let expected = Self.expectedWindows1252(byte)
      XCTAssertEqual(
        page.scalar(for: byte)?.value ?? 0, expected,
        "windows-1252.txt entry \(CodePage.hex(byte))")
      if expected != 0, let scalar = Unicode.Scalar(expected) {
        XCTAssertEqual(page.byte(for: scalar), byte, "inverse of \(CodePage.hex(byte))")
      }
    }
  }

  func testEveryWindows1258ByteDecodesAsPublished() throws {
    let page = try EncodingFixtures.tables.get().windows1258
    for byte in UInt8(0x80)...UInt8(0xFF) {
      XCTAssertEqual(
        page.scalar(for: byte)?.value ?? 0, Self.expectedWindows1258(byte),
        "windows-1258.txt entry \(CodePage.hex(byte))")
    }
  }

  func testASCIIDecodesAsItselfInBothCodePages() throws {
    let tables = try EncodingFixtures.tables.get()
    for byte in UInt8(0x00)...UInt8(0x7F) {
      XCTAssertEqual(tables.windows1252.scalar(for: byte)?.value, UInt32(byte))
      XCTAssertEqual(tables.windows1258.scalar(for: byte)?.value, UInt32(byte))
    }
  }

  // MARK: - Legacy tables

  func testEveryTCVN3EntryMatchesTheStandard() throws {
    let table = try EncodingFixtures.tables.get().tcvn3
    let expected = Self.pairs(Self.tcvn3Grid, spaced: false)
    XCTAssertEqual(expected.count, 74, "VN3: 67 lowercase + 7 capitals")
    XCTAssertEqual(table.entries.count, expected.count, "tcvn3.txt row count")
    for pair in expected {
      let name = "tcvn3 \(LegacyTable.visible(pair.shown))->\(pair.letter)"
      let entry = table.entries.first { $0.shown == pair.shown }
      XCTAssertEqual(entry?.letter, pair.letter, "\(name): table row")
      XCTAssertEqual(entry?.note, name, "\(name): note")
    }
  }

  func testEveryTCVN3EntryConvertsInsideAWord() throws {
    let repair = try EncodingFixtures.legacyRepair()
    for pair in Self.pairs(Self.tcvn3Grid, spaced: false) {
      // `®` (đ) first: the word is no valid syllable before conversion, so it converts.
      let line: [Unicode.Scalar] = ["®"] + pair.shown
      let edits = repair.repair(line: line, as: .tcvn3)
      let name = "tcvn3 \(LegacyTable.visible(pair.shown))->\(pair.letter)"
      let result = EncodingFixtures.applying(edits, to: line)
      XCTAssertEqual(result, "đ" + String(pair.letter), "\(name): converted word")
      // `ý` (0xFD) is `ý` in both: no edit needed.
      guard pair.shown != [pair.letter] else { continue }
      let edit = edits.first { $0.start == 1 }
      XCTAssertEqual(edit?.end, 2, "\(name): edit end")
      XCTAssertEqual(edit?.kind, .legacyEncoding, "\(name): kind")
      XCTAssertEqual(edit?.note, name, "\(name): note")
    }
  }

  func testEveryVNIEntryMatchesTheStandard() throws {
    let table = try EncodingFixtures.tables.get().vni
    let expected = Self.pairs(Self.vniGrid, spaced: true)
    XCTAssertEqual(expected.count, 134, "VNI: 67 letters of each case")
    XCTAssertEqual(table.entries.count, expected.count, "vni.txt row count")
    for pair in expected {
      let name = "vni \(LegacyTable.visible(pair.shown))->\(pair.letter)"
      let entry = table.entries.first { $0.shown == pair.shown }
      XCTAssertEqual(entry?.letter, pair.letter, "\(name): table row")
    }
  }

  func testEveryVNIEntryConvertsInsideAWord() throws {
    let repair = try EncodingFixtures.legacyRepair()
    for pair in Self.pairs(Self.vniGrid, spaced: true) {
      let name = "vni \(LegacyTable.visible(pair.shown))->\(pair.letter)"
      // `ñ` (đ) first: the word is no valid syllable before conversion, so it converts.
      let line: [Unicode.Scalar] = ["ñ"] + pair.shown
      let edits = repair.repair(line: line, as: .vni)
      let result = EncodingFixtures.applying(edits, to: line)
      XCTAssertEqual(result, "đ" + String(pair.letter), "\(name): converted word")
      if pair.shown != [pair.letter] {
        let edit = edits.first { $0.start == 1 }
        XCTAssertEqual(edit?.end, 1 + pair.shown.count, "\(name): edit covers the spelling")
      }
    }
  }

  // MARK: - Loading

  func testTablesLoadQuickly() throws {
    _ = try EncodingFixtures.tables.get()  // warm up the letter tables and the file cache
    var best = Double.infinity
    for _ in 0..<10 {
      let start = DispatchTime.now().uptimeNanoseconds
      _ = try EncodingTables(directory: EncodingFixtures.tablesDirectory)
      let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
      best = min(best, elapsed)
    }
    XCTAssertLessThan(best, 5, "loading the four encoding tables took \(best) ms")
  }

  func testMissingDirectoryIsAMissingTableError() {
    let nowhere = URL(fileURLWithPath: "/nonexistent-kehoach-tables")
    XCTAssertThrowsError(try EncodingTables(directory: nowhere)) { error in
      XCTAssertEqual(
        error as? TableError,
        .missing(table: "windows-1258.txt", searched: ["/nonexistent-kehoach-tables"]))
    }
  }

  /// Loads the shipped tables with one file's text replaced.
  private func load(replacing name: String, with replacement: String) throws -> EncodingTables {
    func text(for file: String) throws -> String {
      file == name ? replacement : try EncodingFixtures.tableText(file)
    }
    return try EncodingTables(
      windows1258: text(for: "windows-1258.txt"), windows1252: text(for: "windows-1252.txt"),
      tcvn3: text(for: "tcvn3.txt"), vni: text(for: "vni.txt"))
  }

  /// The shipped table text with `old` replaced by `new` (which must occur).
  private func edited(_ name: String, _ old: String, _ new: String) throws -> String {
    let text = try EncodingFixtures.tableText(name)
    XCTAssertTrue(text.contains(old), "\(name) holds \(old)")
    return text.replacingOccurrences(of: old, with: new)
  }

  private func assertMalformed(
    _ name: String, _ text: String, line expectedLine: Int? = nil, reason: String,
    file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertThrowsError(try load(replacing: name, with: text), file: file, line: line) {
      error in
      guard case .malformed(let table, let row, let message)? = error as? TableError else {
        return XCTFail("expected TableError.malformed, got \(error)", file: file, line: line)
      }
      XCTAssertEqual(table, name, file: file, line: line)
      if let expectedLine { XCTAssertEqual(row, expectedLine, file: file, line: line) }
      XCTAssertTrue(
        message.contains(reason), "'\(message)' mentions '\(reason)'", file: file, line: line)
    }
  }

  /// The 1-based line of the first row starting with `prefix` in a shipped table.
  private func lineNumber(of prefix: String, in name: String) throws -> Int {
    let lines = try EncodingFixtures.tableText(name).components(separatedBy: "\n")
    let index = try XCTUnwrap(lines.firstIndex { $0.hasPrefix(prefix) })
    return index + 1
  }

  func testCodePageRowsAreValidated() throws {
    let name = "windows-1252.txt"
    let row = try lineNumber(of: "0x80\t", in: name)
    assertMalformed(
      name, try edited(name, "0x80\tU+20AC", "0x80\tU+20AC\tU+20AC"), line: row,
      reason: "expected")
    assertMalformed(
      name, try edited(name, "0x80\tU+20AC", "0x80\tE+20AC"), line: row, reason: "U+XXXX")
    assertMalformed(
      name, try edited(name, "0x80\tU+20AC", "0x8G\tU+20AC"), line: row, reason: "0x80-0xFF")
    assertMalformed(
      name, try edited(name, "0x80\tU+20AC", "0x41\tU+20AC"), line: row, reason: "0x80-0xFF")
    assertMalformed(
      name, try edited(name, "0x80\tU+20AC", "0x81\tU+20AC"), line: row + 1,
      reason: "listed twice")
    assertMalformed(name, try edited(name, "0xFF\tU+00FF", "# gone"), reason: "0xFF not listed")
  }

  func testLegacyRowsAreValidated() throws {
    let tcvn3 = "tcvn3.txt"
    let row = try lineNumber(of: "0xD5\t", in: tcvn3)
    assertMalformed(
      tcvn3, try edited(tcvn3, "0xD5\tU+1EBF", "0xD5 0x41\tU+1EBF"), line: row,
      reason: "at most 1 byte")
    assertMalformed(
      tcvn3, try edited(tcvn3, "0xD5\tU+1EBF", "0x41\tU+1EBF"), line: row, reason: "ASCII")
    assertMalformed(
      tcvn3, try edited(tcvn3, "0xD5\tU+1EBF", "0x81\tU+1EBF"), line: row,
      reason: "undefined in windows-1252.txt")
    assertMalformed(
      tcvn3, try edited(tcvn3, "0xD5\tU+1EBF", "0xD5\tU+0041"), line: row,
      reason: "not a Vietnamese letter")
    assertMalformed(
      tcvn3, try edited(tcvn3, "0xD5\tU+1EBF", "0xD5\tU+20AC"), line: row,
      reason: "not a Vietnamese letter")
    assertMalformed(
      tcvn3, try edited(tcvn3, "0xD6\tU+1EC7", "0xD5\tU+1EC7"), line: row + 1,
      reason: "listed twice")
    assertMalformed(
      "vni.txt", try edited("vni.txt", "0x61 0xF9\tU+00E1", "0x61 0xF9 0xF9\tU+00E1"),
      reason: "at most 2 byte")
    assertMalformed(
      "vni.txt", try edited("vni.txt", "0x61 0xF9\tU+00E1", "0x61  0xF9\tU+00E1"),
      reason: "expected")
  }
}
