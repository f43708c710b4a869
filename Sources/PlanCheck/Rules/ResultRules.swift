/// A result whose text matches several indicators about equally.
struct AmbiguousResultRule: CheckRule {
  let id = "result-ambiguous"
  let severity = FindingSeverity.warning
  let summary = "A result's text matches more than one indicator; it is not attributed."
  var examples: [RuleExample] {
    let plan = ExamplePlan.plan(indicators: [
      ExamplePlan.indicator("ind-1", "100% xã có mô hình cai nghiện", .eq, 100),
      ExamplePlan.indicator("ind-2", "100% xã có mô hình phòng ngừa", .eq, 100),
    ])
    return [
      .init(
        description: "'xã có mô hình' fits both", plan: plan,
        resultsCSV: "chỉ tiêu,giá trị\nxã có mô hình,100%\n", asOf: "2024-06-30",
        expectedFindings: 1)
    ]
  }

  func findings(in context: CheckContext) -> [Finding] {
    context.matches.compactMap { result, match in
      guard case .ambiguous(let candidates) = match else { return nil }
      return finding(
        about: result,
        "\"\(result.text ?? "")\" matches \(candidates.joined(separator: ", "))")
    }
  }
}

/// A result whose text matches no indicator.
struct UnmatchedResultRule: CheckRule {
  let id = "result-unmatched"
  let severity = FindingSeverity.warning
  let summary = "A result's text matches no indicator of the plan."
  var examples: [RuleExample] {
    [
      .init(
        description: "a figure the plan does not set", plan: ExamplePlan.two,
        resultsCSV: "text,value\nsố cuộc họp giao ban,12\n", asOf: "2024-06-30",
        expectedFindings: 1)
    ]
  }

  func findings(in context: CheckContext) -> [Finding] {
    context.matches.compactMap { result, match in
      guard case .unmatched = match else { return nil }
      return finding(about: result, "\"\(result.text ?? "")\" matches no indicator")
    }
  }
}

/// A result naming an indicator id the plan does not have.
struct UnknownIndicatorRule: CheckRule {
  let id = "result-unknown-indicator"
  let severity = FindingSeverity.error
  let summary = "A result names an indicator id that is not in the plan."
  var examples: [RuleExample] {
    [
      .init(
        description: "a mistyped id", plan: ExamplePlan.two,
        resultsCSV: "indicator,value\nind-9,50%\n", asOf: "2024-06-30", expectedFindings: 1)
    ]
  }

  func findings(in context: CheckContext) -> [Finding] {
    context.matches.compactMap { result, match in
      guard case .unknownID(let id) = match else { return nil }
      return finding(about: result, "indicator \"\(id)\" is not in the plan")
    }
  }
}

/// A results row that could not be used (malformed, negative, not a number).
struct InvalidResultRowRule: CheckRule {
  let id = "result-invalid-row"
  let severity = FindingSeverity.error
  let summary = "A results row is malformed or holds an unusable value; it is left out."
  var examples: [RuleExample] {
    [
      .init(
        description: "a negative and a non-numeric value", plan: ExamplePlan.two,
        resultsCSV: "indicator,value\nind-1,-5\nind-2,nhiều\nind-2,15\n", asOf: "2024-06-30",
        expectedFindings: 2)
    ]
  }

  func findings(in context: CheckContext) -> [Finding] {
    context.results.problems.map {
      Finding(
        rule: id, severity: severity,
        message: ($0.row.map { "row \($0): " } ?? "") + $0.message, file: "results", line: $0.line,
        column: $0.column, row: $0.row)
    }
  }
}
