import Foundation
import PlanNormalize
import XCTest

/// `UnicodeCleanup`: composition, invisible characters and look-alike letters.
final class UnicodeCleanupTests: XCTestCase {
  private func repaired(_ text: String) -> (edits: [LineEdit], text: String) {
    let line = EncodingFixtures.scalars(text)
    let edits = UnicodeCleanup.repair(line: line)
    EncodingFixtures.assertWellFormed(edits, count: line.count, text)
    return (edits, EncodingFixtures.applying(edits, to: line))
  }

  func testNFDIsComposedAtTheRightColumns() {
    let nfd = "cai nghiện".decomposedStringWithCanonicalMapping
    XCTAssertEqual(
      Array(nfd.unicodeScalars).map(\.value),
      [0x63, 0x61, 0x69, 0x20, 0x6E, 0x67, 0x68, 0x69, 0x65, 0x323, 0x302, 0x6E])
    let result = repaired(nfd)
    XCTAssertEqual(result.edits.count, 1)
    XCTAssertEqual(result.edits.first?.start, 8)
    XCTAssertEqual(result.edits.first?.end, 11)
    XCTAssertEqual(result.edits.first?.replacement, ["ệ"])
    XCTAssertEqual(result.edits.first?.kind, .composition)
    XCTAssertEqual(Array(result.text.unicodeScalars), Array("cai nghiện".unicodeScalars))
  }

  func testEveryNFDVietnameseLetterIsComposed() {
    // All 134 marked letters and đ/Đ, as one NFD line.
    var letters = ""
    for vowel in "aăâeêioôơuưy".unicodeScalars {
      for mark in ["", "\u{301}", "\u{300}", "\u{309}", "\u{303}", "\u{323}"] {
        letters += (String(vowel) + mark).precomposedStringWithCanonicalMapping
      }
    }
    let nfc = letters + letters.uppercased()
    let nfd = nfc.decomposedStringWithCanonicalMapping
    let result = repaired(nfd)
    XCTAssertEqual(Array(result.text.unicodeScalars), Array(nfc.unicodeScalars))
    XCTAssertTrue(result.edits.allSatisfy { $0.kind == .composition })
  }

  func testMarksInAnyOrderGiveTheVietnameseLetter() {
    let cases: [(String, String)] = [
      ("e\u{301}\u{302}", "ế"),  // tone before circumflex
      ("\u{EA}\u{301}", "ế"),  // Windows-1258 style: precomposed ê + combining acute
      ("\u{E9}\u{302}", "ế"),  // precomposed é + combining circumflex
      ("o\u{300}\u{31B}", "ờ"),  // tone before horn
      ("\u{1A1}\u{309}", "ở"),
      ("U\u{31B}\u{303}", "Ữ"),
      ("A\u{306}\u{323}", "Ặ"),
      ("i\u{341}", "í"),  // deprecated acute tone mark
    ]
    for (input, expected) in cases {
      let result = repaired("x" + input + "x")
      XCTAssertEqual(
        Array(result.text.unicodeScalars), Array(("x" + expected + "x").unicodeScalars),
        input.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
      XCTAssertEqual(result.edits.first?.start, 1)
      XCTAssertEqual(result.edits.first?.end, 1 + input.unicodeScalars.count)
    }
  }

  func testNonVietnameseClustersUseCanonicalComposition() {
    XCTAssertEqual(repaired("n\u{303}").text, "ñ")
    XCTAssertEqual(repaired("d\u{323}").edits.first?.replacement, ["\u{1E0D}"])
    // Two tones: no Vietnamese letter; NFC composes the first only.
    XCTAssertEqual(
      Array(repaired("a\u{301}\u{300}").text.unicodeScalars), ["\u{E1}", "\u{300}"])
    // Nothing composes: no edit.
    XCTAssertEqual(repaired("x\u{301}").edits, [])
    XCTAssertEqual(repaired("\u{301}abc").edits, [])
  }

  func testSpacesBecomePlainSpaces() {
    for space in ["\u{A0}", "\u{202F}", "\u{2007}", "\u{2009}", "\u{3000}"] {
      let result = repaired("Sở\(space)Y tế")
      XCTAssertEqual(result.text, "Sở Y tế")
      XCTAssertEqual(result.edits.first?.start, 2)
      XCTAssertEqual(result.edits.first?.kind, .invisible)
    }
  }

  func testZeroWidthCharactersAndSoftHyphenAreRemoved() {
    for invisible in ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{AD}"] {
      let result = repaired("nghi\(invisible)ện")
      XCTAssertEqual(result.text, "nghiện")
      XCTAssertEqual(result.edits.count, 1)
      XCTAssertEqual(result.edits.first?.start, 4)
      XCTAssertEqual(result.edits.first?.end, 5)
      XCTAssertEqual(result.edits.first?.replacement, [])
      XCTAssertEqual(result.edits.first?.kind, .invisible)
    }
  }

  func testEthInsideAWordBecomesDWithStroke() {
    let result = repaired("Ðồng Nai, ðiều trị, Ɖà Nẵng, ɖã")
    XCTAssertEqual(result.text, "Đồng Nai, điều trị, Đà Nẵng, đã")
    XCTAssertEqual(result.edits.map(\.start), [0, 10, 20, 29])
    XCTAssertTrue(result.edits.allSatisfy { $0.kind == .lookalike })
  }

  func testEthAloneIsKept() {
    XCTAssertEqual(repaired("ký hiệu Ð và ð").edits, [])
  }

  func testCleanVietnameseHasNoEdits() {
    let lines = [
      "Kế hoạch triển khai thực hiện công tác cai nghiện ma túy năm 2024",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc",
      "Trên 80% số người nghiện được tư vấn; “hoà” và “hòa”; 6m²/1 học viên…",
    ]
    for line in lines { XCTAssertEqual(repaired(line).edits, [], line) }
  }
}
