import Foundation

/// A Vietnamese government plan as typed, checkable data (`Schemas/plan.schema.json`).
public struct Plan: Codable, Equatable, Sendable {
  /// The wire-format version this library reads and writes.
  public static let currentSchemaVersion = 1

  public var schemaVersion: Int
  public var source: PlanSource?
  public var document: PlanDocument
  public var references: [Reference]
  public var sections: [Section]
  public var goals: [Goal]
  public var indicators: [Indicator]
  public var agencies: [Agency]
  public var assignments: [Assignment]
  public var deadlines: [Deadline]
  public var normalization: NormalizationInfo?
  public var warnings: [PlanWarning]

  public init(
    document: PlanDocument, references: [Reference] = [], sections: [Section] = [],
    goals: [Goal] = [], indicators: [Indicator] = [], agencies: [Agency] = [],
    assignments: [Assignment] = [], deadlines: [Deadline] = [], source: PlanSource? = nil,
    normalization: NormalizationInfo? = nil, warnings: [PlanWarning] = []
  ) {
    schemaVersion = Self.currentSchemaVersion
    self.source = source
    self.document = document
    self.references = references
    self.sections = sections
    self.goals = goals
    self.indicators = indicators
    self.agencies = agencies
    self.assignments = assignments
    self.deadlines = deadlines
    self.normalization = normalization
    self.warnings = warnings
  }

  private enum CodingKeys: String, CodingKey {
    case schemaVersion, source, document, references, sections, goals, indicators, agencies
    case assignments, deadlines, normalization, warnings
  }

  /// Decodes a plan, refusing a newer wire format before reading anything else.
  ///
  /// - Throws: `PlanModelError.unsupportedVersion` for a newer `schemaVersion`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
    guard schemaVersion <= Self.currentSchemaVersion else {
      throw PlanModelError.unsupportedVersion(schemaVersion)
    }
    source = try container.decodeIfPresent(PlanSource.self, forKey: .source)
    document = try container.decode(PlanDocument.self, forKey: .document)
    references = try container.decode([Reference].self, forKey: .references)
    sections = try container.decode([Section].self, forKey: .sections)
    goals = try container.decode([Goal].self, forKey: .goals)
    indicators = try container.decode([Indicator].self, forKey: .indicators)
    agencies = try container.decode([Agency].self, forKey: .agencies)
    assignments = try container.decode([Assignment].self, forKey: .assignments)
    deadlines = try container.decode([Deadline].self, forKey: .deadlines)
    normalization = try container.decodeIfPresent(NormalizationInfo.self, forKey: .normalization)
    warnings = try container.decode([PlanWarning].self, forKey: .warnings)
  }

  /// JSON with sorted keys: the same plan gives the same bytes.
  public func jsonData() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(self)
  }
}

/// Why plan JSON cannot be read as this model.
public enum PlanModelError: Error, Equatable, CustomStringConvertible {
  /// The document was written by a newer version of the format.
  case unsupportedVersion(Int)

  public var description: String {
    switch self {
    case .unsupportedVersion(let version):
      return
        "plan schemaVersion \(version) is newer than \(Plan.currentSchemaVersion), the newest this tool reads"
    }
  }
}

/// The input file a plan was read from.
public struct PlanSource: Codable, Equatable, Sendable {
  /// The path as given, or `<stdin>`.
  public var path: String
  /// Number of lines of the input.
  public var lines: Int?
  /// Non-blank lines of section text that no extracted item covers (the sum over sections).
  public var unplacedLines: Int?

  public init(path: String, lines: Int? = nil, unplacedLines: Int? = nil) {
    self.path = path
    self.lines = lines
    self.unplacedLines = unplacedLines
  }
}
