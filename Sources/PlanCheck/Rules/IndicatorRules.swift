/// An indicator whose reported value misses its target.
struct IndicatorNotMetRule: CheckRule {
  let id = "indicator-not-met"
  let severity = FindingSeverity.error
  let summary = "The latest reported value does not meet the indicator's target."
  var examples: [RuleExample] {
    [
      .init(
        description: "79% against 'trên 80%'", plan: ExamplePlan.two,
        resultsCSV: "indicator,value\nind-1,79%\n", asOf: "2024-06-30", expectedFindings: 1),
      .init(
        description: "85,5% meets 'trên 80%'", plan: ExamplePlan.two,
        resultsCSV: "indicator;value\nind-1;85,5%\n", asOf: "2024-06-30", expectedFindings: 0),
    ]
  }

  func findings(in context: CheckContext) -> [Finding] {
    context.verdicts.filter { $0.status == .notMet }.map {
      finding(about: $0, $0.reason ?? "not met", row: $0.countedRow)
    }
  }
}

/// A result in another unit than its indicator's target.
struct UnitMismatchRule: CheckRule {
  let id = "unit-mismatch"
  let severity = FindingSeverity.error
  let summary = "A result is reported in a different unit than the indicator's target."
  var examples: [RuleExample] {
    [
      .init(
        description: "a count reported for a percentage", plan: ExamplePlan.two,
        resultsCSV: "indicator,value,unit\nind-1,120,người\n", asOf: "2024-06-30",
        expectedFindings: 1)
    ]
  }

  func findings(in context: CheckContext) -> [Finding] {
    context.verdicts.filter { $0.status == .unitMismatch }.map {
      finding(about: $0, $0.reason ?? "unit mismatch", row: $0.countedRow)
    }
  }
}

/// An indicator not met when its deadline (or the plan period) has passed.
struct IndicatorDeadlinePassedRule: CheckRule {
  let id = "indicator-deadline-passed"
  let severity = FindingSeverity.error
  let summary = "The indicator's deadline has passed as of the check date and it is not met."
  var examples: [RuleExample] {
    [
      .init(
        description: "not reported after the plan year", plan: ExamplePlan.two,
        resultsCSV: "indicator,value\nind-1,90%\n", asOf: "2025-01-15", expectedFindings: 1),
      .init(
        description: "within the plan year", plan: ExamplePlan.two,
        resultsCSV: "indicator,value\nind-1,90%\n", asOf: "2024-06-30", expectedFindings: 0),
    ]
  }

  func findings(in context: CheckContext) -> [Finding] {
    context.verdicts.filter(\.deadlinePassed).map {
      finding(about: $0, "\($0.status.rawValue) after its deadline \($0.deadline ?? "")")
    }
  }
}

/// An indicator no result reports.
struct IndicatorNotReportedRule: CheckRule {
  let id = "indicator-not-reported"
  let severity = FindingSeverity.warning
  let summary = "No result reports the indicator."
  var examples: [RuleExample] {
    [
      .init(
        description: "one of two indicators reported", plan: ExamplePlan.two,
        resultsCSV: "indicator,value\nind-1,90%\n", asOf: "2024-06-30", expectedFindings: 1)
    ]
  }

  func findings(in context: CheckContext) -> [Finding] {
    context.verdicts.filter { $0.status == .notReported }.map {
      finding(about: $0, "no result reported")
    }
  }
}

/// An indicator that cannot be judged (a change target without a baseline).
struct IndicatorNotApplicableRule: CheckRule {
  let id = "indicator-not-applicable"
  let severity = FindingSeverity.info
  let summary = "The indicator's target cannot be compared with a single reported value."
  var examples: [RuleExample] {
    var plan = ExamplePlan.two
    plan.indicators[0].target.change = .increase
    return [
      .init(
        description: "'tăng trên 3%' needs a baseline", plan: plan,
        resultsCSV: "indicator,value\nind-1,4%\n", asOf: "2024-06-30", expectedFindings: 1)
    ]
  }

  func findings(in context: CheckContext) -> [Finding] {
    context.verdicts.filter { $0.status == .notApplicable }.map {
      finding(about: $0, $0.reason ?? "not applicable")
    }
  }
}
