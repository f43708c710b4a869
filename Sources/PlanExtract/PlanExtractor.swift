import Foundation
import PlanModel
import PlanNormalize
import PlanParse
import PlanText

/// Turns a normalized plan text into the plan model: header, references, outline, goals,
/// indicators, agencies and assignments, deadlines, each with its span in the original file.
public enum PlanExtractor {
  /// The warning for a text that holds no plan (no outline and no document type).
  public static let notAPlanID = "parse.not_a_plan"

  /// Extracts the plan of a normalization result (its text and its edits).
  ///
  /// - Parameter path: the input as named to the user, recorded in `source`.
  /// - Complexity: linear in the length of the text.
  public static func extract(_ result: NormalizationResult, path: String) -> Plan {
    let lines = TextLineSplitter.lines(result.text)
    let sections = SectionParser.parse(lines: lines)
    let context = ExtractionContext(
      lines: lines, sections: sections, columns: ColumnMap(edits: result.edits))
    var ids = ItemIDs()
    let document = HeaderExtractor.extract(context)
    let references = ReferenceExtractor.extract(context, header: document, ids: &ids)
    let goals = GoalExtractor.extract(context, ids: &ids)
    var indicators = IndicatorExtractor.extract(context, ids: &ids)
    let (agencies, assignments) = AgencyExtractor.extract(
      context, header: document, ids: &ids)
    var deadlines = DeadlineExtractor.extract(context, ids: &ids)
    AgencyLinker.link(
      indicators: &indicators, deadlines: &deadlines, assignments: assignments)
    var warnings: [PlanWarning] = []
    if sections.isEmpty && document.type == nil {
      warnings.append(
        PlanWarning(
          id: notAPlanID, message: "no plan found: no numbered sections and no document type"))
    }
    var covered = [Bool](repeating: false, count: lines.count + 2)
    let spans =
      references.map(\.span) + goals.map(\.span) + indicators.map(\.span)
      + assignments.map(\.span) + deadlines.map(\.span)
    for span in spans where span.line >= 1 && span.line <= span.endLine {
      for line in span.line...min(span.endLine, lines.count) { covered[line] = true }
    }
    let modelled = modelSections(sections, context: context, covered: covered)
    return Plan(
      document: document, references: references, sections: modelled, goals: goals,
      indicators: indicators, agencies: agencies, assignments: assignments,
      deadlines: deadlines,
      source: PlanSource(
        path: path, lines: lines.count, unplacedLines: totalUnplaced(modelled)),
      normalization: NormalizationInfo(
        encoding: result.encoding.rawValue, legacyEncoding: result.summary.legacyEncoding,
        syllables: result.summary.syllables, repairedSyllables: result.summary.repairedSyllables,
        documentDamaged: result.summary.documentDamaged),
      warnings: warnings)
  }

  /// The outline as model sections, each spanning its heading to its last line, with the
  /// count of its own lines that no item covers.
  static func modelSections(
    _ nodes: [SectionNode], context: ExtractionContext, covered: [Bool]
  ) -> [Section] {
    nodes.map { node in
      let last = node.endLine - 1 < context.lines.count ? context.lines[node.endLine - 1] : ""
      var scalars = last.scalarArray
      while let final = scalars.last, final == " " || final == "\t" { scalars.removeLast() }
      // Its own text: after the heading line, up to its first subsection.
      let ownEnd = min(node.children.first.map { $0.line - 1 } ?? node.endLine, context.lines.count)
      var unplaced = 0
      if node.line + 1 <= ownEnd {
        for line in (node.line + 1)...ownEnd
        where !(line < covered.count && covered[line])
          && !context.lines[line - 1].allSatisfy({ $0 == " " || $0 == "\t" })
        {
          unplaced += 1
        }
      }
      return Section(
        id: node.id, number: node.number, heading: node.heading, kind: node.kind,
        span: context.span(
          line: node.line, column: node.column, endLine: node.endLine,
          endColumn: scalars.count + 1),
        children: modelSections(node.children, context: context, covered: covered),
        unplacedLines: unplaced)
    }
  }

  private static func totalUnplaced(_ sections: [Section]) -> Int {
    sections.reduce(0) { $0 + $1.unplacedLines + totalUnplaced($1.children) }
  }

}

/// Lines of a text, as the normalizer keeps them (`\n`, `\r\n` or `\r` end a line).
enum TextLineSplitter {
  /// The lines of `text`, split at `\n`, `\r\n` and `\r` (as splitting its characters
  /// would: a line break always ends a character), by a byte scan.
  static func lines(_ text: String) -> [String] {
    // The normalizer's own split; the empty text is one empty line here.
    let lines = TextLine.split(text).map(\.content)
    return lines.isEmpty ? [""] : lines
  }

}
