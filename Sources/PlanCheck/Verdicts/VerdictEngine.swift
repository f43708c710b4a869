import Foundation
import PlanModel

/// Compares each indicator's target with the result reported for it.
///
/// A ratio result (numerator/denominator) and a ratio target with a denominator (`11/11`)
/// are compared as percentages. A result without a unit takes the indicator's. `approx`
/// allows `tolerance` (a fraction of the target) either way. Targets phrased as a change
/// (`tăng trên 3%`) need a baseline and are not applicable. With several results for one
/// indicator, the latest (by `reportedOn`, then by row) counts.
public struct VerdictEngine: Sendable {
  public var tolerance: Double
  public var asOf: CalendarDate
  /// The end of the plan period, the deadline of indicators that name none.
  public var periodEnd: CalendarDate?

  public init(tolerance: Double, asOf: CalendarDate, periodEnd: CalendarDate?) {
    self.tolerance = tolerance
    self.asOf = asOf
    self.periodEnd = periodEnd
  }

  /// The verdict on `indicator` given the results matched to it and whether some ambiguous
  /// result named it as a candidate.
  public func verdict(
    _ indicator: Indicator, results: [ReportedResult], ambiguousCandidate: Bool
  ) -> IndicatorVerdict {
    var verdict = IndicatorVerdict(
      indicator: indicator.id, text: indicator.text, section: indicator.section,
      span: indicator.span, target: TargetText.describe(indicator.target), status: .notReported,
      reported: nil, rows: results.map(\.row), countedRow: nil, reason: nil,
      deadline: indicator.deadline ?? periodEnd?.iso, deadlinePassed: false)
    let latest = results.max { left, right in
      (left.reportedOn ?? "", left.row) < (right.reportedOn ?? "", right.row)
    }
    if let latest {
      (verdict.status, verdict.reason, verdict.reported) = compare(indicator.target, latest)
      verdict.countedRow = latest.row
      if results.count > 1, verdict.reason == nil {
        verdict.reason = "\(results.count) results; the latest (row \(latest.row)) counts"
      }
    } else if ambiguousCandidate {
      verdict.status = .ambiguous
      verdict.reason = "a result may report this indicator but also matches another"
    } else {
      verdict.reason = "no result reported"
    }
    if verdict.status != .met, verdict.status != .notApplicable,
      let deadline = verdict.deadline.flatMap(CalendarDate.init(iso:)), deadline < asOf
    {
      verdict.deadlinePassed = true
      let source = indicator.deadline == nil ? "the plan period ended" : "the deadline passed"
      verdict.reason = [verdict.reason, "\(source) on \(deadline.iso)"].compactMap { $0 }
        .joined(separator: "; ")
    }
    return verdict
  }

  /// Status, reason and the reported value in words.
  private func compare(_ target: Target, _ result: ReportedResult) -> (
    VerdictStatus, String?, String?
  ) {
    guard let (firstValue, reportedUnit) = result.comparableValue, firstValue.isFinite else {
      return (.notReported, "the result has no value", nil)
    }
    var shown = "\(TargetText.number(firstValue))\(reportedUnit == "percent" ? " %" : "")"
    if let numerator = result.numerator, let denominator = result.denominator {
      shown = "\(TargetText.number(numerator))/\(TargetText.number(denominator)) = \(shown)"
    }
    if target.change != nil {
      return (.notApplicable, "the target is a change; it needs a baseline value", shown)
    }
    // The target on a comparable scale.
    var value = target.value
    var upper = target.upper
    var unit = target.unit.rawValue
    if target.unit == .ratio, let denominator = target.denominator, denominator > 0 {
      value = value / denominator * 100
      upper = upper.map { $0 / denominator * 100 }
      unit = "percent"
    }
    var reportedValue = firstValue
    var effectiveUnit = reportedUnit ?? target.unit.rawValue
    if target.unit == .ratio, let denominator = target.denominator, denominator > 0,
      effectiveUnit == "count" || effectiveUnit == "ratio"
    {
      // `11` districts of a `11/11` target: the count out of the target's denominator.
      reportedValue = reportedValue / denominator * 100
      effectiveUnit = "percent"
      shown += " of \(TargetText.number(denominator)) = \(TargetText.number(reportedValue)) %"
    }
    guard effectiveUnit == unit else {
      return (.unitMismatch, "reported in \(effectiveUnit), the target is in \(unit)", shown)
    }
    let epsilon = 1e-9 * max(1, abs(value))
    let met: Bool
    switch target.comparator {
    case .gt: met = reportedValue > value + epsilon
    case .gte: met = reportedValue >= value - epsilon
    case .eq: met = abs(reportedValue - value) <= epsilon
    case .lte: met = reportedValue <= value + epsilon
    case .lt: met = reportedValue < value - epsilon
    case .approx: met = abs(reportedValue - value) <= tolerance * abs(value) + epsilon
    case .range:
      met = reportedValue >= value - epsilon && reportedValue <= (upper ?? value) + epsilon
    }
    if met { return (.met, nil, shown) }
    return (.notMet, "reported \(shown), target \(TargetText.describe(target))", shown)
  }
}
