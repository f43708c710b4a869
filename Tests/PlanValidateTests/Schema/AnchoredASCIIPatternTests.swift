import PlanTestSupport
import XCTest

@testable import PlanValidate

final class AnchoredASCIIPatternTests: XCTestCase {
  /// Patterns the byte matcher takes, with texts drawn from their alphabet.
  private static let patterns = [
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "^[0-9]{2}-[0-9]{2}$", "^[A-Za-z0-9][A-Za-z0-9._-]*$",
    "^$", "^a*$", "^a*a*b$", "^(?:x)$", "^a{2,3}b?$", "^a{0}b$", "^[a\\-z]+$", "^[-a]$",
    "^\\d+\\.\\d{1,2}$", "^a+a+$", "^[a-c]{2,}c$", "^x?y*z{1,}$", "^\\$a$", "^a\\$",
    "^a*?$", "^a{2}+$", "^[^a]$", "^.$", "^a|b$", "a", "^ab", "^[b-a]$",
    "^a{-1}$", "^a{+2}$", "^a{1,+2}$", "^[a-z--b]$", "^[a-c&&b]$", "^[a-c~~b]$", "^[[a]b]$",
  ]

  func testTakesOnlyTheSimpleAnchoredPatterns() {
    let taken = Self.patterns.filter { AnchoredASCIIPattern($0) != nil }
    XCTAssertEqual(
      taken,
      [
        "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "^[0-9]{2}-[0-9]{2}$", "^[A-Za-z0-9][A-Za-z0-9._-]*$",
        "^$", "^a*$", "^a*a*b$", "^a{2,3}b?$", "^a{0}b$", "^[a\\-z]+$", "^[-a]$",
        "^\\d+\\.\\d{1,2}$", "^a+a+$", "^[a-c]{2,}c$", "^x?y*z{1,}$", "^\\$a$",
      ])
  }

  /// Bounds with a sign (`{-1}`, read by the regex as literal text) and class set operations
  /// (`[a-z--b]`) are left to the regex: a schema using them gets the regex's answers, and
  /// `{-1}` no longer traps in the state machine.
  func testSignedBoundsAndClassSetOperationsGetTheRegexAnswer() throws {
    let cases: [(String, String, Bool)] = [
      ("^a{-1}$", "a{-1}", true), ("^a{-1}$", "a", false), ("^a{+2}$", "aa", false),
      ("^[a-z--b]$", "b", false), ("^[a-z--b]$", "-", false), ("^[a-z--b]$", "c", true),
      ("^[a-c&&b]$", "a", false), ("^[a-c&&b]$", "b", true), ("^[a-c~~b]$", "b", false),
    ]
    for (source, text, expected) in cases {
      XCTAssertEqual(try SchemaPattern(source).matches(text), expected, "\(source) on \(text)")
    }
  }

  /// On every pattern it takes, the byte matcher gives the regex's answer.
  func testAgreesWithTheRegex() throws {
    var generator = SeededGenerator(seed: 20_261_205)
    let alphabet = ["a", "b", "c", "x", "y", "z", "-", ".", "0", "1", "9", "$", "_", "é", "\n"]
    var texts = ["", "2024-12-31", "2024-1-31", "05-06", "ind-L12-3", "ind-L12-3\n", "Ab.c-d"]
    texts += generator.texts(from: alphabet, count: 4000, maxLength: 12)
    for source in Self.patterns {
      guard let anchored = AnchoredASCIIPattern(source) else { continue }
      let regex = try Regex(source).matchingSemantics(.unicodeScalar).asciiOnlyDigits()
      for text in texts {
        XCTAssertEqual(
          anchored.matches(text), (try? regex.firstMatch(in: text)) != nil, "\(source) on \(text)")
      }
    }
  }
}
