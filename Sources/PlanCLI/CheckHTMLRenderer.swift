import Foundation
import PlanCheck

/// `kehoach check --format html`: one self-contained page (no network, no script) with the
/// tables and an inline SVG coverage chart. Every piece of document text is escaped.
enum CheckHTMLRenderer {
  static func page(_ report: CheckReport) -> String {
    let title = "Compliance check: " + (report.plan.number ?? report.plan.path)
    var html = """
      <!DOCTYPE html>
      <html lang="vi">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(escape(title))</title>
      <style>
      body { font-family: system-ui, sans-serif; margin: 2rem; color: #1b1f24; }
      table { border-collapse: collapse; margin: 1rem 0; width: 100%; }
      th, td { border: 1px solid #d0d7de; padding: .35rem .5rem; text-align: left; vertical-align: top; }
      th { background: #f6f8fa; }
      td.num { text-align: right; }
      .met, .done { color: #1a7f37; } .not_met, .overdue, .unit_mismatch, .error { color: #cf222e; }
      .not_reported, .ambiguous, .due, .warning { color: #9a6700; } .upcoming, .not_applicable, .info { color: #57606a; }
      .verdict { font-weight: 600; }
      </style>
      </head>
      <body>
      <h1>\(escape(title))</h1>

      """
    if let planTitle = report.plan.title { html += "<p>\(escape(planTitle))</p>\n" }
    html +=
      "<p>Results <code>\(escape(report.results.path))</code> (\(report.results.usable) of \(report.results.rows) rows usable) · as of <strong>\(escape(report.asOf))</strong> · approx tolerance \(escape(CheckReportRenderer.percent(report.tolerance)))</p>\n"
    html +=
      "<p class=\"verdict \(report.summary.compliant ? "met" : "not_met")\">\(report.summary.compliant ? "Compliant" : "Not compliant") — \(report.summary.errors) errors, \(report.summary.warnings) warnings</p>\n"
    html += chart(report)
    html +=
      "<h2>Indicators</h2>\n<table>\n<tr><th>indicator</th><th>target</th><th>reported</th><th>verdict</th><th>line</th><th>text</th></tr>\n"
    for verdict in report.verdicts {
      html +=
        "<tr><td>\(escape(verdict.indicator))</td><td>\(escape(verdict.target))</td><td>\(escape(verdict.reported ?? "—"))</td>"
      html +=
        "<td class=\"verdict \(verdict.status.rawValue)\">\(escape(verdict.status.rawValue))\(verdict.deadlinePassed ? " (deadline passed)" : "")</td>"
      html += "<td class=\"num\">\(verdict.span.line)</td><td>\(escape(verdict.text))</td></tr>\n"
    }
    html +=
      "</table>\n<h2>Agencies</h2>\n<table>\n<tr><th>agency</th><th>assignments</th><th>lead</th><th>support</th><th>request</th><th>results</th></tr>\n"
    for agency in report.coverage.agencies {
      html +=
        "<tr><td>\(escape(agency.name))</td><td class=\"num\">\(agency.assignments)</td><td class=\"num\">\(agency.lead)</td><td class=\"num\">\(agency.support)</td><td class=\"num\">\(agency.request)</td>"
      html +=
        "<td class=\"num \(agency.reported ? "done" : (agency.lead > 0 ? "not_reported" : ""))\">\(agency.results)</td></tr>\n"
    }
    html +=
      "</table>\n<h2>Deadlines</h2>\n<table>\n<tr><th>deadline</th><th>line</th><th>recurrence</th><th>agency</th><th>occurrences</th></tr>\n"
    for deadline in report.coverage.deadlines {
      let occurrences =
        deadline.occurrences.isEmpty
        ? escape(deadline.note ?? "—")
        : deadline.occurrences.map {
          "<span class=\"\($0.status.rawValue)\">\(escape($0.due)) \($0.status.rawValue)</span>"
        }.joined(separator: "<br>")
      html +=
        "<tr><td>\(escape(deadline.text))</td><td class=\"num\">\(deadline.span.line)</td><td>\(escape(deadline.recurrence ?? deadline.kind))</td><td>\(escape(deadline.agency ?? "—"))</td><td>\(occurrences)</td></tr>\n"
    }
    html += "</table>\n"
    if !report.findings.isEmpty {
      html +=
        "<h2>Findings</h2>\n<table>\n<tr><th>severity</th><th>rule</th><th>where</th><th>message</th></tr>\n"
      for finding in report.findings {
        html +=
          "<tr><td class=\"\(finding.severity.rawValue)\">\(finding.severity.rawValue)</td><td>\(escape(finding.rule))</td><td>\(escape(finding.file)):\(finding.line)</td><td>\(escape(finding.message))</td></tr>\n"
      }
      html += "</table>\n"
    }
    html += "</body>\n</html>\n"
    return html
  }

