/// The quantity an indicator aims at.
public struct Target: Codable, Equatable, Sendable {
  public var comparator: Comparator
  /// The value, or the lower bound of a range.
  public var value: Double
  /// Upper bound, only for ranges (`70 - 100`).
  public var upper: Double?
  /// Only for counted ratios (`11/11`).
  public var denominator: Double?
  public var unit: TargetUnit
  /// The counted thing: `người`, `xã`, `mô hình`.
  public var noun: String?
  public var change: TargetChange?

  public init(
    comparator: Comparator, value: Double, upper: Double? = nil, denominator: Double? = nil,
    unit: TargetUnit, noun: String? = nil, change: TargetChange? = nil
  ) {
    self.comparator = comparator
    self.value = value
    self.upper = upper
    self.denominator = denominator
    self.unit = unit
    self.noun = noun
    self.change = change
  }

  private enum CodingKeys: String, CodingKey {
    case comparator, value, upper, denominator, unit, noun, change
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(comparator, forKey: .comparator)
    try container.encode(value, forKey: .value)
    try container.encodeNullable(upper, forKey: .upper)
    try container.encodeNullable(denominator, forKey: .denominator)
    try container.encode(unit, forKey: .unit)
    try container.encodeNullable(noun, forKey: .noun)
    try container.encodeNullable(change, forKey: .change)
  }
}

/// A quantified target (chỉ tiêu).
public struct Indicator: Codable, Equatable, Sendable {
  public var id: String
  public var text: String
  public var subject: String?
  public var target: Target
  /// ISO date.
  public var deadline: String?
  /// Ids of the agencies responsible, when stated.
  public var agencies: [String]
  public var section: String?
  public var span: Span

  public init(
    id: String, text: String, subject: String?, target: Target, deadline: String?,
    agencies: [String], section: String?, span: Span
  ) {
    self.id = id
    self.text = text
    self.subject = subject
    self.target = target
    self.deadline = deadline
    self.agencies = agencies
    self.section = section
    self.span = span
  }

  private enum CodingKeys: String, CodingKey {
    case id, text, subject, target, deadline, agencies, section, span
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(text, forKey: .text)
    try container.encodeNullable(subject, forKey: .subject)
    try container.encode(target, forKey: .target)
    try container.encodeNullable(deadline, forKey: .deadline)
    try container.encode(agencies, forKey: .agencies)
    try container.encodeNullable(section, forKey: .section)
    try container.encode(span, forKey: .span)
  }
}
