/// A body given a task or a request, one per real body.
public struct Agency: Codable, Equatable, Sendable {
  /// ASCII slug of the canonical name.
  public var id: String
  /// `Sở Lao động - Thương binh và Xã hội`.
  public var name: String
  /// Other spellings in the plan (`Sở LĐTBXH`).
  public var aliases: [String]
  public var level: AgencyLevel

  public init(id: String, name: String, aliases: [String], level: AgencyLevel) {
    self.id = id
    self.name = name
    self.aliases = aliases
    self.level = level
  }
}

/// A task of one agency.
public struct Assignment: Codable, Equatable, Sendable {
  public var id: String
  /// Id of the agency.
  public var agency: String
  public var role: AssignmentRole
  public var text: String
  /// ISO date.
  public var deadline: String?
  public var section: String?
  public var span: Span

  public init(
    id: String, agency: String, role: AssignmentRole, text: String, deadline: String?,
    section: String?, span: Span
  ) {
    self.id = id
    self.agency = agency
    self.role = role
    self.text = text
    self.deadline = deadline
    self.section = section
    self.span = span
  }

  private enum CodingKeys: String, CodingKey {
    case id, agency, role, text, deadline, section, span
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(agency, forKey: .agency)
    try container.encode(role, forKey: .role)
    try container.encode(text, forKey: .text)
    try container.encodeNullable(deadline, forKey: .deadline)
    try container.encodeNullable(section, forKey: .section)
    try container.encode(span, forKey: .span)
  }
}
