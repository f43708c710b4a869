import PlanModel

/// A quantity read at one token of the stream, before its clause is known.
struct IndicatorQuantity: Equatable, Sendable {
  /// Token range of the quantity itself, with its unit and counted noun.
  var first: Int
  var end: Int
  var value: Double
  var upper: Double?
  var denominator: Double?
  var unit: TargetUnit
  var noun: String?
  /// Where the measured thing starts (the noun, or the token after the unit).
  var subjectStart: Int
  /// A comparator the quantity states itself: `range`, `trở lên` (gte), `trở xuống` (lte).
  var comparator: Comparator?
}

/// Reads quantities out of an `IndicatorTokenStream`.
///
/// At a number token `N` (or a number word before a counted noun), the accepted shapes are
///
///     N "%"                                  percent
///     N ("-" | "–") M ("%" | noun)           range, N < M
///     "từ" N "đến" M ("%" | noun)            range, N < M
///     N "/" M ["(" P "%" ")"] [noun]         ratio, N ≤ M; needs the parenthesis or a noun
///     N "m" ["²" | "2"] "/" ["1"] words      area per person (`6m²/1 học viên`)
///     (N | number word) noun                 count (`02 tỉnh`, `một mô hình`)
///
/// optionally followed by `trở lên` (gte) or `trở xuống` (lte), where `noun` is one of
/// `IndicatorLexicon.countedNouns` (after `số`/`các` for percentages and ratios, and joined
/// by commas: `xã, thị trấn`). A number is never read when it is glued to a letter, `/`,
/// `-`, `.` or `,` (`Ph01`, `31/12/2024`, `36-CT/TW`), when it follows a reference word
/// (`số`, `ngày`, `năm`, `Điều`, …), or when it numbers a heading (`1.`, `1.2.`).
struct IndicatorQuantityReader {
  let stream: IndicatorTokenStream

  private var tokens: [IndicatorToken] { stream.tokens }

  private func token(_ index: Int) -> IndicatorToken? {
    index >= 0 && index < stream.tokens.count ? stream.tokens[index] : nil
  }

  /// The token at `index` when it sits on the same line right after the previous token.
  private func glued(_ index: Int) -> IndicatorToken? {
    guard let current = token(index), current.gluedBefore else { return nil }
    return current
  }

  private func isPunct(_ index: Int, _ texts: Set<String>) -> Bool {
    guard let current = token(index), current.kind == .punct else { return false }
    return texts.contains(current.text)
  }

  /// The quantity starting at `index`, if any.
  func quantity(at index: Int) -> IndicatorQuantity? {
    guard let current = token(index), index < stream.isMarker.count, !stream.isMarker[index]
    else { return nil }
    switch current.kind {
    case .number: return numeralQuantity(at: index)
    case .word: return wordQuantity(at: index)
    case .punct: return nil
    }
  }

  private func wordQuantity(at index: Int) -> IndicatorQuantity? {
    guard let current = token(index), let value = IndicatorLexicon.numberWordValue(current.lower)
    else { return nil }
    if let previous = token(index - 1), previous.kind == .word,
      previous.lower == "thứ" || previous.lower == "số"
    {
      return nil
    }
    guard let next = token(index + 1), !next.gluedBefore, let noun = noun(at: index + 1) else {
      return nil
    }
    return IndicatorQuantity(
      first: index, end: noun.end, value: value, unit: .count, noun: noun.text,
      subjectStart: index + 1, comparator: suffixComparator(at: noun.end))
  }

  private func numeralQuantity(at index: Int) -> IndicatorQuantity? {
    guard let current = token(index), let value = IndicatorLexicon.value(of: current.text)
    else { return nil }
    if let previous = token(index - 1) {
      // Glued only to an opening bracket or quote: `(100%)`, not `c¢6`, `Ph01`, `05/6`.
      if current.gluedBefore && !["(", "[", "“", "\"", "‘", "'"].contains(previous.text) {
        return nil
      }
      if previous.kind == .word && IndicatorLexicon.referenceWords.contains(previous.lower) {
        return nil
      }
    }
    if let area = areaPerPerson(at: index, value: value) { return area }
    if let next = glued(index + 1), next.kind == .punct, next.text == "/" {
      return ratio(at: index, value: value)
    }
    if let next = glued(index + 1), next.kind == .word { return nil }
    if let range = range(at: index, value: value) { return range }
    if isPunct(index + 1, ["%"]) {
      let noun = leadNoun(at: index + 2)
      return IndicatorQuantity(
        first: index, end: noun?.end ?? index + 2, value: value, unit: .percent,
        noun: noun?.text, subjectStart: index + 2,
        comparator: suffixComparator(at: index + 2) ?? suffixComparator(at: noun?.end ?? -1))
    }
    guard let next = token(index + 1), !next.gluedBefore, let noun = noun(at: index + 1) else {
      return nil
    }
    return IndicatorQuantity(
      first: index, end: noun.end, value: value, unit: .count, noun: noun.text,
      subjectStart: index + 1, comparator: suffixComparator(at: noun.end))
  }

