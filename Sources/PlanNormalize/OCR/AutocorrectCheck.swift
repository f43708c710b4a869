import PlanText

/// Finds phrases a spell checker may have put in place of others (`nghiên cứu ma túy` for
/// `nghiện ma túy`) and asks the language model which reading the context supports.
///
/// Where the intended reading is at least `sureMargin` log10 units likelier, the phrase is
/// repaired; where it is at least `warnMargin` likelier, it is only flagged.
package struct AutocorrectCheck {
  package let tables: NormalizerTables
  package var sureMargin: Float = 3.0
  package var warnMargin: Float = 0.5

  package static let warningID = "normalize.autocorrect_suspect"
  /// Syllables that begin a damaged phrase: a line without one needs no check.
  private let triggers: Set<Int32>
  /// Their spellings (lowercase, both tone styles), for a scan of raw scalars.
  private let triggerSpellings: [[Unicode.Scalar]]

  package init(tables: NormalizerTables) {
    self.tables = tables
    var triggers = Set<Int32>()
    var spellings = Set<[Unicode.Scalar]>()
    for rule in tables.autocorrect {
      if let first = rule.damaged.first, let syllable = tables.lexicon.syllable(surface: first) {
        triggers.insert(syllable)
        spellings.insert(tables.lexicon.scalars(of: syllable, style: .old))
        spellings.insert(tables.lexicon.scalars(of: syllable, style: .new))
      }
    }
    self.triggers = triggers
    triggerSpellings = spellings.sorted {
      $0.lexicographicallyPrecedes($1, by: { $0.value < $1.value })
    }
  }

  /// Whether a syllable begins some damaged phrase.
  @inline(__always)
  package func isTrigger(_ syllable: Int32) -> Bool { triggers.contains(syllable) }

  /// Whether the scalars of a line contain a trigger's spelling, in any case: a scan with
  /// no tokenizing, to skip most lines cheaply.
  package func mightApply(scalars: [Unicode.Scalar]) -> Bool {
    for spelling in triggerSpellings where spelling.count <= scalars.count {
      var start = 0
      while start + spelling.count <= scalars.count {
        var matched = true
        for offset in spelling.indices {
          let scalar = scalars[start + offset]
          if (VietnameseLetters.info(scalar)?.lowercase ?? scalar) != spelling[offset] {
            matched = false
            break
          }
        }
        if matched { return true }
        start += 1
      }
    }
    return false
  }

  /// Whether a line holds the first syllable of some damaged phrase.
  @inline(__always)
  package func mightApply(_ analyses: [WordAnalysis?]) -> Bool {
    guard !triggers.isEmpty else { return false }
    for analysis in analyses {
      if let syllable = analysis?.syllable, triggers.contains(syllable) { return true }
    }
    return false
  }

  package struct Found {
    package var edits: [LineEdit] = []
    package var warnings: [Diagnostic] = []
  }

  package func check(
    _ scalars: [Unicode.Scalar], tokens: [LineToken], analyses: [WordAnalysis?], lineNumber: Int
  ) -> Found {
    var found = Found()
    guard !tables.autocorrect.isEmpty else { return found }
    var words: [String] = []  // lowercase canonical spelling, or "" for non-words
    var ids: [Int32] = []
    for (tokenIndex, token) in tokens.enumerated() {
      switch token.kind {
      case .number:
        words.append("")
        ids.append(tables.model.numberID)
      case .code:
        words.append("")
        ids.append(tables.model.unknownID)
      case .word:
        if let syllable = analyses[tokenIndex]?.syllable {
          let spelling = tables.lexicon.spellings[Int(syllable)]
          words.append(spelling)
          ids.append(tables.model.id(of: spelling))
        } else {
          let text = String(String.UnicodeScalarView(scalars[token.start..<token.end]))
          words.append("")
          ids.append(tables.model.id(of: text))
        }
      }
    }
    var index = 0
    while index < words.count {
      // Every rule whose damaged phrase starts here; the best intended reading wins.
      var best: (rule: AutocorrectRule, margin: Float)?
      for rule in tables.autocorrect where index + rule.damaged.count <= words.count {
        guard Array(words[index..<(index + rule.damaged.count)]) == rule.damaged else {
          continue
        }
        let intendedIDs = rule.intended.map { tables.model.id(of: $0) }
        let before = Array(ids[max(0, index - 2)..<index])
        let afterEnd = min(words.count, index + rule.damaged.count + 2)
        let after = Array(ids[(index + rule.damaged.count)..<afterEnd])
        let damagedIDs = Array(ids[index..<(index + rule.damaged.count)])
        let margin =
          score(before + intendedIDs + after, from: before.count)
          - score(before + damagedIDs + after, from: before.count)
        if best.map({ margin > $0.margin }) ?? true { best = (rule, margin) }
      }
      guard let (rule, margin) = best else {
        index += 1
        continue
      }
      let first = tokens[index]
      let last = tokens[index + rule.damaged.count - 1]
      let phrase = String(String.UnicodeScalarView(scalars[first.start..<last.end]))
      let intended = rule.intended.joined(separator: " ")
      if margin >= sureMargin {
        let pattern = CasePattern.of(scalars[first.start..<first.end])
        var replacement = Array(intended.unicodeScalars)
        if pattern == .title, let head = replacement.first {
          replacement[0] = VietnameseLetters.uppercase(head)
        }
        found.edits.append(
          LineEdit(
            start: first.start, end: last.end, replacement: replacement, kind: .autocorrect,
            confidence: min(0.99, 1 - Double.pow10(-Double(margin))),
            note: "context prefers '\(intended)' by \(Self.format(margin)) log10"))
      } else if margin >= warnMargin {
        found.warnings.append(
          Diagnostic(
            severity: .warning, id: Self.warningID,
            message:
              "'\(phrase)' may be a spell checker's replacement of '\(intended)'"
              + " (context prefers it by \(Self.format(margin)) log10)",
            location: SourceLocation(line: lineNumber, column: first.start + 1, offset: 0)))
      }
      index += rule.damaged.count
    }
    return found
  }

  private func score(_ sequence: [Int32], from start: Int) -> Float {
    var total: Float = 0
    for position in start..<sequence.count {
      let u = position >= 2 ? sequence[position - 2] : -1
      let v = position >= 1 ? sequence[position - 1] : -1
      total += tables.model.logProb(sequence[position], after: u, v)
    }
    return total
  }

  private static func format(_ value: Float) -> String {
    String(Double((value * 10).rounded()) / 10)
  }
}
