import Foundation
import PlanExtract
import PlanModel
import PlanNormalize
import PlanParse

/// A seed document ready for extraction, and its expected plan (`Corpus/expected`).
public enum SeedFixtures {
  /// The names of the five seeds (`000_7eb6cb2be2d3f47a`, ...).
  public static func names() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: TestPaths.documents.path)
      .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
  }

  /// The extraction context of a seed: normalized (edits kept), outlined, column-mapped.
  public static func context(_ name: String) throws -> ExtractionContext {
    let text = try TestPaths.document(String(name.prefix(3)))
    let result = Normalizer(tables: try SharedFixtures.tables()).normalize(text: text)
    let lines = result.text.components(separatedBy: "\n")
    return ExtractionContext(
      lines: lines, sections: SectionParser.parse(lines: lines),
      columns: ColumnMap(edits: result.edits))
  }

  /// The expected plan of a seed, written by reading the document.
  public static func expected(_ name: String) throws -> Plan {
    let url = TestPaths.corpus.appendingPathComponent("expected/\(name).json")
    return try JSONDecoder().decode(Plan.self, from: Data(contentsOf: url))
  }
}
