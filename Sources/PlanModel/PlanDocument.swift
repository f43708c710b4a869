/// The header of a plan.
public struct PlanDocument: Codable, Equatable, Sendable {
  /// `36/KH-UBND`; nil when left blank.
  public var number: String?
  /// `Kế hoạch`.
  public var type: String?
  /// `Ủy ban nhân dân tỉnh Sơn La`.
  public var issuer: String?
  public var level: DocumentLevel?
  /// The place written before the date (`Sơn La`).
  public var place: String?
  /// ISO date `YYYY-MM-DD`.
  public var issuedOn: String?
  public var title: String?
  public var period: Period?
  public var signer: Signer?
  public var span: Span?

  public init(
    number: String? = nil, type: String? = nil, issuer: String? = nil,
    level: DocumentLevel? = nil, place: String? = nil, issuedOn: String? = nil,
    title: String? = nil, period: Period? = nil, signer: Signer? = nil, span: Span? = nil
  ) {
    self.number = number
    self.type = type
    self.issuer = issuer
    self.level = level
    self.place = place
    self.issuedOn = issuedOn
    self.title = title
    self.period = period
    self.signer = signer
    self.span = span
  }

  private enum CodingKeys: String, CodingKey {
    case number, type, issuer, level, place, issuedOn, title, period, signer, span
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeNullable(number, forKey: .number)
    try container.encodeNullable(type, forKey: .type)
    try container.encodeNullable(issuer, forKey: .issuer)
    try container.encodeNullable(level, forKey: .level)
    try container.encodeNullable(place, forKey: .place)
    try container.encodeNullable(issuedOn, forKey: .issuedOn)
    try container.encodeNullable(title, forKey: .title)
    try container.encodeNullable(period, forKey: .period)
    try container.encodeNullable(signer, forKey: .signer)
    try container.encodeIfPresent(span, forKey: .span)
  }
}

/// The years a plan covers (`giai đoạn 2023 - 2025`).
public struct Period: Codable, Equatable, Sendable {
  public var from: Int
  public var to: Int

  public init(from: Int, to: Int) {
    self.from = from
    self.to = to
  }
}

/// Who signed the plan.
public struct Signer: Codable, Equatable, Sendable {
  public var name: String
  /// `Phó Chủ tịch`.
  public var title: String?

  public init(name: String, title: String?) {
    self.name = name
    self.title = title
  }

  private enum CodingKeys: String, CodingKey { case name, title }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(name, forKey: .name)
    try container.encodeNullable(title, forKey: .title)
  }
}
