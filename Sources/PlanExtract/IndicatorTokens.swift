import PlanText

/// One token of a normalized line, as the indicator extractor sees it: a run of letters
/// (with their combining marks), a run of ASCII digits with inner `.`/`,` groups
/// (`1.500.000`, `2,5`), or one other non-space scalar.
struct IndicatorToken: Sendable {
  enum Kind: Sendable { case word, number, punct }

  var kind: Kind
  /// 1-based line number.
  var line: Int
  /// 0-based scalar offsets in the normalized line, `start..<end`.
  var start: Int
  var end: Int
  var text: String
  /// `text` lowercased, for words only (empty otherwise).
  var lower: String
  /// True when no whitespace separates this token from the previous one on the same line.
  var gluedBefore: Bool
}

/// The tokens of the plan body, in document order, with the item structure of each line.
///
/// A line *starts an item* when it opens with a bullet (`-`, `+`, `•`, `*`), a markdown
/// heading mark (`#`), or a number such as `1.`, `1.2.`, `II.`, `a)`; those markers are
/// flagged in `isMarker` and the first token after them is in `itemContentStarts`. A clause
/// never runs back over an item's start, nor forward into the next item.
struct IndicatorTokenStream: Sendable {
  var tokens: [IndicatorToken] = []
  var isMarker: [Bool] = []
  var itemContentStarts: Set<Int> = []
  /// The scalars of each line (line 1 first), as given.
  let lineScalars: [[Unicode.Scalar]]
  /// Whether paragraphs are hard-wrapped over several lines (at most 2% of the non-blank
  /// lines longer than 120 scalars). Otherwise a line is a paragraph and clauses stay in it.
  var hardWrapped = true
  /// Lines written in capitals only (titles); a clause never runs into one.
  var capitalLines: Set<Int> = []

  /// Tokenizes lines given as text and as the scalars of that text (line numbers
  /// 1...count; a line without text is read from its scalars alone).
  init(text: [String], lineScalars lines: [[Unicode.Scalar]]) {
    lineScalars = lines
    var longLines = 0
    var nonBlankLines = 0
    for index in lines.indices {
      let scalars = lines[index]
      let base = tokens.count
      let lineText = index < text.count ? text[index] : String(scalars: scalars[...])
      lineText.withUTF8Bytes { bytes in
        IndicatorTokenStream.tokenize(scalars, bytes: bytes, line: index + 1, into: &tokens)
      }
      let lineTokens = tokens[base...]
      guard !lineTokens.isEmpty else { continue }
      nonBlankLines += 1
      if scalars.count > 120 { longLines += 1 }
      if IndicatorTokenStream.isCapitalized(lineTokens) { capitalLines.insert(index + 1) }
      let content = IndicatorTokenStream.contentStart(of: lineTokens)
      for offset in 0..<lineTokens.count { isMarker.append(offset < content.index) }
      if content.isItem && base + content.index < tokens.count {
        itemContentStarts.insert(base + content.index)
      }
    }
    hardWrapped = longLines * 50 <= nonBlankLines
  }

  /// Whether a clause may continue from line `from` onto the neighbouring line `onto`.
  func continues(from: Int, onto: Int) -> Bool {
    from == onto || (hardWrapped && !capitalLines.contains(onto) && !capitalLines.contains(from))
  }

  /// A line whose letters are all capitals, with at least two words (`KẾ HOẠCH`).
  static func isCapitalized(_ tokens: ArraySlice<IndicatorToken>) -> Bool {
    var words = 0
    for token in tokens where token.kind == .word {
      if token.lower == token.text { return false }
      if token.text.unicodeScalars.contains(where: { $0.properties.isLowercase }) {
        return false
      }
      words += 1
    }
    return words >= 2
  }

  /// The source text of `tokens[range]`, each line's part taken whole from the line and the
  /// parts joined by one space.
  func text(_ range: Range<Int>) -> String {
    guard let first = range.first, range.upperBound <= tokens.count, !range.isEmpty else {
      return ""
    }
    var parts: [String] = []
    var lineStart = first
    for index in range {
      let isLast = index == range.upperBound - 1
      if isLast || tokens[index + 1].line != tokens[index].line {
        let line = tokens[index].line
        if line >= 1, line <= lineScalars.count {
          let lineScalars = lineScalars[line - 1]
          let from = tokens[lineStart].start
          let to = min(tokens[index].end, lineScalars.count)
          if from < to {
            parts.append(String(scalars: lineScalars[from..<to]))
          }
        }
        lineStart = index + 1
      }
    }
    return parts.joined(separator: " ")
  }

