import Foundation

/// Official abbreviations (`UBND`, `HĐND`, `QĐ`, `LĐTBXH`) and the repair of their OCR
/// damage (`HDND`, `HPND` -> `HĐND`; `QD`, `QB` -> `QĐ`; `SLDTBXH` -> `SLĐTBXH`).
///
/// Table rows are one abbreviation each. A damaged form is repaired when replacing its
/// `D`/`P`/`B` letters by `Đ` (and `0` by `O`) gives a listed abbreviation, optionally after a
/// one-letter prefix such as the `S` of `Sở` in `SLĐTBXH`.
package struct AbbreviationTable: Sendable {
  package let known: Set<String>

  package init(text: String, name: String = "abbreviations.txt") throws {
    var reader = TableLineReader(text: text, name: name)
    var known = Set<String>()
    while let line = reader.next() {
      let entry = String(decoding: line, as: UTF8.self).precomposedStringWithCanonicalMapping
      guard !entry.contains(" "), !entry.contains("\t") else {
        throw reader.error("one abbreviation per line")
      }
      known.insert(entry)
    }
    self.known = known
  }

  private static let prefixes: Set<Unicode.Scalar> = ["S", "P", "B", "C", "T"]

  /// The repaired form of a damaged abbreviation, or nil when it is fine or unknown.
  package func repair(_ component: [Unicode.Scalar]) -> [Unicode.Scalar]? {
    let text = String(String.UnicodeScalarView(component))
    if known.contains(text) { return nil }
    let positions = component.indices.filter {
      component[$0] == "D" || component[$0] == "P" || component[$0] == "B" || component[$0] == "0"
    }
    guard !positions.isEmpty, positions.count <= 4 else { return nil }
    // Try every subset of replacements, fewest changes first.
    let subsets = (1..<(1 << positions.count)).sorted { $0.nonzeroBitCount < $1.nonzeroBitCount }
    for subset in subsets {
      var candidate = component
      for (bit, position) in positions.enumerated() where subset & (1 << bit) != 0 {
        candidate[position] = component[position] == "0" ? "O" : "\u{0110}"
      }
      if isKnown(candidate) { return candidate }
    }
    return nil
  }

  /// Whether a form is listed, directly or after a one-letter prefix.
  package func isKnown(_ form: [Unicode.Scalar]) -> Bool {
    if known.contains(String(String.UnicodeScalarView(form))) { return true }
    if form.count >= 3, let first = form.first, Self.prefixes.contains(first) {
      return known.contains(String(String.UnicodeScalarView(form.dropFirst())))
    }
    return false
  }
}

/// A phrase a spell checker puts in place of another (`nghiên cứu` for `nghiện`).
package struct AutocorrectRule: Hashable, Sendable {
  /// The lowercase syllables as the damaged text has them.
  package var damaged: [String]
  /// The lowercase syllables that were meant.
  package var intended: [String]

  /// Rows `damaged phrase TAB intended phrase`.
  package static func parse(_ text: String, name: String) throws -> [AutocorrectRule] {
    var reader = TableLineReader(text: text, name: name)
    var rules: [AutocorrectRule] = []
    while let line = reader.next() {
      let fields = String(decoding: line, as: UTF8.self).precomposedStringWithCanonicalMapping
        .split(separator: "\t")
      guard fields.count == 2 else { throw reader.error("expected 'damaged TAB intended'") }
      rules.append(
        AutocorrectRule(
          damaged: fields[0].split(separator: " ").map(String.init),
          intended: fields[1].split(separator: " ").map(String.init)))
    }
    return rules
  }
}
