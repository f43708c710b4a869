import PlanText

/// Repairs the OCR damage of one line: proposes syllables for each damaged word, decodes
/// the line as a whole, and repairs abbreviations and legal codes.
package final class OCRLineRepairer: @unchecked Sendable {
  package let tables: NormalizerTables
  package let generator: CandidateGenerator
  package var decoder: LineDecoder
  /// A word whose best candidate scores below this (log10 channel) is left as it is.
  package var hopelessChannel: Float = -7
  /// Channel score (log10) of keeping a lone consonant as written.
  package var keepLoneConsonant: Float = -1.5
  /// Channel score (log10) of keeping a lone `6` as the number.
  package var keepLoneDigit: Float = -0.5
  /// In a damaged line of a clean document (`keepsKnownSyllables`), a token that already
  /// spells a syllable the language model knows is changed only when the decoder is at
  /// least this sure: doubtful swaps between real words (`e` / `ẹ`) are not worth making
  /// there, and normalizing repaired text again then changes nothing.
  package var keepKnownBelowConfidence = 0.3

  /// The syllable a token spells, when the language model knows it.
  private func knownSyllable(_ token: ArraySlice<Unicode.Scalar>) -> Int32? {
    var lower: [Unicode.Scalar] = []
    for scalar in token {
      guard let info = VietnameseLetters.info(scalar) else { return nil }
      lower.append(info.lowercase)
    }
    guard let found = tables.lexicon.surfaces.lookup(lower[...]),
      tables.lexicon.languageModelPenalty[Int(found.syllable)] == 0
    else { return nil }
    return found.syllable
  }

  /// The language-model id of a token the OCR cannot have written: a known syllable holding
  /// a letter with marks the OCR never writes (`GIẢI`, `BÁO CÁO` in a line whose other words
  /// are damaged). Such a word is the document's own and is kept as written.
  private func genuineWord(_ token: ArraySlice<Unicode.Scalar>) -> Int32? {
    guard token.contains(where: tables.channel.neverWrites),
      let syllable = knownSyllable(token)
    else { return nil }
    return tables.lexicon.languageModelIDs[Int(syllable)]
  }

  /// Tokens decoded at once.
  package var window = 256

  package init(tables: NormalizerTables) {
    self.tables = tables
    generator = CandidateGenerator(
      lexicon: tables.lexicon, channel: tables.channel, model: tables.model)
    decoder = LineDecoder(model: tables.model, lexicon: tables.lexicon)
  }

  /// What repairing a line produced.
  package struct Outcome {
    package var edits: [LineEdit]
    /// The last two LM tokens of the line, context for the next line.
    package var tail: (Int32, Int32)
  }

  /// Repairs the word, code and number tokens of a line.
  ///
  /// - Parameters:
  ///   - style: the tone style repaired syllables are written in.
  ///   - context: the two LM tokens before the line.
  package func repair(
    _ scalars: [Unicode.Scalar], tokens: [LineToken], style: ToneStyle, context: (Int32, Int32),
    keepsKnownSyllables: Bool = false
  ) -> Outcome {
    var tokens = tokens
    var edits: [LineEdit] = []
    var textEnd = scalars.count
    if let cut = noiseStart(scalars, tokens: tokens) {
      edits.append(
        LineEdit(
          start: cut, end: scalars.count, replacement: [], kind: .ocrNoise, confidence: 0.7,
          note: "speck glyphs after the end of the line"))
      tokens = tokens.filter { $0.end <= cut }
      textEnd = cut
    }
    edits += SpeckPunctuation.edits(scalars, tokens: tokens, end: textEnd)
    // Windows of tokens bound the memory of slots and decoder on a huge line; the context
    // carries over from one window to the next.
    let lineIsCapitals = Self.isMostlyCapitals(scalars)  // once per line, not per window
    var tail = context
    var windowStart = 0
    while windowStart < tokens.count {
      let windowEnd = min(tokens.count, windowStart + window)
      let part = repairWindow(
        scalars, tokens: tokens, range: windowStart..<windowEnd, style: style, context: tail,
        keepsKnownSyllables: keepsKnownSyllables, lineIsCapitals: lineIsCapitals)
      edits += part.edits
      tail = part.tail
      windowStart = windowEnd
    }
    return Outcome(edits: edits, tail: tail)
  }

  /// Where speck glyphs after the end of the line's text begin (see `TrailingNoise`), using
  /// the lexicon for syllables and the abbreviations, the LM vocabulary and the channel
  /// (a damaged syllable it can read, such as `tty`) for words.
  package func noiseStart(_ scalars: [Unicode.Scalar], tokens: [LineToken]) -> Int? {
    let isSyllable: (LineToken) -> Bool = { token in
      WordAnalysis.analyse(scalars, token, lexicon: self.tables.lexicon).syllable != nil
    }
    let isKnownWord: (LineToken) -> Bool = { token in
      let text = Array(scalars[token.start..<token.end])
      if self.tables.abbreviations.isKnown(text) { return true }
      if self.tables.model.ids[String(String.UnicodeScalarView(text))] != nil { return true }
      return (self.generator.candidates(for: text).first?.channel ?? -.infinity) > -2.5
    }
    return TrailingNoise.start(
      scalars, tokens: tokens, isSyllable: isSyllable, isKnownWord: isKnownWord)
  }

  /// Builds the decoder's slots for `tokens[range]`, decodes them and returns the edits.
  private func repairWindow(
    _ scalars: [Unicode.Scalar], tokens: [LineToken], range: Range<Int>, style: ToneStyle,
    context: (Int32, Int32), keepsKnownSyllables: Bool, lineIsCapitals: Bool
  ) -> Outcome {
    let model = tables.model
    var edits: [LineEdit] = []
    var slots: [DecodeSlot] = []
    var slotTokens: [Int] = []  // the token behind each slot
    slots.reserveCapacity(range.count)
    for tokenIndex in range {
      let token = tokens[tokenIndex]
      switch token.kind {
      case .number:
        if token.count == 1, scalars[token.start] == "6" {
          // `6` alone is often `ở` (or `ố`, `ô`) read as a digit; or the number. The
          // context decides.
          var candidates = generator.candidates(for: [scalars[token.start]])
          candidates.append(Candidate(syllable: Candidate.keepNumber, channel: keepLoneDigit))
          slots.append(.choice(candidates))
        } else {
          slots.append(.fixed(model.numberID))
        }
        slotTokens.append(tokenIndex)
      case .code:
        edits += repairCode(scalars, token)
        slots.append(.fixed(model.unknownID))
        slotTokens.append(tokenIndex)
      case .word:
        if tokenIndex == 0, let roman = RomanNumeralRepair.edit(scalars, first: token) {
          edits.append(roman)
          slots.append(.fixed(model.id(of: String(String.UnicodeScalarView(roman.replacement)))))
          slotTokens.append(tokenIndex)
          continue
        }
        if Self.isLetterMarker(scalars, token) {
          slots.append(.fixed(model.unknownID))
          slotTokens.append(tokenIndex)
          continue
        }
        if let genuine = genuineWord(scalars[token.start..<token.end]) {
          slots.append(.fixed(genuine))
          slotTokens.append(tokenIndex)
          continue
        }
        let analysis = WordAnalysis.analyse(scalars, token, lexicon: tables.lexicon)
        let text = Array(scalars[token.start..<token.end])
        if analysis.looksLikeAbbreviation {
          let known =
            tables.abbreviations.isKnown(text)
            || model.ids[String(String.UnicodeScalarView(text))] != nil
          if known {
            slots.append(.fixed(model.id(of: String(String.UnicodeScalarView(text)))))
            slotTokens.append(tokenIndex)
            continue
          }
          if let repaired = tables.abbreviations.repair(text) {
            edits.append(
              LineEdit(
                start: token.start, end: token.end, replacement: repaired, kind: .code,
                confidence: 0.9, note: "abbreviation"))
            slots.append(.fixed(model.id(of: String(String.UnicodeScalarView(repaired)))))
            slotTokens.append(tokenIndex)
            continue
          }
        }
        var candidates = generator.candidates(for: text)
        if Self.isLoneConsonant(scalars, token) {
          // `co s`, `can b`: the vowel glyph was lost; or a real letter. The context decides.
          candidates.append(Candidate(syllable: Candidate.keep, channel: keepLoneConsonant))
        }
        if let best = candidates.first, best.channel > hopelessChannel {
          slots.append(.choice(candidates))
          slotTokens.append(tokenIndex)
        } else {
          slots.append(.fixed(model.unknownID))
          slotTokens.append(tokenIndex)
        }
      }
    }
    let decoded = decoder.decode(slots, context: context)
    for (slotIndex, slot) in slots.enumerated() {
      guard case .choice(let candidates) = slot, slotIndex < decoded.choices.count else {
        continue
      }
      let tokenIndex = slotTokens[slotIndex]
      guard tokenIndex >= 0 else { continue }
      let token = tokens[tokenIndex]
      let chosen = candidates[decoded.choices[slotIndex]]
      if chosen.syllable == Candidate.keep || chosen.syllable == Candidate.keepNumber { continue }
      var rendered = tables.lexicon.scalars(of: chosen.syllable, style: style)
      if chosen.second != Candidate.none {
        rendered += [" "] + tables.lexicon.scalars(of: chosen.second, style: style)
      }
      let original = scalars[token.start..<token.end]
      let confidence = decoded.confidence[slotIndex]
      var pattern = CasePattern.of(original)
      if pattern == .upper, original.count <= 2, !lineIsCapitals {
        // `SO Ndi vu`: the OCR read a marked lowercase vowel as a capital (`Sở`).
        pattern = .title
      }
      if keepsKnownSyllables, confidence < keepKnownBelowConfidence, knownSyllable(original) != nil
      {
        continue
      }
      let replacement = pattern.apply(to: rendered)
      if !replacement.elementsEqual(original) {
        edits.append(
          LineEdit(
            start: token.start, end: token.end, replacement: replacement, kind: .ocr,
            confidence: confidence))
      }
    }
    return Outcome(edits: edits, tail: decoded.tail)
  }

  /// Whether most letters of a line are capitals (a heading such as `KẾ HOẠCH`).
  private static func isMostlyCapitals(_ scalars: [Unicode.Scalar]) -> Bool {
    var upper = 0
    var lower = 0
    for scalar in scalars {
      guard let info = VietnameseLetters.info(scalar) else { continue }
      if info.isUppercase { upper += 1 } else { lower += 1 }
    }
    return upper > lower
  }

  /// A list or reference marker such as `a)`, `đ.` or `b,` (in `điểm a, b`): kept as written.
  private static func isLetterMarker(_ scalars: [Unicode.Scalar], _ token: LineToken) -> Bool {
    guard token.count == 1, VietnameseLetters.info(scalars[token.start]) != nil else {
      return false
    }
    guard token.end < scalars.count else { return false }
    let next = scalars[token.end]
    return next == ")" || next == "." || next == ","
  }

  /// A consonant standing alone: never a syllable, so either a letter meant as such or a
  /// syllable whose vowel glyph the OCR lost.
  private static func isLoneConsonant(_ scalars: [Unicode.Scalar], _ token: LineToken) -> Bool {
    guard token.count == 1, let info = VietnameseLetters.info(scalars[token.start]) else {
      return false
    }
    return !info.isVowel
  }

  /// Repairs the letter parts of a code such as `1736/QD-UBND` or `04/2024/NQ-HPND`.
  private func repairCode(_ scalars: [Unicode.Scalar], _ token: LineToken) -> [LineEdit] {
    var edits: [LineEdit] = []
    var partStart = token.start
    for index in token.start...token.end {
      let atEnd = index == token.end
      if atEnd || scalars[index] == "/" || scalars[index] == "-" {
        if index > partStart {
          let part = Array(scalars[partStart..<index])
          let isLetters = part.allSatisfy { VietnameseLetters.info($0) != nil || $0 == "0" }
          let hasUpper = part.contains { VietnameseLetters.info($0)?.isUppercase == true }
          if isLetters, hasUpper, let repaired = tables.abbreviations.repair(part) {
            edits.append(
              LineEdit(
                start: partStart, end: index, replacement: repaired, kind: .code,
                confidence: 0.9, note: "legal code"))
          }
        }
        partStart = index + 1
      }
    }
    return edits
  }
}
