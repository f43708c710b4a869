import PlanModel

/// What an auditor counts: indicators reported, agencies that reported, deadlines kept.
public struct Coverage: Codable, Sendable, Equatable {
  public struct IndicatorCounts: Codable, Sendable, Equatable {
    public var total = 0
    public var reported = 0
    public var met = 0
    public var notMet = 0
    public var notReported = 0
    public var ambiguous = 0
    public var unitMismatch = 0
    public var notApplicable = 0
  }

  public struct AgencyCoverage: Codable, Sendable, Equatable {
    public var agency: String
    public var name: String
    public var assignments: Int
    public var lead: Int
    public var support: Int
    public var request: Int
    /// Results whose `reportedBy` names this agency.
    public var results: Int
    public var reported: Bool
  }

  public enum OccurrenceStatus: String, Codable, Sendable, CaseIterable {
    /// A report from the agency falls within the occurrence's window.
    case done
    /// Falls due within the next 30 days.
    case due
    case overdue
    case upcoming
  }

  public struct Occurrence: Codable, Sendable, Equatable {
    public var due: String
    public var status: OccurrenceStatus
  }

  public struct DeadlineCoverage: Codable, Sendable, Equatable {
    public var deadline: String
    public var text: String
    public var kind: String
    public var recurrence: String?
    public var agency: String?
    public var span: Span
    public var occurrences: [Occurrence]
    /// Why a deadline has no occurrences (an effective date, no recurrence given).
    public var note: String?
  }

  public struct DeadlineCounts: Codable, Sendable, Equatable {
    public var done = 0
    public var due = 0
    public var overdue = 0
    public var upcoming = 0
    public var unscheduled = 0
  }

  public var indicators: IndicatorCounts
  public var agencies: [AgencyCoverage]
  public var deadlines: [DeadlineCoverage]
  public var deadlineCounts: DeadlineCounts
}
