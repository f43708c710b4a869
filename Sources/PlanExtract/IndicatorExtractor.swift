import PlanModel

/// Finds the quantified targets (chỉ tiêu) of a plan.
///
/// The body (lines before `context.bodyEnd`) is tokenized on Unicode scalars into words,
/// numbers and punctuation (`IndicatorTokenStream`); every number token, and every number
/// word (`một`, `hai`, … `mười`) before a counted noun, is tried as a quantity
/// (`IndicatorQuantityReader` lists the shapes: percent `80%`, range `70 - 100 học viên`,
/// ratio `11/11 (100%)`, area per person `6m²/1 học viên`, count `02 tỉnh`). Years, dates,
/// document and article numbers, headings, ages (`18 tuổi`), durations (`06 tháng`) and
/// money (`1.500.000 đồng`) are not quantities: they follow a reference word, are glued to
/// `/` or `-`, or lack a counted noun.
///
/// Around each quantity:
///
///     clause     := from the start of the item (after `-`, `+`, `1.`, `a)` …), or after
///                   `;` `.` `:` `!` `?` or the word `để`, to the next of those (a final `.`
///                   included) or the next item; in a hard-wrapped document it may run
///                   over wrapped and blank lines (at most 12 either way, never into a
///                   line in capitals), otherwise it stays in its line
///     prefix     := [change] [comparator] quantity
///     comparator := trên | hơn | nhiều hơn                      gt
///                 | ít nhất | tối thiểu | không dưới | không ít hơn gte
///                 | khoảng | gần | chừng | xấp xỉ                   approx
///                 | dưới                                          lt
///                 | không quá | không vượt quá | tối đa            lte
///     change     := tăng [thêm] (increase) | giảm [thêm] (decrease)
///     deadline   := (đến | trước | hết) [ngày] (D/M/Y | D tháng M năm Y), first in clause
///
/// A quantity without a comparator is `eq`, unless it is joined by `là`/`bằng`/`đạt` to a
/// clause that says `tối thiểu`/`ít nhất` (gte) or `tối đa`/`không quá` (lte); `phấn đấu`
/// and `đạt` leave it `eq`. A range is always `range`. The second target in one clause
/// gets its own text, from its comparator to the clause's end.
public enum IndicatorExtractor {
  /// Every quantified target in the body of `context`, in document order, with ids
  /// `ind-L<line>-<n>` from `ids`; `agencies` is left empty.
  public static func extract(_ context: ExtractionContext, ids: inout ItemIDs) -> [Indicator] {
    let stream = IndicatorTokenStream(text: context.lines, lineScalars: context.bodyScalars)
    let reader = IndicatorQuantityReader(stream: stream)
    var found: [(span: Span, indicator: Indicator)] = []
    var index = 0
    var lastClauseStart = -1
    while index < stream.tokens.count {
      guard let quantity = reader.quantity(at: index) else {
        index += 1
        continue
      }
      index = max(quantity.end, index + 1)
      let clauseStart = clauseStart(before: quantity.first, in: stream)
      let clauseEnd = clauseEnd(after: max(quantity.end, quantity.first + 1), in: stream)
      let prefix = prefix(of: quantity, clauseStart: clauseStart, in: stream)
      var textStart = clauseStart
      if clauseStart == lastClauseStart { textStart = prefix.start }
      lastClauseStart = clauseStart
      let range = trimmed(textStart..<clauseEnd, in: stream)
      guard let first = range.first, range.upperBound > first else { continue }
      let firstToken = stream.tokens[first]
      let lastToken = stream.tokens[range.upperBound - 1]
      var comparator = quantity.comparator ?? prefix.comparator
      if comparator == nil {
        comparator = clauseComparator(
          before: quantity.first, clauseStart: clauseStart, in: stream)
      }
      let target = Target(
        comparator: comparator ?? .eq, value: quantity.value, upper: quantity.upper,
        denominator: quantity.denominator, unit: quantity.unit, noun: quantity.noun,
        change: prefix.change)
      let span = context.span(
        line: firstToken.line, column: firstToken.start + 1, endLine: lastToken.line,
        endColumn: lastToken.end + 1)
      let indicator = Indicator(
        id: "", text: stream.text(range),
        subject: subject(of: quantity, clauseEnd: clauseEnd, in: stream),
        target: target,
        deadline: deadline(in: clauseStart..<clauseEnd, stream: stream), agencies: [],
        section: context.section(ofLine: firstToken.line), span: span)
      found.append((span, indicator))
    }
    // Document order by span start (the second target of a clause starts later anyway).
    let ordered = found.enumerated().sorted { left, right in
      let (a, b) = (left.element.span, right.element.span)
      if a.line != b.line { return a.line < b.line }
      if a.column != b.column { return a.column < b.column }
      return left.offset < right.offset
    }
    return ordered.map { entry in
      var indicator = entry.element.indicator
      indicator.id = ids.next("ind", line: indicator.span.line)
      return indicator
    }
  }