  /// `N m² / 1 noun`; the `²` may have become `2` or `?` in OCR, the `1` may be missing.
  private func areaPerPerson(at index: Int, value: Double) -> IndicatorQuantity? {
    guard let metre = token(index + 1), metre.kind == .word, metre.lower == "m",
      metre.line == tokens[index].line
    else { return nil }
    var next = index + 2
    if let square = glued(next),
      ["²", "?", "2"].contains(square.text)
    {
      next += 1
    }
    guard isPunct(next, ["/"]) else { return nil }
    next += 1
    if let one = token(next), one.kind == .number, IndicatorLexicon.value(of: one.text) == 1 {
      next += 1
    }
    guard let word = token(next), word.kind == .word else { return nil }
    let noun =
      noun(at: next)
      ?? {
        var end = next + 1
        if let second = token(end), second.kind == .word, second.line == word.line { end += 1 }
        return (stream.text(next..<end), end)
      }()
    return IndicatorQuantity(
      first: index, end: noun.end, value: value, unit: .areaPerPerson, noun: noun.text,
      subjectStart: noun.end, comparator: nil)
  }

  /// `N/M` followed by `(P%)` or a counted noun; any other `N/…` is a reference or a date.
  private func ratio(at index: Int, value: Double) -> IndicatorQuantity? {
    guard let denominatorToken = glued(index + 2), denominatorToken.kind == .number,
      let denominator = IndicatorLexicon.value(of: denominatorToken.text)
    else { return nil }
    if let after = glued(index + 3), after.kind != .punct || ["/", "-", "."].contains(after.text) {
      return nil
    }
    guard denominator > 0, value <= denominator else { return nil }
    var next = index + 3
    var hasPercent = false
    if isPunct(next, ["("]), let percent = token(next + 1), percent.kind == .number,
      isPunct(next + 2, ["%"]), isPunct(next + 3, [")"])
    {
      hasPercent = true
      next += 4
    }
    let noun = leadNoun(at: next)
    guard hasPercent || noun != nil else { return nil }
    return IndicatorQuantity(
      first: index, end: noun?.end ?? next, value: value, denominator: denominator,
      unit: .ratio, noun: noun?.text, subjectStart: next,
      comparator: suffixComparator(at: noun?.end ?? next))
  }

  /// `N - M unit` or `từ N đến M unit`.
  private func range(at index: Int, value: Double) -> IndicatorQuantity? {
    let upperIndex: Int
    if isPunct(index + 1, ["-", "–", "—"]) {
      upperIndex = index + 2
    } else if let from = token(index - 1), from.kind == .word, from.lower == "từ",
      let to = token(index + 1), to.kind == .word, to.lower == "đến"
    {
      upperIndex = index + 2
    } else {
      return nil
    }
    guard let upperToken = token(upperIndex), upperToken.kind == .number,
      let upper = IndicatorLexicon.value(of: upperToken.text), value < upper
    else { return nil }
    if let after = glued(upperIndex + 1), after.kind != .punct || after.text != "%" {
      return nil
    }
    if isPunct(upperIndex + 1, ["%"]) {
      let noun = leadNoun(at: upperIndex + 2)
      return IndicatorQuantity(
        first: index, end: noun?.end ?? upperIndex + 2, value: value, upper: upper,
        unit: .percent, noun: noun?.text, subjectStart: upperIndex + 2, comparator: .range)
    }
    guard let noun = noun(at: upperIndex + 1) else { return nil }
    return IndicatorQuantity(
      first: index, end: noun.end, value: value, upper: upper, unit: .count, noun: noun.text,
      subjectStart: upperIndex + 1, comparator: .range)
  }

  /// `trở lên` (gte) or `trở xuống` (lte) at `index`.
  private func suffixComparator(at index: Int) -> Comparator? {
    guard let first = token(index), first.kind == .word, first.lower == "trở",
      let second = token(index + 1), second.kind == .word
    else { return nil }
    switch second.lower {
    case "lên": return .gte
    case "xuống": return .lte
    default: return nil
    }
  }

  /// A counted noun after optional lead-ins (`số`, `các`).
  private func leadNoun(at index: Int) -> (text: String, end: Int)? {
    var start = index
    while let word = token(start), word.kind == .word,
      IndicatorLexicon.nounLeadIns.contains(word.lower), start < index + 2
    {
      start += 1
    }
    return noun(at: start)
  }

  /// The longest counted noun at `index`, extended over `, noun` lists (`xã, thị trấn`).
  func noun(at index: Int) -> (text: String, end: Int)? {
    guard let end = nounEnd(at: index) else { return nil }
    var last = end
    while isPunct(last, [","]), let more = nounEnd(at: last + 1) { last = more }
    return (stream.text(index..<last), last)
  }

  private func nounEnd(at index: Int) -> Int? {
    var best: Int?
    for phrase in IndicatorLexicon.countedNouns {
      var matched = true
      for (offset, syllable) in phrase.enumerated() {
        guard let word = token(index + offset), word.kind == .word, word.lower == syllable
        else {
          matched = false
          break
        }
      }
      if matched, (best ?? 0) < index + phrase.count { best = index + phrase.count }
    }
    guard let best else { return nil }
    // A noun glued to more letters (`tỉnhx`) cannot happen: words are whole runs.
    if let after = glued(best), after.kind == .number { return nil }
    return best
  }
}
