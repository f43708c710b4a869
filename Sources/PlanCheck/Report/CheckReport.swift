import PlanModel

/// The outcome of checking results against a plan (`Schemas/findings.schema.json`).
public struct CheckReport: Codable, Sendable, Equatable {
  public struct PlanInfo: Codable, Sendable, Equatable {
    public var path: String
    public var number: String?
    public var title: String?
  }

  public struct ResultsInfo: Codable, Sendable, Equatable {
    public var path: String
    /// The plan number the results file names.
    public var plan: String?
    public var rows: Int
    public var usable: Int
  }

  public struct Summary: Codable, Sendable, Equatable {
    /// Every indicator met (or not applicable), nothing overdue, no error finding.
    public var compliant: Bool
    public var errors: Int
    public var warnings: Int
    public var infos: Int
  }

  public static let schemaURI = "https://kehoach.example/schemas/findings.schema.json"

  public var schema = CheckReport.schemaURI
  public var plan: PlanInfo
  public var results: ResultsInfo
  /// The check date (ISO), `--as-of`.
  public var asOf: String
  /// The `approx` tolerance, a fraction of the target.
  public var tolerance: Double
  public var verdicts: [IndicatorVerdict]
  public var coverage: Coverage
  public var findings: [Finding]
  public var summary: Summary

  private enum CodingKeys: String, CodingKey {
    case schema = "$schema"
    case plan, results, asOf, tolerance, verdicts, coverage, findings, summary
  }
}
