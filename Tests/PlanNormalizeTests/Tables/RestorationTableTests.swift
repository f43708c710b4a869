import PlanTestSupport
import XCTest

@testable import PlanNormalize

/// Every entry of the curated restoration tables, each failure naming its entry.
final class RestorationTableTests: XCTestCase {
  private func text(_ name: String) throws -> String {
    try String(contentsOf: TestPaths.tables.appendingPathComponent(name), encoding: .utf8)
  }

  func testEveryRhymeOfThePhonotacticsTableMakesSomeSyllable() throws {
    let tables = try SharedFixtures.tables()
    let inventory = Set(tables.lexicon.shapes.map { String(String.UnicodeScalarView($0.toneless)) })
    for rhyme in tables.rules.rhymes {
      let spelled = String(String.UnicodeScalarView(rhyme))
      XCTAssertTrue(
        inventory.contains { $0.hasSuffix(spelled) }, "rhyme '\(spelled)' yields no syllable")
    }
    for onset in tables.rules.onsets {
      let spelled = String(String.UnicodeScalarView(onset))
      XCTAssertTrue(
        inventory.contains { $0.hasPrefix(spelled) }, "onset '\(spelled)' yields no syllable")
    }
  }

  func testSyllableTableMatchesThePhonotactics() throws {
    let tables = try SharedFixtures.tables()
    XCTAssertEqual(
      tables.lexicon.spellings, tables.rules.inventory(style: .old),
      "syllables.txt is out of date: run `swift run kehoach-tables build`")
  }

  func testEveryCuratedConfusionIsReadByTheChannel() throws {
    let tables = try SharedFixtures.tables()
    let entries = try OCRChannel.parseEntries(
      text(NormalizerTables.File.curatedChannel), name: "ocr-confusions.txt")
    XCTAssertFalse(entries.isEmpty)
    for entry in entries where entry.gold.count == 1 {
      let gold = try XCTUnwrap(tables.channel.goldIDs(entry.gold))
      let ocr = tables.channel.ocrIDs(entry.ocr)
      let score = tables.channel.logProb(ocr: ocr, gold: gold)
      let name =
        "\(String(String.UnicodeScalarView(entry.gold))) -> \(String(String.UnicodeScalarView(entry.ocr)))"
      // A listed confusion is a plausible reading: far likelier than an arbitrary glyph.
      XCTAssertGreaterThan(score, -4.5, "curated confusion \(name) scores \(score)")
      let unrelated = tables.channel.logProb(ocr: tables.channel.ocrIDs(["x", "x"]), gold: gold)
      XCTAssertGreaterThan(score, unrelated + 1, "curated confusion \(name)")
    }
  }

  func testEveryAbbreviationIsKeptAndItsDamagedFormRepaired() throws {
    let table = try SharedFixtures.tables().abbreviations
    for abbreviation in table.known.sorted() {
      let scalars = Array(abbreviation.unicodeScalars)
      XCTAssertNil(table.repair(scalars), "'\(abbreviation)' must stay as written")
      guard scalars.contains("\u{0110}") else { continue }
      let damaged = scalars.map { $0 == "\u{0110}" ? Unicode.Scalar("D") : $0 }
      let repaired = table.repair(damaged).map { String(String.UnicodeScalarView($0)) }
      XCTAssertEqual(repaired, abbreviation, "damaged form of '\(abbreviation)'")
    }
  }

  func testEveryAutocorrectRuleIsParsedIntoSyllables() throws {
    let tables = try SharedFixtures.tables()
    XCTAssertFalse(tables.autocorrect.isEmpty)
    for rule in tables.autocorrect {
      for syllable in rule.damaged + rule.intended {
        XCTAssertNotNil(
          tables.lexicon.syllable(surface: syllable),
          "'\(syllable)' in autocorrect rule \(rule.damaged) -> \(rule.intended)")
      }
    }
  }

  func testLearnedTablesLoadAndAreLargeEnough() throws {
    let tables = try SharedFixtures.tables()
    XCTAssertGreaterThan(tables.model.tokens.count, 1000)
    XCTAssertGreaterThan(tables.model.bigramCount, 10_000)
    XCTAssertGreaterThan(tables.model.trigramCount, 10_000)
    for token in ["của", "người", "nghiện", "túy", "UBND"] {
      XCTAssertNotEqual(tables.model.id(of: token), tables.model.unknownID, token)
    }
  }
}
