import Foundation
import PlanCheck

/// `kehoach check` reports as text, JSON and Markdown.
enum CheckReportRenderer {
  static func json(_ report: CheckReport) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(report) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// One row of the indicator table: id, target, reported, verdict, plan line.
  static func verdictRows(_ report: CheckReport) -> [[String]] {
    report.verdicts.map {
      [
        $0.indicator, $0.target, $0.reported ?? "—",
        $0.status.rawValue + ($0.deadlinePassed ? " (deadline passed)" : ""),
        String($0.span.line),
      ]
    }
  }

  static func text(_ report: CheckReport) -> String {
    var out = "plan \(report.plan.number ?? report.plan.path) · results \(report.results.path)"
    out += " · as of \(report.asOf) · approx tolerance \(percent(report.tolerance))\n\n"
    out += table(
      header: ["indicator", "target", "reported", "verdict", "line"], rows: verdictRows(report),
      rightAligned: [4])
    let counts = report.coverage.indicators
    out += "\nindicators: \(counts.reported)/\(counts.total) reported, \(counts.met) met"
    out += ", \(counts.notMet) not met, \(counts.notReported) not reported"
    if counts.ambiguous > 0 { out += ", \(counts.ambiguous) ambiguous" }
    if counts.unitMismatch > 0 { out += ", \(counts.unitMismatch) unit mismatch" }
    if counts.notApplicable > 0 { out += ", \(counts.notApplicable) not applicable" }
    let agencies = report.coverage.agencies
    out += "\nagencies: \(agencies.filter(\.reported).count)/\(agencies.count) reported"
    let leading = agencies.filter { $0.lead > 0 }
    out += " (\(leading.filter(\.reported).count)/\(leading.count) of those leading tasks)"
    let deadlines = report.coverage.deadlineCounts
    out += "\ndeadlines: \(deadlines.done) done, \(deadlines.due) due, \(deadlines.overdue) overdue"
    out += ", \(deadlines.upcoming) upcoming, \(deadlines.unscheduled) without a date\n"
    if !report.findings.isEmpty {
      out += "\nfindings:\n"
      for finding in report.findings {
        let file = finding.file == "plan" ? report.plan.path : report.results.path
        out +=
          "\(file):\(finding.line):\(finding.column): \(finding.severity.rawValue): \(finding.message) [\(finding.rule)]\n"
      }
    }
    out += report.summary.compliant ? "\ncompliant\n" : "\nnot compliant\n"
    return out
  }

  static func markdown(_ report: CheckReport) -> String {
    var out = "# Compliance check: \(escape(report.plan.number ?? report.plan.path))\n\n"
    if let title = report.plan.title { out += "\(escape(title))\n\n" }
    out +=
      "- Results: `\(report.results.path)` (\(report.results.usable) of \(report.results.rows) rows usable)\n"
    out += "- As of: \(report.asOf)\n- Approx tolerance: \(percent(report.tolerance))\n"
    out += "- Verdict: **\(report.summary.compliant ? "compliant" : "not compliant")**"
    out += " (\(report.summary.errors) errors, \(report.summary.warnings) warnings)\n\n"
    out += "## Indicators\n\n| indicator | target | reported | verdict | line | text |\n"
    out += "| --- | --- | --- | --- | ---: | --- |\n"
    for (row, verdict) in zip(verdictRows(report), report.verdicts) {
      out +=
        "| " + (row + [shortened(verdict.text, 80)]).map(escape).joined(separator: " | ") + " |\n"
    }
    out += "\n## Agencies\n\n| agency | assignments | lead | support | request | results |\n"
    out += "| --- | ---: | ---: | ---: | ---: | ---: |\n"
    for agency in report.coverage.agencies {
      out +=
        "| \(escape(agency.name)) | \(agency.assignments) | \(agency.lead) | \(agency.support) | \(agency.request) | \(agency.results) |\n"
    }
    out += "\n## Deadlines\n\n| deadline | line | recurrence | agency | occurrences |\n"
    out += "| --- | ---: | --- | --- | --- |\n"
    for deadline in report.coverage.deadlines {
      let occurrences =
        deadline.occurrences.isEmpty
        ? (deadline.note ?? "—")
        : deadline.occurrences.map { "\($0.due) \($0.status.rawValue)" }.joined(separator: ", ")
      out +=
        "| \(escape(shortened(deadline.text, 60))) | \(deadline.span.line) | \(deadline.recurrence ?? deadline.kind) | \(escape(deadline.agency ?? "—")) | \(escape(occurrences)) |\n"
    }
    if !report.findings.isEmpty {
      out += "\n## Findings\n\n| severity | rule | where | message |\n| --- | --- | --- | --- |\n"
      for finding in report.findings {
        out +=
          "| \(finding.severity.rawValue) | \(finding.rule) | \(finding.file):\(finding.line) | \(escape(finding.message)) |\n"
      }
    }
    return out
  }

  static func percent(_ fraction: Double) -> String {
    let value = fraction * 100
    return value == value.rounded()
      ? String(format: "%.0f%%", value) : String(format: "%.1f%%", value)
  }

  static func shortened(_ text: String, _ limit: Int) -> String {
    text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
  }

  /// Markdown table cell text: pipes and line breaks escaped.
  private static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
  }

  /// Columns padded to their widest cell (counted in characters).
  static func table(header: [String], rows: [[String]], rightAligned: Set<Int> = []) -> String {
    let all = [header] + rows
    var widths = [Int](repeating: 0, count: header.count)
    for row in all {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], min(cell.count, 48))
      }
    }
    var out = ""
    for (number, row) in all.enumerated() {
      let cells = row.enumerated().map { index, cell -> String in
        let text = shortened(cell, 48)
        let pad = String(repeating: " ", count: max(0, widths[index] - text.count))
        return rightAligned.contains(index) ? pad + text : text + pad
      }
      out +=
        cells.joined(separator: "  ").replacingOccurrences(
          of: "\\s+$", with: "", options: .regularExpression) + "\n"
      if number == 0 {
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
      }
    }
    return out
  }
}
