import Foundation
import PlanModel
import PlanParse
import PlanText

/// Finds the goals (mục tiêu) of a plan.
///
/// Goal sections are those whose heading begins with `Mục tiêu`; where one holds others
/// (`1. Mục tiêu` > `1.1. Mục tiêu chung`), the innermost are read. In a goal section each
/// bullet (`-`, `+`) is a goal, running over its wrapped lines to the next bullet or
/// heading, and belongs to the innermost section holding it (`a) Tiểu dự án 1`). A goal
/// section without bullets is one goal: its paragraph. The level is specific when the
/// section or one holding it says `cụ thể`, general otherwise.
public enum GoalExtractor {
  public static func extract(_ context: ExtractionContext, ids: inout ItemIDs) -> [Goal] {
    var goals: [Goal] = []
    func visit(_ nodes: [SectionNode], specific: Bool) {
      for node in nodes {
        let heading = node.heading.lowercasedByTable()
        let isGoalSection = heading.utf8HasPrefix("mục tiêu")
        let nowSpecific = specific || heading.utf8Contains("cụ thể")
        if isGoalSection
          && !node.children.contains(where: {
            $0.heading.lowercasedByTable().utf8HasPrefix("mục tiêu")
          }
          )
        {
          goals += read(node, context: context, specific: nowSpecific, ids: &ids)
        } else {
          visit(node.children, specific: nowSpecific)
        }
      }
    }
    visit(context.sections, specific: false)
    return goals
  }

  private static func isBullet(_ line: String) -> Bool {
    let text = line.trimmingBlanks()
    return text.utf8HasPrefix("- ") || text.utf8HasPrefix("+ ") || text.utf8HasPrefix("– ")
  }

  private static func read(
    _ node: SectionNode, context: ExtractionContext, specific: Bool, ids: inout ItemIDs
  ) -> [Goal] {
    let level: GoalLevel = specific ? .specific : .general
    let body = (node.line + 1)...max(node.line + 1, node.endLine)
    let headingLines = Set(allHeadingLines(node.children))
    let lines = body.filter { $0 - 1 < context.lines.count }
    let hasBullets = lines.contains {
      !headingLines.contains($0) && isBullet(context.lines[$0 - 1])
    }
    var goals: [Goal] = []
    var current: (start: Int, end: Int, text: [String])?
    func flush() {
      guard let item = current, !item.text.isEmpty else { return }
      let first = context.lines[item.start - 1]
      let last = context.lines[item.end - 1]
      let column = leadingColumn(first, skippingBullet: hasBullets)
      let endColumn =
        last.isBlank
        ? 1 : trailingEnd(last)
      goals.append(
        Goal(
          id: ids.next("goal", line: item.start),
          text: item.text.joined(separator: " "), level: level,
          section: context.section(ofLine: item.start),
          span: context.span(
            line: item.start, column: column, endLine: item.end, endColumn: endColumn)))
      current = nil
    }
    for line in lines {
      let raw = context.lines[line - 1]
      let text = raw.trimmingBlanks()
      if headingLines.contains(line) {
        flush()
        continue
      }
      if text.isEmpty { continue }
      if hasBullets {
        if isBullet(raw) {
          flush()
          current = (line, line, [String(text.dropFirst(2)).trimmingBlanks()])
        } else if current != nil {
          current?.end = line
          current?.text.append(text)
        }
      } else if current == nil {
        current = (line, line, [text])
      } else {
        current?.end = line
        current?.text.append(text)
      }
    }
    flush()
    return goals
  }

  private static func allHeadingLines(_ nodes: [SectionNode]) -> [Int] {
    nodes.flatMap { [$0.line] + allHeadingLines($0.children) }
  }

  /// The column of the first character of a goal's text (after spaces and the bullet).
  private static func leadingColumn(_ line: String, skippingBullet: Bool) -> Int {
    var column = 1
    var scalars = Substring(line).unicodeScalars[...]
    while let first = scalars.first, first == " " || first == "\t" {
      scalars = scalars.dropFirst()
      column += 1
    }
    if skippingBullet, let first = scalars.first, first == "-" || first == "+" || first == "–" {
      scalars = scalars.dropFirst()
      column += 1
      while let next = scalars.first, next == " " {
        scalars = scalars.dropFirst()
        column += 1
      }
    }
    return column
  }

  /// The column just past the last non-space character.
  private static func trailingEnd(_ line: String) -> Int {
    var scalars = line.scalarArray
    while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
    return scalars.count + 1
  }
}
