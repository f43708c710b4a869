/// A compiled `pattern` or `patternProperties` regular expression.
///
/// JSON Schema patterns are ECMA-262 regular expressions, unanchored. Swift's `Regex` accepts
/// the syntax schemas use in practice; it matches on Unicode scalars here, as ECMA-262 does on
/// code points, and `\d` and `\w` are ASCII-only as in ECMA-262.
final class SchemaPattern {
  let source: String
  private let regex: Regex<AnyRegexOutput>
  /// The byte matcher for the simple anchored patterns of ids and dates, when it applies.
  private let anchored: AnchoredASCIIPattern?

  /// - Throws: the regex compiler's error when `source` is not a valid pattern, and
  ///   `SchemaPatternError` for a pattern that could backtrack exponentially.
  init(_ source: String) throws {
    if Self.hasNestedUnboundedQuantifier(source) {
      throw SchemaPatternError(
        message: "a repeated group that itself repeats (such as (a+)+) can take exponential time")
    }
    self.source = source
    regex = try Regex(source).matchingSemantics(.unicodeScalar).asciiOnlyDigits()
      .asciiOnlyWordCharacters()
    anchored = AnchoredASCIIPattern(source)
  }

  /// Whether a group is repeated without bound (`*`, `+`, `{n,}`) while everything inside it
  /// is itself optional or repeated, with nothing it must match once (`(a+)+`, `(\\s*\\w+)*`):
  /// the shape that makes a backtracking matcher explode. `([a-z]+,)*` is fine: the comma
  /// must be there each time.
  static func hasNestedUnboundedQuantifier(_ source: String) -> Bool {
    let scalars = Array(source.unicodeScalars)
    struct Group {
      var hasUnbounded = false
      var hasMandatory = false
    }
    var groups: [Group] = []
    var index = 0
    func quantifier(at position: Int) -> (present: Bool, unbounded: Bool) {
      guard position < scalars.count else { return (false, false) }
      switch scalars[position] {
      case "*", "+": return (true, true)
      case "?": return (true, false)
      case "{":
        var end = position + 1
        while end < scalars.count, scalars[end] != "}" { end += 1 }
        guard end < scalars.count else { return (false, false) }
        let body = String(String.UnicodeScalarView(scalars[(position + 1)..<end]))
        return (true, body.hasSuffix(","))
      default: return (false, false)
      }
    }
    /// Records an atom that ends just before `next` in the innermost group.
    func atom(endingBefore next: Int, mandatoryInside: Bool = true) {
      guard !groups.isEmpty else { return }
      let (present, unbounded) = quantifier(at: next)
      if unbounded { groups[groups.count - 1].hasUnbounded = true }
      if !present && mandatoryInside { groups[groups.count - 1].hasMandatory = true }
    }
    while index < scalars.count {
      let scalar = scalars[index]
      switch scalar {
      case "\\":
        index += 2
        atom(endingBefore: index)
        continue
      case "[":
        var end = index + 1
        if end < scalars.count, scalars[end] == "^" { end += 1 }
        if end < scalars.count, scalars[end] == "]" { end += 1 }
        while end < scalars.count, scalars[end] != "]" {
          end += scalars[end] == "\\" ? 2 : 1
        }
        index = end + 1
        atom(endingBefore: index)
        continue
      case "(":
        groups.append(Group())
      case ")":
        let inner = groups.popLast() ?? Group()
        let (_, unbounded) = quantifier(at: index + 1)
        if unbounded, inner.hasUnbounded, !inner.hasMandatory { return true }
        if !groups.isEmpty {
          if unbounded || inner.hasUnbounded { groups[groups.count - 1].hasUnbounded = true }
        }
        atom(endingBefore: index + 1, mandatoryInside: inner.hasMandatory)
      case "|":
        // Alternatives: what one must match, another may not.
        if !groups.isEmpty { groups[groups.count - 1].hasMandatory = false }
      case "*", "+", "?", "{", "}", "^", "$":
        break
      default:
        atom(endingBefore: index + 1)
      }
      index += 1
    }
    return false
  }

  /// Whether the pattern matches anywhere in `text`.
  func matches(_ text: String) -> Bool {
    if let anchored { return anchored.matches(text) }
    return (try? regex.firstMatch(in: text)) != nil
  }
}

/// A pattern refused because matching it could take exponential time.
struct SchemaPatternError: Error {
  var message: String
}
