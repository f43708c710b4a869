import Foundation
import PlanNormalize
import XCTest

/// The encoding stages on the five corpus documents: none is a legacy encoding, and the
/// only Unicode repairs are the four decomposed `ể` of document 003.
final class EncodingCorpusTests: XCTestCase {
  /// The expected `UnicodeCleanup` edits: document -> "line:start-end replacement".
  static let expectedCleanup: [String: [String]] = [
    "000_7eb6cb2be2d3f47a.txt": [],
    "001_aa44d5999c57a7ee.txt": [],
    "002_dc19ec08a48449ad.txt": [],
    "003_e13ed4dda70a459a.txt": [
      "175:20-22 ể", "258:20-22 ể", "305:34-36 ể", "491:19-21 ể",
    ],
    "004_f09fa728a4930ea7.txt": [],
  ]

  private func corpus() throws -> [(name: String, lines: [[Unicode.Scalar]])] {
    guard let documents = try EncodingFixtures.corpus() else {
      throw XCTSkip("no corpus at \(EncodingFixtures.corpusDirectory.path)")
    }
    return documents
  }

  func testNoCorpusDocumentIsALegacyEncoding() throws {
    let repair = try EncodingFixtures.legacyRepair()
    let documents = try corpus()
    XCTAssertEqual(documents.count, 5)
    for document in documents {
      let found = repair.detect(lines: document.lines)
      var scores: [String] = []
      for encoding in LegacyEncoding.allCases {
        let evidence = repair.evidence(lines: document.lines, as: encoding)
        scores.append(
          "\(encoding.rawValue) changed \(evidence.changed) gained \(evidence.gained)"
            + " lost \(evidence.lost)")
      }
      XCTAssertNil(found, "\(document.name): \(scores.joined(separator: "; "))")
    }
  }

  func testCorpusUnicodeCleanupFindsOnlyTheDecomposedLetters() throws {
    for document in try corpus() {
      var found: [String] = []
      for (index, line) in document.lines.enumerated() {
        for edit in UnicodeCleanup.repair(line: line) {
          let replacement = String(String.UnicodeScalarView(edit.replacement))
          found.append("\(index + 1):\(edit.start)-\(edit.end) \(replacement)")
          XCTAssertEqual(edit.kind, .composition, "\(document.name):\(index + 1)")
        }
      }
      XCTAssertEqual(found, Self.expectedCleanup[document.name] ?? [], document.name)
    }
  }

  func testCorpusDocumentsDecodeAsUTF8() throws {
    let decoder = try EncodingFixtures.decoder()
    let manager = FileManager.default
    guard manager.fileExists(atPath: EncodingFixtures.corpusDirectory.path) else {
      throw XCTSkip("no corpus at \(EncodingFixtures.corpusDirectory.path)")
    }
    for name in try manager.contentsOfDirectory(atPath: EncodingFixtures.corpusDirectory.path)
    where name.hasSuffix(".txt") {
      let url = EncodingFixtures.corpusDirectory.appendingPathComponent(name)
      let bytes = try [UInt8](Data(contentsOf: url))
      XCTAssertEqual(try decoder.decode(bytes).encoding, .utf8, name)
    }
  }
}