  /// Lines a clause may run over, either way from its quantity.
  static let maximumClauseLines = 12
  /// Tokens a clause may run over, either way from its quantity: a long line without
  /// punctuation stays linear to read.
  static let maximumClauseTokens = 400

  static func isBoundary(_ token: IndicatorToken) -> Bool {
    switch token.kind {
    case .punct: return [";", ".", ":", "!", "?", "…"].contains(token.text)
    case .word: return token.lower == "để"
    case .number: return false
    }
  }

  /// The first token of the clause holding `index`.
  static func clauseStart(before index: Int, in stream: IndicatorTokenStream) -> Int {
    guard index < stream.tokens.count else { return index }
    let line = stream.tokens[index].line
    var start = index
    while start > 0 {
      if index - start >= maximumClauseTokens { return start }
      if stream.itemContentStarts.contains(start) { return start }
      let previous = stream.tokens[start - 1]
      if stream.isMarker[start - 1] || isBoundary(previous) { return start }
      if line - previous.line > maximumClauseLines { return start }
      if !stream.continues(from: stream.tokens[start].line, onto: previous.line) { return start }
      start -= 1
    }
    return start
  }

  /// The token just past the clause that continues at `index`.
  static func clauseEnd(after index: Int, in stream: IndicatorTokenStream) -> Int {
    guard index > 0, index <= stream.tokens.count else { return index }
    let line = stream.tokens[index - 1].line
    var end = index
    while end < stream.tokens.count {
      if end - index >= maximumClauseTokens { return end }
      let current = stream.tokens[end]
      if stream.isMarker[end] || stream.itemContentStarts.contains(end) { return end }
      if current.line - line > maximumClauseLines { return end }
      if end > 0, !stream.continues(from: stream.tokens[end - 1].line, onto: current.line) {
        return end
      }
      if isBoundary(current) {
        return current.kind == .punct && current.text == "." ? end + 1 : end
      }
      end += 1
    }
    return end
  }

  /// A clause without leading or trailing separators, quotes or markdown.
  static func trimmed(_ range: Range<Int>, in stream: IndicatorTokenStream) -> Range<Int> {
    let leading: Set<String> = [",", ")", "*", "-", "+", "–", "”", "\"", "_", "'"]
    let trailing: Set<String> = [",", "-", "–", "(", "*", "“", "\"", "_", "'"]
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, stream.tokens[lower].kind == .punct,
      leading.contains(stream.tokens[lower].text)
    {
      lower += 1
    }
    while upper > lower, stream.tokens[upper - 1].kind == .punct,
      trailing.contains(stream.tokens[upper - 1].text)
    {
      upper -= 1
    }
    return lower..<upper
  }

  /// Change and comparator words right before a quantity, and where they start.
  static func prefix(
    of quantity: IndicatorQuantity, clauseStart: Int, in stream: IndicatorTokenStream
  ) -> (start: Int, comparator: Comparator?, change: TargetChange?) {
    var start = quantity.first
    var comparator: Comparator?
    var change: TargetChange?
    for (phrase, value) in IndicatorLexicon.comparators
    where words(phrase, endingBefore: start, from: clauseStart, in: stream) {
      comparator = value
      start -= phrase.count
      break
    }
    for (phrase, value) in IndicatorLexicon.changes
    where words(phrase, endingBefore: start, from: clauseStart, in: stream) {
      change = value
      start -= phrase.count
      break
    }
    return (start, comparator, change)
  }