  // MARK: - Tokenizing

  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    !ScalarTable.isASCIIDigit(scalar)
      && (ScalarTable.isAlphabetic(scalar) || ScalarTable.isMark(scalar))
  }

  /// Appends the tokens of one line to `result`. `bytes`, the UTF-8 of the same line, gives
  /// each token's text by decoding its bytes (half the cost of encoding its scalars).
  static func tokenize(
    _ scalars: [Unicode.Scalar], bytes: UnsafeBufferPointer<UInt8>, line: Int,
    into result: inout [IndicatorToken]
  ) {
    var index = 0
    var glued = false
    let count = scalars.count
    // The UTF-8 offset of `scalars[index]`.
    var byteOffset = 0
    while index < count {
      let scalar = scalars[index]
      if ScalarTable.isWhitespace(scalar) || scalar.value == 0xA0 || scalar.value == 0xFEFF {
        glued = false
        byteOffset += UTF8.width(scalar)
        index += 1
        continue
      }
      let start = index
      let startByte = byteOffset
      let kind: IndicatorToken.Kind
      if ScalarTable.isASCIIDigit(scalar) {
        kind = .number
        index += 1
        while index < count {
          if ScalarTable.isASCIIDigit(scalars[index]) {
            index += 1
          } else if (scalars[index] == "." || scalars[index] == ","), index + 1 < count,
            ScalarTable.isASCIIDigit(scalars[index + 1])
          {
            index += 2
          } else {
            break
          }
        }
      } else if isLetter(scalar) {
        kind = .word
        index += 1
        while index < count, isLetter(scalars[index]) { index += 1 }
      } else {
        kind = .punct
        index += 1
      }
      for position in start..<index { byteOffset += UTF8.width(scalars[position]) }
      let text: String
      if byteOffset <= bytes.count {
        text = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[startByte..<byteOffset]), as: UTF8.self)
      } else {
        text = String(scalars: scalars[start..<index])  // Scalars not from these bytes.
      }
      var lower = ""
      if kind == .word {
        // Most words are lowercase already: then the text is its own lowercase form.
        let hasCapital = scalars[start..<index].contains(where: ScalarTable.lowercaseMayChange)
        lower = hasCapital ? String(lowercasing: scalars[start..<index]) : text
      }
      result.append(
        IndicatorToken(
          kind: kind, line: line, start: start, end: index, text: text, lower: lower,
          gluedBefore: glued))
      glued = true
    }
  }

  /// Where a line's content starts after its item markers, and whether it has any.
  static func contentStart(of tokens: ArraySlice<IndicatorToken>) -> (index: Int, isItem: Bool) {
    var index = 0
    var isItem = false
    func token(_ offset: Int) -> IndicatorToken? {
      index + offset < tokens.count ? tokens[tokens.startIndex + index + offset] : nil
    }
    var progressed = true
    while progressed, let current = token(0) {
      progressed = false
      let next = token(1)
      let nextGlued = next?.gluedBefore ?? false
      switch current.kind {
      case .punct:
        if current.text == "#" {
          isItem = true
          index += 1
          progressed = true
        } else if current.text == "*" || current.text == ">" || current.text == "_" {
          if !nextGlued && next?.text != "*" { isItem = true }
          index += 1
          progressed = true
        } else if ["-", "+", "•", "–", "—", "·", "○", "▪"].contains(current.text) {
          isItem = true
          index += 1
          progressed = true
        }
      case .number:
        if let next, nextGlued, next.text == "." || next.text == ")" {
          isItem = true
          index += 2
          progressed = true
        }
      case .word:
        guard let next, nextGlued else { break }
        let isRoman = current.text.unicodeScalars.allSatisfy { "IVXLC".unicodeScalars.contains($0) }
        let isLetterNumber = current.text.unicodeScalars.count == 1
        if (isRoman && (next.text == "." || next.text == ")"))
          || (isLetterNumber && next.text == ")")
        {
          isItem = true
          index += 2
          progressed = true
        }
      }
    }
    return (min(index, tokens.count), isItem)
  }
}
