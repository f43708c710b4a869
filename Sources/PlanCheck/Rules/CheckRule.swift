import PlanModel

/// How much a finding matters.
public enum FindingSeverity: String, Codable, Sendable, CaseIterable {
  case error, warning, info
}

/// One thing an auditor should look at, with where it is.
public struct Finding: Codable, Sendable, Equatable {
  public var rule: String
  public var severity: FindingSeverity
  public var message: String
  /// `plan` or `results`: which file `line` and `column` refer to.
  public var file: String
  public var line: Int
  public var column: Int
  public var indicator: String?
  public var agency: String?
  public var deadline: String?
  public var row: Int?

  public init(
    rule: String, severity: FindingSeverity, message: String, file: String, line: Int,
    column: Int, indicator: String? = nil, agency: String? = nil, deadline: String? = nil,
    row: Int? = nil
  ) {
    self.rule = rule
    self.severity = severity
    self.message = message
    self.file = file
    self.line = line
    self.column = column
    self.indicator = indicator
    self.agency = agency
    self.deadline = deadline
    self.row = row
  }
}

/// Everything the rules look at.
public struct CheckContext: Sendable {
  public var plan: Plan
  public var results: ResultsDocument
  public var verdicts: [IndicatorVerdict]
  public var coverage: Coverage
  public var matches: [(result: ReportedResult, match: IndicatorMatcher.Match)]
  public var asOf: CalendarDate
}

/// A worked example of a rule: a plan, results as CSV, the check date and how many findings
/// the rule must give. The tests run every example of every rule.
public struct RuleExample: Sendable {
  public var description: String
  public var plan: Plan
  public var resultsCSV: String
  public var asOf: String
  public var expectedFindings: Int
}

/// One kind of check: an id, a severity, a description, examples, and the findings it gives.
/// A new rule is one new type conforming to this and listed in `CheckRules.all`.
public protocol CheckRule: Sendable {
  var id: String { get }
  var severity: FindingSeverity { get }
  var summary: String { get }
  var examples: [RuleExample] { get }
  func findings(in context: CheckContext) -> [Finding]
}

extension CheckRule {
  /// This rule's finding about an indicator, located at the indicator in the plan.
  func finding(about verdict: IndicatorVerdict, _ message: String, row: Int? = nil) -> Finding {
    Finding(
      rule: id, severity: severity, message: "\(verdict.indicator): \(message)", file: "plan",
      line: verdict.span.line, column: verdict.span.column, indicator: verdict.indicator,
      row: row)
  }

  /// This rule's finding about a results row, located at the row in the results file.
  func finding(about result: ReportedResult, _ message: String) -> Finding {
    Finding(
      rule: id, severity: severity, message: "row \(result.row): \(message)", file: "results",
      line: result.line, column: result.column, row: result.row)
  }
}

/// The rules `kehoach check` runs, in report order.
public enum CheckRules {
  public static let all: [any CheckRule] = [
    IndicatorNotMetRule(), UnitMismatchRule(), IndicatorDeadlinePassedRule(),
    IndicatorNotReportedRule(), IndicatorNotApplicableRule(), AmbiguousResultRule(),
    UnmatchedResultRule(), UnknownIndicatorRule(), InvalidResultRowRule(), DeadlineOverdueRule(),
    AgencyNotReportedRule(),
  ]
}

/// A small plan for rule examples: one district plan for 2024 with the given parts.
enum ExamplePlan {
  static let span = Span(line: 1, column: 1, endLine: 1, endColumn: 2)

  static func indicator(
    _ id: String, _ text: String, _ comparator: Comparator, _ value: Double,
    unit: TargetUnit = .percent, upper: Double? = nil, deadline: String? = nil
  ) -> Indicator {
    Indicator(
      id: id, text: text, subject: nil,
      target: Target(comparator: comparator, value: value, upper: upper, unit: unit),
      deadline: deadline, agencies: [], section: nil, span: span)
  }

  static func plan(
    indicators: [Indicator] = [], agencies: [Agency] = [], assignments: [Assignment] = [],
    deadlines: [Deadline] = []
  ) -> Plan {
    Plan(
      document: PlanDocument(number: "1/KH-UBND", period: Period(from: 2024, to: 2024)),
      indicators: indicators, agencies: agencies, assignments: assignments, deadlines: deadlines)
  }

  static let two = plan(indicators: [
    indicator("ind-1", "Trên 80% người nghiện ma túy được tư vấn", .gt, 80),
    indicator("ind-2", "Đưa 15 người đi cai nghiện bắt buộc", .eq, 15, unit: .count),
  ])
}
