import Foundation
import PlanNormalize
import PlanText

/// The JSON edit report of a normalization: summary, edits, warnings and optionally text.
package struct NormalizationReport: Encodable {
  package var file: String
  package var encoding: String
  package var summary: NormalizationSummary
  package var edits: [NormalizationEdit]
  package var warnings: [Diagnostic]
  package var text: String?

  package init(file: String, result: NormalizationResult) {
    self.file = file
    encoding = result.encoding.rawValue
    summary = result.summary
    edits = result.edits
    warnings = result.warnings
    text = result.text
  }

  /// Pretty JSON with sorted keys: the same input gives the same bytes.
  package func json(includingText: Bool) -> String {
    var copy = self
    if !includingText { copy.text = nil }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(copy) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }
}
