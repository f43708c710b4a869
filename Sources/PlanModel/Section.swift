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
  /// Non-blank lines of the section's own text (not its subsections') that no extracted
  /// item covers: text the parser kept in its section but could not place.
  public var unplacedLines: Int

  public init(
    id: String, number: String?, heading: String, kind: SectionKind, span: Span,
    children: [Section] = [], unplacedLines: Int = 0
  ) {
    self.id = id
    self.number = number
    self.heading = heading
    self.kind = kind
    self.span = span
    self.children = children
    self.unplacedLines = unplacedLines
  }

  private enum CodingKeys: String, CodingKey {
    case id, number, heading, kind, span, children, unplacedLines
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    number = try container.decodeIfPresent(String.self, forKey: .number)
    heading = try container.decode(String.self, forKey: .heading)
    kind = try container.decode(SectionKind.self, forKey: .kind)
    span = try container.decode(Span.self, forKey: .span)
    children = try container.decode([Section].self, forKey: .children)
    // Plan JSON written before the count existed reads as "nothing counted".
    unplacedLines = try container.decodeIfPresent(Int.self, forKey: .unplacedLines) ?? 0
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encodeNullable(number, forKey: .number)
    try container.encode(heading, forKey: .heading)
    try container.encode(kind, forKey: .kind)
    try container.encode(span, forKey: .span)
    try container.encode(children, forKey: .children)
    try container.encode(unplacedLines, forKey: .unplacedLines)
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
