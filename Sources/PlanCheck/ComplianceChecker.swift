import PlanModel

/// Checks reported results against a plan: verdicts, coverage and findings.
public struct ComplianceChecker: Sendable {
  public var tolerance: Double
  public var asOf: CalendarDate
  public var matchThreshold: Double

  public init(
    tolerance: Double = 0.1, asOf: CalendarDate,
    matchThreshold: Double = IndicatorMatcher.defaultThreshold
  ) {
    self.tolerance = tolerance
    self.asOf = asOf
    self.matchThreshold = matchThreshold
  }

  public func check(
    plan: Plan, results: ResultsDocument, planPath: String, resultsPath: String,
    rules: [any CheckRule] = CheckRules.all
  ) -> CheckReport {
    let context = context(plan: plan, results: results)
    var findings: [Finding] = []
    for rule in rules { findings += rule.findings(in: context) }
    let errors = findings.filter { $0.severity == .error }.count
    let indicatorsOK = context.verdicts.allSatisfy {
      $0.status == .met || $0.status == .notApplicable
    }
    let compliant = indicatorsOK && context.coverage.deadlineCounts.overdue == 0 && errors == 0
    return CheckReport(
      plan: .init(path: planPath, number: plan.document.number, title: plan.document.title),
      results: .init(
        path: resultsPath, plan: results.plan,
        rows: results.results.count + Set(results.problems.compactMap(\.row)).count,
        usable: results.results.count),
      asOf: asOf.iso, tolerance: tolerance, verdicts: context.verdicts,
      coverage: context.coverage, findings: findings,
      summary: .init(
        compliant: compliant, errors: errors,
        warnings: findings.filter { $0.severity == .warning }.count,
        infos: findings.filter { $0.severity == .info }.count))
  }

  /// Matches, verdicts and coverage: what every rule looks at.
  public func context(plan: Plan, results: ResultsDocument) -> CheckContext {
    let matcher = IndicatorMatcher(indicators: plan.indicators, threshold: matchThreshold)
    let matches = results.results.map { ($0, matcher.match($0)) }
    var byIndicator: [String: [ReportedResult]] = [:]
    var candidates: Set<String> = []
    for (result, match) in matches {
      switch match {
      case .indicator(let id, _): byIndicator[id, default: []].append(result)
      case .ambiguous(let ids): candidates.formUnion(ids)
      case .unknownID, .unmatched: break
      }
    }
    let periodEnd = plan.document.period.flatMap { CalendarDate(year: $0.to, month: 12, day: 31) }
    let engine = VerdictEngine(tolerance: tolerance, asOf: asOf, periodEnd: periodEnd)
    let verdicts = plan.indicators.map {
      engine.verdict(
        $0, results: byIndicator[$0.id] ?? [], ambiguousCandidate: candidates.contains($0.id))
    }
    let coverage = CoverageBuilder(plan: plan, results: results.results, asOf: asOf)
      .build(verdicts: verdicts)
    return CheckContext(
      plan: plan, results: results, verdicts: verdicts, coverage: coverage, matches: matches,
      asOf: asOf)
  }
}