  /// Horizontal stacked bars: indicator verdicts and deadline occurrences.
  static func chart(_ report: CheckReport) -> String {
    let counts = report.coverage.indicators
    let deadlines = report.coverage.deadlineCounts
    let bars: [(String, [(String, Int, String)])] = [
      (
        "Indicators",
        [
          ("met", counts.met, "#2da44e"), ("not met", counts.notMet, "#cf222e"),
          ("unit mismatch", counts.unitMismatch, "#a40e26"),
          ("not reported", counts.notReported, "#d4a72c"),
          ("ambiguous", counts.ambiguous, "#bf8700"),
          ("not applicable", counts.notApplicable, "#8c959f"),
        ]
      ),
      (
        "Deadlines",
        [
          ("done", deadlines.done, "#2da44e"), ("overdue", deadlines.overdue, "#cf222e"),
          ("due", deadlines.due, "#d4a72c"), ("upcoming", deadlines.upcoming, "#8c959f"),
        ]
      ),
    ]
    let width = 640.0
    let left = 100.0
    var svg =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width + left + 20))\" height=\"\(bars.count * 64 + 10)\" role=\"img\" aria-label=\"Coverage chart\">\n"
    for (index, bar) in bars.enumerated() {
      let y = Double(index * 64 + 10)
      let total = max(bar.1.reduce(0) { $0 + $1.1 }, 1)
      svg += "<text x=\"0\" y=\"\(Int(y + 18))\" font-size=\"14\">\(escape(bar.0))</text>\n"
      var x = left
      for (label, count, color) in bar.1 where count > 0 {
        let w = width * Double(count) / Double(total)
        svg +=
          "<rect x=\"\(format(x))\" y=\"\(Int(y))\" width=\"\(format(w))\" height=\"26\" fill=\"\(color)\"><title>\(escape(label)): \(count)</title></rect>\n"
        if w > Double(label.count + 4) * 7 + 8 {
          svg +=
            "<text x=\"\(format(x + 4))\" y=\"\(Int(y + 18))\" font-size=\"12\" fill=\"#fff\">\(escape(label)) \(count)</text>\n"
        }
        x += w
      }
      // A legend under the bar names every part, also those too narrow for a label.
      let legend = bar.1.map { "\($0.0) \($0.1)" }.joined(separator: " · ")
      svg +=
        "<text x=\"\(Int(left))\" y=\"\(Int(y + 44))\" font-size=\"12\" fill=\"#57606a\">\(escape(legend))</text>\n"
      if bar.1.allSatisfy({ $0.1 == 0 }) {
        svg +=
          "<text x=\"\(Int(left))\" y=\"\(Int(y + 18))\" font-size=\"12\" fill=\"#57606a\">none</text>\n"
      }
    }
    return svg + "</svg>\n"
  }

  private static func format(_ value: Double) -> String { String(format: "%.1f", value) }

  /// HTML text and attribute escaping: the same as XML's (scalar by scalar, so a `<` after a
  /// combining or prepended character is still a `<`).
  static func escape(_ text: String) -> String {
    XMLText.escape(text)
  }

}
