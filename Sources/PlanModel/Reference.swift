/// A legal document the plan cites (`Quyết định số 1393/QĐ-LĐTBXH ngày 30/12/2022 của ...`).
public struct Reference: Codable, Equatable, Sendable {
  public var id: String
  /// `Quyết định`, `Nghị quyết`, `Luật`, `Kế hoạch`, `Đề án`, ...
  public var kind: String
  public var number: String?
  /// ISO date.
  public var date: String?
  public var issuer: String?
  /// The citation as written.
  public var text: String
  public var span: Span

  public init(
    id: String, kind: String, number: String?, date: String?, issuer: String?, text: String,
    span: Span
  ) {
    self.id = id
    self.kind = kind
    self.number = number
    self.date = date
    self.issuer = issuer
    self.text = text
    self.span = span
  }

  private enum CodingKeys: String, CodingKey { case id, kind, number, date, issuer, text, span }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(kind, forKey: .kind)
    try container.encodeNullable(number, forKey: .number)
    try container.encodeNullable(date, forKey: .date)
    try container.encodeNullable(issuer, forKey: .issuer)
    try container.encode(text, forKey: .text)
    try container.encode(span, forKey: .span)
  }
}
