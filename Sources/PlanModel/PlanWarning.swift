/// Something the parser could not place or doubted.
public struct PlanWarning: Codable, Equatable, Sendable {
  /// Stable code such as `parse.unplaced_text`.
  public var id: String
  public var message: String
  public var span: Span?

  public init(id: String, message: String, span: Span? = nil) {
    self.id = id
    self.message = message
    self.span = span
  }
}
