/// What a word token is, before any repair: a valid syllable, an abbreviation, or damage.
package struct WordAnalysis: Sendable {
  /// The syllable the token spells (case folded), if it is a valid one.
  package var syllable: Int32?
  /// True when the token is spelled in the new tone style (`hoà`) of its syllable.
  package var isNewStyle: Bool
  /// True when the token has a letter with a Vietnamese mark (not plain ASCII).
  package var hasMark: Bool
  /// True when every scalar is a letter (no digits or OCR stand-ins).
  package var allLetters: Bool
  /// True when the token is written in capitals and is not a syllable (`UBND`).
  package var looksLikeAbbreviation: Bool

  /// Analyses `scalars[token.start..<token.end]`; `scratch` is reused between calls.
  ///
  /// - Complexity: O(length of the token), without allocation once `scratch` has grown.
  @inline(__always)
  package static func analyse(
    _ scalars: [Unicode.Scalar], _ token: LineToken, lexicon: SyllableLexicon,
    scratch: inout [Unicode.Scalar]
  ) -> WordAnalysis {
    scratch.removeAll(keepingCapacity: true)
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
      scratch.append(info.lowercase)
    }
    let found = allLetters ? lexicon.surfaces.lookup(scratch[...]) : nil
    let abbreviation = allLetters && found == nil && upper >= 2 && lowerCount <= 1
    return WordAnalysis(
      syllable: found?.syllable, isNewStyle: found?.isNewStyle ?? false, hasMark: hasMark,
      allLetters: allLetters, looksLikeAbbreviation: abbreviation)
  }

  /// Analyses one token with a fresh scratch buffer.
  package static func analyse(
    _ scalars: [Unicode.Scalar], _ token: LineToken, lexicon: SyllableLexicon
  ) -> WordAnalysis {
    var scratch: [Unicode.Scalar] = []
    return analyse(scalars, token, lexicon: lexicon, scratch: &scratch)
  }
}
