/// One reported figure, as read from a results file, with where it was.
public struct ReportedResult: Sendable, Equatable {
  /// 1-based position among the results (CSV data row or JSON array element).
  public var row: Int
  /// Where the row starts in the results file.
  public var line: Int
  public var column: Int
  /// The plan indicator id, when the report names one.
  public var indicator: String?
  /// The indicator in words, when the report has no id.
  public var text: String?
  public var value: Double?
  public var numerator: Double?
  public var denominator: Double?
  /// `percent`, `count`, `ratio`, `area_per_person`, or nil when not given.
  public var unit: String?
  public var period: String?
  public var reportedBy: String?
  /// ISO date.
  public var reportedOn: String?
  public var note: String?

  public init(row: Int, line: Int, column: Int) {
    self.row = row
    self.line = line
    self.column = column
  }

  /// The value to compare: a numerator/denominator pair is a percentage.
  public var comparableValue: (value: Double, unit: String?)? {
    if let numerator, let denominator, denominator > 0 {
      return (numerator / denominator * 100, "percent")
    }
    guard let value else { return nil }
    return (value, unit)
  }
}

/// A results row that could not be used, with its location.
public struct ResultProblem: Sendable, Equatable {
  public var row: Int?
  public var line: Int
  public var column: Int
  public var message: String

  public init(row: Int?, line: Int, column: Int, message: String) {
    self.row = row
    self.line = line
    self.column = column
    self.message = message
  }
}

/// A results file: its header fields, the usable rows and the problems of the others.
public struct ResultsDocument: Sendable {
  /// The plan's document number the results report against (`36/KH-UBND`).
  public var plan: String?
  public var period: String?
  /// ISO date the results describe.
  public var asOf: String?
  public var results: [ReportedResult]
  public var problems: [ResultProblem]

  public init(
    plan: String? = nil, period: String? = nil, asOf: String? = nil,
    results: [ReportedResult] = [], problems: [ResultProblem] = []
  ) {
    self.plan = plan
    self.period = period
    self.asOf = asOf
    self.results = results
    self.problems = problems
  }
}

/// A results file that cannot be read at all (exit status 2).
public struct ResultsInputError: Error, Sendable, CustomStringConvertible {
  public var line: Int
  public var column: Int
  public var message: String

  public init(line: Int = 1, column: Int = 1, message: String) {
    self.line = line
    self.column = column
    self.message = message
  }

  public var description: String { message }
}
