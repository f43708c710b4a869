/// How damaged a text looks, from counts over its word tokens.
///
/// Clean Vietnamese has almost no invalid syllables and most syllables carry a mark; text
/// OCR'd with an English model has many invalid ones (`ctia`, `tac`) and few marks.
package struct DamageAssessment: Sendable, Equatable {
  package var words = 0
  package var invalid = 0
  package var unmarked = 0

  package mutating func add(_ analysis: WordAnalysis) {
    if analysis.looksLikeAbbreviation { return }
    words += 1
    if analysis.syllable == nil { invalid += 1 } else if !analysis.hasMark { unmarked += 1 }
  }

  package mutating func add(_ other: DamageAssessment) {
    words += other.words
    invalid += other.invalid
    unmarked += other.unmarked
  }

  package var invalidRate: Double { words == 0 ? 0 : Double(invalid) / Double(words) }
  package var unmarkedRate: Double { words == 0 ? 0 : Double(unmarked) / Double(words) }

  /// A document whose words look OCR-damaged as a whole.
  package var documentIsDamaged: Bool {
    words >= 6 && (invalidRate > 0.08 || invalidRate + unmarkedRate > 0.6)
  }

  /// A line that needs repair even in a clean document: several words, most broken.
  package var lineIsDamaged: Bool {
    words >= 4 && invalidRate >= 0.34 && invalidRate + unmarkedRate >= 0.8
  }
}
