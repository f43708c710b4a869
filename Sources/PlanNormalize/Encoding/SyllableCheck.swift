/// Whether runs of scalars read as Vietnamese syllables: the yardstick of encoding detection.
///
/// A right guess of an encoding turns words into valid syllables (`ho¹ch` -> `hoạch`); a
/// wrong guess leaves them, or makes them, invalid (`Kêì` from Windows-1258 bytes read as
/// Windows-1252).
package struct SyllableCheck: Sendable {
  /// The phonotactics the syllables are checked against.
  package let rules: SyllableRules

  /// A check against `rules`.
  package init(rules: SyllableRules) {
    self.rules = rules
  }

  /// Whether the scalars, lowercased, form one valid Vietnamese syllable.
  ///
  /// - Complexity: O(n) in the length of the run.
  package func isSyllable(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    guard !scalars.isEmpty, scalars.count <= 8 else { return false }
    let lowered = scalars.lazy.map { VietnameseLetters.info($0)?.lowercase ?? $0 }
    guard let shape = SyllableRules.shape(of: lowered) else { return false }
    return rules.isValid(shape)
  }

  /// The number of words (maximal runs of Vietnamese letters) that are valid syllables and
  /// hold at least one letter outside ASCII, such as `hoạch` but not `ma`.
  ///
  /// - Complexity: O(n).
  package func markedSyllableCount(_ scalars: [Unicode.Scalar]) -> Int {
    var total = 0
    var index = 0
    let count = scalars.count
    while index < count {
      guard VietnameseLetters.info(scalars[index]) != nil else {
        index += 1
        continue
      }
      let start = index
      var marked = false
      while index < count, VietnameseLetters.info(scalars[index]) != nil {
        if scalars[index].value >= 0x80 { marked = true }
        index += 1
      }
      if marked, isSyllable(scalars[start..<index]) { total += 1 }
    }
    return total
  }
}
