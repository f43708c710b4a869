/// A numbered part of the plan, with its subsections.
public struct Section: Codable, Equatable, Sendable {
  /// The path of numbers (`III.2.a`).
  public var id: String
  /// The number as printed, normalized (`II`, `2`, `1.2`, `đ`); nil for an unnumbered heading.
  public var number: String?
  public var heading: String
  public var kind: SectionKind
  public var span: Span
  public var children: [Section]

  public init(
    id: String, number: String?, heading: String, kind: SectionKind, span: Span,
    children: [Section] = []
  ) {
    self.id = id
    self.number = number
    self.heading = heading
    self.kind = kind
    self.span = span
    self.children = children
  }

  private enum CodingKeys: String, CodingKey { case id, number, heading, kind, span, children }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encodeNullable(number, forKey: .number)
    try container.encode(heading, forKey: .heading)
    try container.encode(kind, forKey: .kind)
    try container.encode(span, forKey: .span)
    try container.encode(children, forKey: .children)
  }
}

/// A goal (mục tiêu).
public struct Goal: Codable, Equatable, Sendable {
  public var id: String
  public var text: String
  public var level: GoalLevel
  /// Id of the enclosing section.
  public var section: String?
  public var span: Span

  public init(id: String, text: String, level: GoalLevel, section: String?, span: Span) {
    self.id = id
    self.text = text
    self.level = level
    self.section = section
    self.span = span
  }

  private enum CodingKeys: String, CodingKey { case id, text, level, section, span }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(text, forKey: .text)
    try container.encode(level, forKey: .level)
    try container.encodeNullable(section, forKey: .section)
    try container.encode(span, forKey: .span)
  }
}
