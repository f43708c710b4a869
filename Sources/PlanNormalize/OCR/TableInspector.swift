import Foundation

/// Explains how the tables score a phrase: for tuning and for reviewing table changes.
package struct TableInspector {
  package let tables: NormalizerTables

  package init(tables: NormalizerTables) { self.tables = tables }

  /// One line per syllable: LM token id, log10 P(token | two before), and, when OCR text
  /// is given, the candidates the generator proposes for the OCR word with channel scores.
  package func describe(_ phrase: String, ocr: String?) -> String {
    let model = tables.model
    var out = ""
    var u: Int32 = -1
    var v = model.paragraphStartID
    let words = phrase.precomposedStringWithCanonicalMapping.split(separator: " ").map(String.init)
    let ocrWords = ocr?.split(separator: " ").map(String.init) ?? []
    let generator = CandidateGenerator(
      lexicon: tables.lexicon, channel: tables.channel, model: model)
    for (index, word) in words.enumerated() {
      let lower = word.lowercased()
      let canonical =
        tables.lexicon.syllable(surface: lower).map {
          tables.lexicon.spellings[Int($0)]
        } ?? lower
      let id = model.id(of: canonical)
      let p = model.logProb(id, after: u, v)
      out += "\(word)\tid \(id)\tlog10p \(String(format: "%.3f", p))\n"
      if index < ocrWords.count {
        let scalars = Array(ocrWords[index].unicodeScalars)
        let bases = tables.channel.likelyBase()
        let skeleton = tables.channel.ocrIDs(scalars).map { bases[Int($0)] }
        out +=
          "   skeleton \(String(decoding: skeleton.map { $0 == 0 ? UInt8(ascii: "_") : $0 }, as: UTF8.self))\n"
        if let gold = tables.channel.goldIDs(lower.unicodeScalars) {
          let score = tables.channel.logProb(ocr: tables.channel.ocrIDs(scalars), gold: gold)
          out += "   \(ocrWords[index]) as \(lower)\tchannel \(String(format: "%.3f", score))\n"
        }
        for candidate in generator.candidates(for: scalars) where candidate.syllable >= 0 {
          let spelling = tables.lexicon.spellings[Int(candidate.syllable)]
          let lm =
            model.logProb(tables.lexicon.languageModelIDs[Int(candidate.syllable)], after: u, v)
            + tables.lexicon.languageModelPenalty[Int(candidate.syllable)]
          out +=
            "   \(ocrWords[index]) -> \(spelling)\tchannel \(String(format: "%.3f", candidate.channel))"
            + "\tlm \(String(format: "%.3f", lm))\n"
        }
      }
      u = v
      v = id
    }
    return out
  }
}
