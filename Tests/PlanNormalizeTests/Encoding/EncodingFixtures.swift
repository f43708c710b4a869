import Foundation
import PlanNormalize
import XCTest

/// Shared fixtures of the encoding tests: the tables (found from this file's path in the
/// repository layout), the corpus documents, and helpers to apply edits.
enum EncodingFixtures {
  /// The repository root: `Tests/PlanNormalizeTests/Encoding/<file>` -> `../../../`.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `Sources/PlanNormalize/Tables`.
  static let tablesDirectory = root.appendingPathComponent("Sources/PlanNormalize/Tables")

  /// `Corpus/documents`.
  static let corpusDirectory = root.appendingPathComponent("Corpus/documents")

  /// The encoding tables, loaded once.
  static let tables: Result<EncodingTables, Error> = Result {
    try EncodingTables(directory: tablesDirectory)
  }

  /// The phonotactics, loaded once.
  static let rules: Result<SyllableRules, Error> = Result {
    let url = tablesDirectory.appendingPathComponent("phonotactics.txt")
    return try SyllableRules(table: String(contentsOf: url, encoding: .utf8))
  }

  /// The text of one table file.
  static func tableText(_ name: String) throws -> String {
    try String(contentsOf: tablesDirectory.appendingPathComponent(name), encoding: .utf8)
  }

  /// A legacy repairer over the shipped tables.
  static func legacyRepair() throws -> LegacyEncodingRepair {
    try LegacyEncodingRepair(tables: tables.get(), rules: rules.get())
  }

  /// A decoder over the shipped tables.
  static func decoder() throws -> InputDecoder {
    try InputDecoder(tables: tables.get(), rules: rules.get())
  }

  /// The scalars of a string.
  static func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

  /// The line with the edits applied.
  static func applying(_ edits: [LineEdit], to line: [Unicode.Scalar]) -> String {
    var progress = LineInProgress(line)
    progress.apply(edits)
    return progress.text
  }

  /// Fails unless the edits are in order, disjoint, inside the line and free of line breaks.
  static func assertWellFormed(
    _ edits: [LineEdit], count: Int, _ context: String, file: StaticString = #filePath,
    line: UInt = #line
  ) {
    var cursor = 0
    for edit in edits {
      XCTAssertTrue(
        edit.start >= cursor && edit.start <= edit.end && edit.end <= count,
        "\(context): edit \(edit.start)..<\(edit.end) out of order or range", file: file,
        line: line)
      XCTAssertFalse(
        edit.replacement.contains { $0 == "\n" || $0 == "\r" },
        "\(context): edit inserts a line break", file: file, line: line)
      cursor = max(cursor, edit.end)
    }
  }

  /// The corpus documents as (name, lines of scalars), or nil when the corpus is absent.
  static func corpus() throws -> [(name: String, lines: [[Unicode.Scalar]])]? {
    let manager = FileManager.default
    guard manager.fileExists(atPath: corpusDirectory.path) else { return nil }
    let names = try manager.contentsOfDirectory(atPath: corpusDirectory.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    return try names.map { name in
      let text = try String(
        contentsOf: corpusDirectory.appendingPathComponent(name), encoding: .utf8)
      let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        .map { line in Array(line.last == "\r" ? line.dropLast() : line[...]) }
      return (name, lines)
    }
  }
}
