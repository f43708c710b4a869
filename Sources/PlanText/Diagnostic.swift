/// A located message from any stage: an error, a warning or a note.
///
/// Rendered as `path:line:column: severity: message [id]`, the form editors and CI parse.
public struct Diagnostic: Hashable, Sendable, Codable {
  /// How serious a diagnostic is.
  public enum Severity: String, Sendable, Codable, CaseIterable {
    case error, warning, note
  }

  public var severity: Severity
  /// A stable identifier such as `normalize.autocorrect_suspect` or `input.not_text`.
  public var id: String
  /// Lowercase, no final period, quoting the offending text.
  public var message: String
  /// Where it applies; nil for problems of the whole file (such as an unreadable file).
  public var location: SourceLocation?

  public init(severity: Severity, id: String, message: String, location: SourceLocation? = nil) {
    self.severity = severity
    self.id = id
    self.message = message
    self.location = location
  }

  /// `path:line:column: severity: message [id]`; without a location, `path: severity: ...`.
  public func rendered(path: String) -> String {
    if let location {
      return "\(path):\(location.line):\(location.column): \(severity.rawValue): \(message) [\(id)]"
    }
    return "\(path): \(severity.rawValue): \(message) [\(id)]"
  }
}
