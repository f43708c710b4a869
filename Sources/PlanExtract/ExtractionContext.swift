import Foundation
import PlanModel
import PlanParse
import PlanText

/// What every extractor reads: the normalized lines, the outline, and the column map.
public struct ExtractionContext: Sendable {
  /// Normalized lines (same numbering as the original file).
  public let lines: [String]
  /// The scalars of each line of the body (`lines[..<bodyEnd]`), decoded once for the
  /// readers that scan scalars.
  let bodyScalars: [[Unicode.Scalar]]
  public let sections: [SectionNode]
  public let columns: ColumnMap
  /// Index of the first line of the distribution list / signature (lines.count if none).
  public let bodyEnd: Int
  /// For each 1-based line, the id of the innermost section holding it.
  private let sectionOfLine: [String?]

  public init(lines: [String], sections: [SectionNode], columns: ColumnMap) {
    self.lines = lines
    self.sections = sections
    self.columns = columns
    var owner = [String?](repeating: nil, count: lines.count + 2)
    func mark(_ nodes: [SectionNode]) {
      for node in nodes {
        for line in node.line...max(node.line, node.endLine) where line < owner.count {
          owner[line] = node.id
        }
        mark(node.children)
      }
    }
    mark(sections)
    sectionOfLine = owner
    bodyEnd = lines.firstIndex(where: SectionParser.isDistributionList) ?? lines.count
    bodyScalars = lines[..<bodyEnd].map(\.scalarArray)
  }

  /// The innermost section holding a 1-based line.
  public func section(ofLine line: Int) -> String? {
    line >= 0 && line < sectionOfLine.count ? sectionOfLine[line] : nil
  }

  /// A span in the original file for normalized columns `column..<endColumn` (1-based).
  public func span(line: Int, column: Int, endLine: Int? = nil, endColumn: Int) -> Span {
    let last = endLine ?? line
    return Span(
      line: line, column: columns.originalColumn(line: line, column: column),
      endLine: last, endColumn: columns.originalColumn(line: last, column: endColumn))
  }
}

/// Stable item ids: `<kind>-L<line>-<n>`, n counting items of that kind on that line.
public struct ItemIDs: Sendable {
  private var counts: [String: Int] = [:]

  public init() {}

  public mutating func next(_ kind: String, line: Int) -> String {
    let key = "\(kind)-L\(line)"
    let count = (counts[key] ?? 0) + 1
    counts[key] = count
    return "\(key)-\(count)"
  }
}
