/// What a word token is, before any repair: a valid syllable, an abbreviation, or damage.
package struct WordAnalysis: Sendable {
  /// The syllable the token spells (case folded), if it is a valid one.
  package var syllable: Int32?
  /// True when the token has a letter with a Vietnamese mark (not plain ASCII).
  package var hasMark: Bool
  /// True when every scalar is a letter (no digits or OCR stand-ins).
  package var allLetters: Bool
  /// True when the token is written in capitals and is not a syllable (`UBND`).
  package var looksLikeAbbreviation: Bool

  /// Analyses `scalars[token.start..<token.end]`.
  package static func analyse(
    _ scalars: [Unicode.Scalar], _ token: LineToken, lexicon: SyllableLexicon
  ) -> WordAnalysis {
    var lower = String.UnicodeScalarView()
    var hasMark = false
    var allLetters = true
    var upper = 0
    var lowerCount = 0
    for index in token.start..<token.end {
      let scalar = scalars[index]
      guard let info = VietnameseLetters.info(scalar) else {
        allLetters = false
        continue
      }
      if info.isUppercase { upper += 1 } else { lowerCount += 1 }
      if scalar.value > 0x7F { hasMark = true }
      lower.append(info.lowercase)
    }
    let syllable = allLetters ? lexicon.syllable(surface: String(lower)) : nil
    let abbreviation = allLetters && syllable == nil && upper >= 2 && lowerCount <= 1
    return WordAnalysis(
      syllable: syllable, hasMark: hasMark, allLetters: allLetters,
      looksLikeAbbreviation: abbreviation)
  }
}