  /// `tối thiểu … là N`: a comparator stated earlier in the clause.
  static func clauseComparator(
    before index: Int, clauseStart: Int, in stream: IndicatorTokenStream
  ) -> Comparator? {
    guard index > clauseStart, index - 1 < stream.tokens.count else { return nil }
    let link = stream.tokens[index - 1]
    guard link.kind == .word, ["là", "bằng", "đạt"].contains(link.lower) else { return nil }
    var end = index - 1
    while end > clauseStart {
      for (phrase, value) in IndicatorLexicon.clauseComparators
      where words(phrase, endingBefore: end, from: clauseStart, in: stream) {
        return value
      }
      end -= 1
    }
    return nil
  }

  /// Whether the words `phrase` stand right before `index`, not before `lowerBound`.
  static func words(
    _ phrase: [String], endingBefore index: Int, from lowerBound: Int,
    in stream: IndicatorTokenStream
  ) -> Bool {
    let start = index - phrase.count
    guard start >= lowerBound, start >= 0, index <= stream.tokens.count else { return false }
    for (offset, word) in phrase.enumerated() {
      let token = stream.tokens[start + offset]
      if token.kind != .word || token.lower != word { return false }
    }
    return true
  }

  /// Who or what is measured: from the noun to `được`, a bracket, or the clause's end.
  static func subject(
    of quantity: IndicatorQuantity, clauseEnd: Int, in stream: IndicatorTokenStream
  ) -> String? {
    guard quantity.unit != .areaPerPerson else { return nil }
    var end = quantity.subjectStart
    let limit = min(clauseEnd, quantity.subjectStart + 30)
    while end < limit {
      let token = stream.tokens[end]
      if token.kind == .word && token.lower == "được" { break }
      if token.kind == .punct && [";", ".", "(", ")", ":"].contains(token.text) { break }
      end += 1
    }
    let range = trimmed(quantity.subjectStart..<end, in: stream)
    let text = stream.text(range)
    return text.isEmpty ? nil : text
  }

  /// The first `đến|trước|hết [ngày] date` of the clause, as `YYYY-MM-DD`.
  static func deadline(in range: Range<Int>, stream: IndicatorTokenStream) -> String? {
    let tokens = stream.tokens
    for index in range where index < tokens.count {
      let token = tokens[index]
      guard token.kind == .word, IndicatorLexicon.deadlineLeadIns.contains(token.lower) else {
        continue
      }
      var next = index + 1
      if next < range.upperBound, tokens[next].kind == .word, tokens[next].lower == "ngày" {
        next += 1
      }
      if let date = date(at: next, limit: range.upperBound, tokens: tokens) { return date }
    }
    return nil
  }

  /// `D/M/Y` (glued) or `D tháng M năm Y` at `index`.
  static func date(at index: Int, limit: Int, tokens: [IndicatorToken]) -> String? {
    guard index >= 0, index + 4 < min(limit, tokens.count) else { return nil }
    let parts = Array(tokens[index...(index + 4)])
    let numbers = [parts[0], parts[2], parts[4]]
    guard numbers.allSatisfy({ $0.kind == .number }) else { return nil }
    let slashed =
      parts[1].text == "/" && parts[3].text == "/" && parts[1].gluedBefore
      && parts[2].gluedBefore && parts[3].gluedBefore && parts[4].gluedBefore
    let worded = parts[1].lower == "tháng" && parts[3].lower == "năm"
    guard slashed || worded else { return nil }
    let values = numbers.map { IndicatorLexicon.value(of: $0.text) }
    guard let dayValue = values[0], let monthValue = values[1], let yearValue = values[2],
      dayValue >= 1, dayValue <= 31, monthValue >= 1, monthValue <= 12, yearValue >= 1900,
      yearValue <= 2199, dayValue == dayValue.rounded(), monthValue == monthValue.rounded(),
      yearValue == yearValue.rounded()
    else { return nil }
    let (day, month, year) = (Int(dayValue), Int(monthValue), Int(yearValue))
    let paddedMonth = month < 10 ? "0\(month)" : "\(month)"
    let paddedDay = day < 10 ? "0\(day)" : "\(day)"
    return "\(year)-\(paddedMonth)-\(paddedDay)"
  }
}
