import PlanNormalize

/// Turns clean lines into language-model tokens, the same way the normalizer reads them:
/// syllables in canonical spelling (lowercase, old tone style), `<num>` for numbers,
/// abbreviations as written, `<unk>` for the rest.
package struct TrainingTokenizer {
  private let spelling: [String: String]

  package init(rules: SyllableRules) {
    var spelling: [String: String] = [:]
    for canonical in rules.inventory(style: .old) {
      spelling[canonical] = canonical
      if let shape = SyllableRules.shape(of: canonical.unicodeScalars) {
        spelling[rules.render(shape, style: .new)] = canonical
      }
    }
    self.spelling = spelling
  }

  /// The canonical spelling of a lowercase surface form, if it is a syllable.
  package func canonical(_ surface: String) -> String? { spelling[surface] }

  /// The tokens of one clean line, after the normalizer's Unicode cleanup.
  package func tokens(of line: String) -> [String] {
    var work = LineInProgress(Array(line.unicodeScalars))
    work.apply(UnicodeCleanup.repair(line: work.scalars))
    let scalars = work.scalars
    var result: [String] = []
    for token in LineTokenizer.tokenize(scalars) {
      switch token.kind {
      case .number: result.append(SyllableLanguageModel.number)
      case .code: result.append(SyllableLanguageModel.unknown)
      case .word:
        var lower = String.UnicodeScalarView()
        var upper = 0
        var lowerCount = 0
        var allLetters = true
        for scalar in scalars[token.start..<token.end] {
          guard let info = VietnameseLetters.info(scalar) else {
            allLetters = false
            break
          }
          if info.isUppercase { upper += 1 } else { lowerCount += 1 }
          lower.append(info.lowercase)
        }
        if allLetters, let canonical = spelling[String(lower)] {
          result.append(canonical)
        } else if allLetters, upper >= 2, lowerCount <= 1 {
          result.append(String(String.UnicodeScalarView(scalars[token.start..<token.end])))
        } else {
          result.append(SyllableLanguageModel.unknown)
        }
      }
    }
    return result
  }
}
