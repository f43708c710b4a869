/// A compiled `pattern` or `patternProperties` regular expression.
///
/// JSON Schema patterns are ECMA-262 regular expressions, unanchored. Swift's `Regex` accepts
/// the syntax schemas use in practice; it matches on Unicode scalars here, as ECMA-262 does on
/// code points, and `\d` and `\w` are ASCII-only as in ECMA-262.
final class SchemaPattern {
  let source: String
  private let regex: Regex<AnyRegexOutput>

  /// - Throws: the regex compiler's error when `source` is not a valid pattern.
  init(_ source: String) throws {
    self.source = source
    regex = try Regex(source).matchingSemantics(.unicodeScalar).asciiOnlyDigits()
      .asciiOnlyWordCharacters()
  }

  /// Whether the pattern matches anywhere in `text`.
  func matches(_ text: String) -> Bool {
    (try? regex.firstMatch(in: text)) != nil
  }
}
