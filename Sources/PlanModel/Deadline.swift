/// A due date, a recurring duty, or an effective date.
public struct Deadline: Codable, Equatable, Sendable {
  public var id: String
  public var kind: DeadlineKind
  /// ISO date.
  public var date: String?
  public var recurrence: Recurrence?
  /// Day-month (`05-06`) when the year is implied.
  public var dueDay: String?
  public var text: String
  /// Id of the agency it binds, when stated.
  public var agency: String?
  public var section: String?
  public var span: Span

  public init(
    id: String, kind: DeadlineKind, date: String?, recurrence: Recurrence?, dueDay: String?,
    text: String, agency: String?, section: String?, span: Span
  ) {
    self.id = id
    self.kind = kind
    self.date = date
    self.recurrence = recurrence
    self.dueDay = dueDay
    self.text = text
    self.agency = agency
    self.section = section
    self.span = span
  }

  private enum CodingKeys: String, CodingKey {
    case id, kind, date, recurrence, dueDay, text, agency, section, span
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(kind, forKey: .kind)
    try container.encodeNullable(date, forKey: .date)
    try container.encodeNullable(recurrence, forKey: .recurrence)
    try container.encodeNullable(dueDay, forKey: .dueDay)
    try container.encode(text, forKey: .text)
    try container.encodeNullable(agency, forKey: .agency)
    try container.encodeNullable(section, forKey: .section)
    try container.encode(span, forKey: .span)
  }
}
