/// Rewrites valid syllables into one tone style (`hòa` <-> `hoà`), keeping their case.
package enum ToneStyleConversion {
  package static func edits(
    _ scalars: [Unicode.Scalar], tokens: [LineToken], to style: ToneStyle,
    tables: NormalizerTables
  ) -> [LineEdit] {
    var edits: [LineEdit] = []
    for token in tokens where token.kind == .word {
      let analysis = WordAnalysis.analyse(scalars, token, lexicon: tables.lexicon)
      guard let syllable = analysis.syllable else { continue }
      let shape = tables.lexicon.shapes[Int(syllable)]
      let rendered = Array(tables.rules.render(shape, style: style).unicodeScalars)
      var lower: [Unicode.Scalar] = []
      for scalar in scalars[token.start..<token.end] {
        lower.append(VietnameseLetters.info(scalar)?.lowercase ?? scalar)
      }
      guard rendered != lower else { continue }
      // Keep each scalar's case.
      var replacement = rendered
      for index in replacement.indices where index < token.count {
        if VietnameseLetters.info(scalars[token.start + index])?.isUppercase == true {
          replacement[index] = VietnameseLetters.uppercase(replacement[index])
        }
      }
      edits.append(
        LineEdit(
          start: token.start, end: token.end, replacement: replacement, kind: .toneStyle,
          confidence: 1, note: "tone style \(style.rawValue)"))
    }
    return edits
  }
}
