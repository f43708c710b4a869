import Foundation
import PlanCheck
import PlanModel

/// `kehoach-bench --stage check`: a plan against 10,000 reported results.
///
/// The results are CSV rows built from the plan's own indicators, half naming them by id and
/// half by a part of their text; reading, matching, verdicts, coverage, findings and the JSON
/// report are timed together, best of three.
enum CheckBench {
  static func run(corpus: URL, rows: Int = 10_000) throws -> String {
    let planURL = corpus.appendingPathComponent("expected/002_dc19ec08a48449ad.json")
    let plan = try JSONDecoder().decode(Plan.self, from: Data(contentsOf: planURL))
    var csv = "indicator;chỉ tiêu;giá trị;đơn vị báo cáo;ngày báo cáo\n"
    for row in 0..<rows {
      let indicator = plan.indicators[row % max(plan.indicators.count, 1)]
      let words = indicator.text.split(separator: " ").prefix(12).joined(separator: " ")
      let value = "\(70 + row % 31),\(row % 10)%"
      if row % 2 == 0 {
        csv += "\(indicator.id);;\(value);Sở Lao động - Thương binh và Xã hội;20/12/2024\n"
      } else {
        csv += ";\"\(words)\";\(value);Công an tỉnh;15/12/2024\n"
      }
    }
    let bytes = Array(csv.utf8)
    let asOf = CalendarDate(year: 2024, month: 12, day: 31) ?? CalendarDate.today()
    var fastest = Double.infinity
    var findings = 0
    for _ in 0..<3 {
      let start = Date()
      let results = try ResultsReader.read(bytes)
      let report = ComplianceChecker(asOf: asOf).check(
        plan: plan, results: results, planPath: "plan", resultsPath: "results")
      _ = CheckReportRenderer.json(report)
      fastest = min(fastest, Date().timeIntervalSince(start))
      findings = report.findings.count
    }
    return String(
      format: "check a plan against %d results (%.1f MB CSV): %.3f s (%d findings)\n", rows,
      Double(bytes.count) / 1_000_000, fastest, findings)
  }
}
