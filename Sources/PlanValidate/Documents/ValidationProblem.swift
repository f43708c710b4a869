/// One problem found in a validated file, located by line and column.
public struct ValidationProblem: Sendable, Equatable {
  public enum Severity: String, Sendable {
    case error, warning
  }

  public var severity: Severity
  /// 1-based line and column (in Unicode scalars) in the validated file.
  public var line: Int
  public var column: Int
  /// JSON pointer to the value concerned (empty for the whole document or a syntax error).
  public var pointer: String
  /// The keyword or rule (`maximum`, `reference`, `syntax`, `duplicate-key`, ...).
  public var rule: String
  public var message: String
  /// Where the failing schema keyword is, for schema problems.
  public var schemaLocation: String?

  public init(
    severity: Severity, line: Int, column: Int, pointer: String, rule: String, message: String,
    schemaLocation: String? = nil
  ) {
    self.severity = severity
    self.line = line
    self.column = column
    self.pointer = pointer
    self.rule = rule
    self.message = message
    self.schemaLocation = schemaLocation
  }

  /// `/indicators/3/target/value: 120 is greater than the maximum 100 (maximum)`; syntax
  /// problems have no pointer.
  ///
  /// Control characters (from keys in the pointer, say) are shown escaped, so a message is
  /// always one line and cannot carry terminal or CI commands.
  public var text: String {
    if ["syntax", "input", "duplicate-key"].contains(rule) { return Self.oneLine(message) }
    let place = pointer.isEmpty ? "(root)" : pointer
    return Self.oneLine("\(place): \(message) (\(rule))")
  }

  /// `text` with control characters written as `\u{..}` escapes.
  public static func oneLine(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      if isControl(scalar) {
        result += "\\u{" + String(scalar.value, radix: 16) + "}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
      || scalar.value == 0x2029
  }
}

/// The outcome of validating one file.
public struct FileValidation: Sendable {
  public var path: String
  /// The schema used (`plan`, a file path or URI), or nil when none could be chosen.
  public var schema: String?
  public var problems: [ValidationProblem]
  /// The file could not be read or is not a JSON text at all (binary, empty, bad UTF-8).
  public var unreadable: Bool

  public init(path: String, schema: String?, problems: [ValidationProblem], unreadable: Bool) {
    self.path = path
    self.schema = schema
    self.problems = problems
    self.unreadable = unreadable
  }

  public var valid: Bool { !unreadable && !problems.contains { $0.severity == .error } }
}
