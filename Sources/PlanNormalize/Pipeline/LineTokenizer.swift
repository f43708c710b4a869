/// A piece of a line found by `LineTokenizer`, as a range of scalar indices.
package struct LineToken: Hashable, Sendable {
  /// What a token is, decided from its scalars alone.
  package enum Kind: UInt8, Sendable {
    /// Letters, possibly with OCR stand-ins (`c6ng`, `ngw¢i`, `S6`): a syllable, maybe damaged.
    case word
    /// Digits with `. , / : -` inside (`2024`, `31/12/2024`, `1.2.`).
    case number
    /// Letters joined by `/` or `-`, or digits and letters so joined (`36/KH-UBND`, `NĐ-CP`).
    case code
  }

  package var kind: Kind
  /// Index of the first scalar of the token in the line.
  package var start: Int
  /// Index just past the last scalar.
  package var end: Int

  package var count: Int { end - start }
}

/// Splits a line, given as Unicode scalars, into word, number and code tokens.
///
/// Grammar: a line is whitespace-separated chunks; a chunk is
/// `punctuation* core punctuation*`, where the core runs from the first to the last scalar
/// that is a letter, a digit or an OCR stand-in for a letter (`$ | ¢ € & ?` and Latin letters
/// that Vietnamese does not use, such as `ï`). Punctuation between tokens is not a token: the
/// normalizer copies it through unchanged.
package enum LineTokenizer {
  /// How one scalar takes part in a token.
  package enum ScalarClass: UInt8 {
    case space, letter, digit, standIn, joiner, punctuation
  }

  /// The class of one scalar.
  @inline(__always)
  package static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
    let value = scalar.value
    switch value {
    case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
      return .space
    case 0x30...0x39:
      return .digit
    case 0x2F, 0x2D:  // '/' '-'
      return .joiner
    default:
      break
    }
    if VietnameseLetters.info(scalar) != nil { return .letter }
    switch value {
    // $ | ¢ € & ? @ £ § © ® ¥ µ: glyphs an English OCR model reads for Vietnamese letters.
    case 0x24, 0x7C, 0xA2, 0x20AC, 0x26, 0x3F, 0x40, 0xA3, 0xA7, 0xA9, 0xAE, 0xA5, 0xB5:
      return .standIn
    default: break
    }
    if (0xC0...0x24F).contains(value) || (0x1E00...0x1EFF).contains(value) {
      return value == 0xD7 || value == 0xF7 ? .punctuation : .standIn
    }
    return .punctuation
  }

  /// ``classify(_:)`` of every scalar below `classTableLimit`, computed once.
  private static let classTableLimit: UInt32 = 0x2100
  private static let classTable: [ScalarClass] = (0..<classTableLimit).map { value in
    Unicode.Scalar(value).map(classify) ?? .punctuation
  }

  /// The tokens of a line, in order.
  ///
  /// - Complexity: O(n) in the number of scalars.
  package static func tokenize(_ scalars: [Unicode.Scalar]) -> [LineToken] {
    var tokens: [LineToken] = []
    // Each scalar classified once: the helpers below ask several times per scalar.
    let table = classTable
    let classes = scalars.map { $0.value < classTableLimit ? table[Int($0.value)] : classify($0) }
    let count = scalars.count
    var index = 0
    while index < count {
      while index < count, classes[index] == .space { index += 1 }
      let chunkStart = index
      while index < count, classes[index] != .space { index += 1 }
      let chunkEnd = index
      if chunkStart == chunkEnd { continue }
      appendTokens(of: scalars, classes: classes, from: chunkStart, to: chunkEnd, into: &tokens)
    }
    return tokens
  }

  /// Finds the cores of one chunk. A joiner (`/`, `-`) between two core scalars keeps a
  /// code together; a joiner standing alone (`Lao động - Thương`) is punctuation.
  private static func appendTokens(
    of scalars: [Unicode.Scalar], classes: [ScalarClass], from start: Int, to end: Int,
    into tokens: inout [LineToken]
  ) {
    var index = start
    while index < end {
      while index < end, !isCore(classes[index]) { index += 1 }
      guard index < end else { return }
      let coreStart = index
      var hasLetter = false
      var hasDigit = false
      var hasJoiner = false
      var lastCore = index
      while index < end {
        let kind = classes[index]
        if isCore(kind) {
          if kind == .letter || kind == .standIn { hasLetter = true }
          if kind == .digit { hasDigit = true }
          lastCore = index
          index += 1
        } else if isInnerApostrophe(scalars, classes, index, end) {
          // `chuo'ng`, `nu’oc`: an OCR reading of the horn of ơ/ư, inside the word.
          index += 1
        } else if kind == .joiner || isInnerNumberPunctuation(scalars, classes, index, end) {
          // Keep going only if a core scalar follows the joiner.
          if index + 1 < end, isCore(classes[index + 1]) {
            if kind == .joiner { hasJoiner = true }
            index += 1
          } else {
            break
          }
        } else {
          break
        }
      }
      let coreEnd = lastCore + 1
      if hasJoiner && !isCode(scalars, classes, coreStart, coreEnd) {
        // `tinh-hinh`, `ma-tuy`: words an OCR joined, not a code.
        appendParts(
          of: scalars, classes: classes, from: coreStart, to: coreEnd, splittingAt: .joiner,
          into: &tokens)
      } else if !hasJoiner && hasLetter
        && containsInnerPunctuation(scalars, classes, coreStart, coreEnd)
      {
        appendParts(
          of: scalars, classes: classes, from: coreStart, to: coreEnd, splittingAt: .punctuation,
          into: &tokens)
      } else if !hasJoiner, hasLetter,
        let split = trailingNumberStart(scalars, classes, coreStart, coreEnd)
      {
        // `thdng9`: an OCR joined a word and a number (9 is no stand-in for a letter).
        tokens.append(LineToken(kind: .word, start: coreStart, end: split))
        tokens.append(LineToken(kind: .number, start: split, end: coreEnd))
      } else {
        let kind: LineToken.Kind = !hasLetter && hasDigit ? .number : hasJoiner ? .code : .word
        tokens.append(LineToken(kind: kind, start: coreStart, end: coreEnd))
      }
      index = max(index, coreEnd)
    }
  }

  private static func partKindOf(
    _ scalars: [Unicode.Scalar], _ classes: [ScalarClass], _ start: Int, _ end: Int
  )
    -> LineToken.Kind
  {
    for index in start..<end where classes[index] != .digit { return .word }
    return .number
  }

  /// Appends the parts of a core between scalars of class `separator`.
  private static func appendParts(
    of scalars: [Unicode.Scalar], classes: [ScalarClass], from start: Int, to end: Int,
    splittingAt separator: ScalarClass,
    into tokens: inout [LineToken]
  ) {
    var partStart = start
    for position in start...end
    where position == end
      || (classes[position] == separator && !isInnerApostrophe(scalars, classes, position, end))
    {
      if position > partStart {
        tokens.append(
          LineToken(
            kind: partKindOf(scalars, classes, partStart, position), start: partStart, end: position
          )
        )
      }
      partStart = position + 1
    }
  }

  /// A joined core is a code when it has a `/`, or when every part is digits or written in
  /// capitals (`QD-UBND`, `NĐ-CP`, `COVID-19`, `TTr-SLĐTBXH`).
  private static func isCode(
    _ scalars: [Unicode.Scalar], _ classes: [ScalarClass], _ start: Int, _ end: Int
  ) -> Bool {
    var partUpper = 0
    var partLetters = 0
    for position in start...end {
      if position == end || classes[position] == .joiner {
        if position < end, scalars[position] == "/" { return true }
        if partLetters > 0 && partUpper < min(2, partLetters) { return false }
        partUpper = 0
        partLetters = 0
        continue
      }
      if let info = VietnameseLetters.info(scalars[position]) {
        partLetters += 1
        if info.isUppercase { partUpper += 1 }
      }
    }
    return true
  }

  private static func containsInnerPunctuation(
    _ scalars: [Unicode.Scalar], _ classes: [ScalarClass], _ start: Int, _ end: Int
  ) -> Bool {
    for index in start..<end
    where classes[index] == .punctuation && !isInnerApostrophe(scalars, classes, index, end) {
      return true
    }
    return false
  }

  /// Where a run of trailing digits starts, when at least two letters come before it and
  /// it holds a digit an OCR never reads for a letter (2, 5, 7, 9; 0 1 3 4 6 8 stand in
  /// for `o l ? a ố ễ`).
  private static func trailingNumberStart(
    _ scalars: [Unicode.Scalar], _ classes: [ScalarClass], _ start: Int, _ end: Int
  )
    -> Int?
  {
    var split = end
    while split > start, classes[split - 1] == .digit { split -= 1 }
    guard split < end, split - start >= 2 else { return nil }
    for index in start..<split where classes[index] != .letter { return nil }
    let telling: Set<Unicode.Scalar> = ["2", "5", "7", "9"]
    return scalars[split..<end].contains(where: telling.contains) ? split : nil
  }

  /// `'`, `’` or `‘` between two letters.
  private static func isInnerApostrophe(
    _ scalars: [Unicode.Scalar], _ classes: [ScalarClass], _ index: Int, _ end: Int
  )
    -> Bool
  {
    let value = scalars[index].value
    guard value == 0x27 || value == 0x2019 || value == 0x2018 else { return false }
    guard index > 0, index + 1 < end else { return false }
    return classes[index - 1] == .letter && classes[index + 1] == .letter
  }

  /// `.`, `,` or `:` between two digits (`1.500`, `8,5`, `10:30`) belongs to the number.
  private static func isInnerNumberPunctuation(
    _ scalars: [Unicode.Scalar], _ classes: [ScalarClass], _ index: Int, _ end: Int
  ) -> Bool {
    let value = scalars[index].value
    guard value == 0x2E || value == 0x2C || value == 0x3A else { return false }
    guard index > 0, index + 1 < end else { return false }
    return classes[index - 1] == .digit && classes[index + 1] == .digit
  }

  @inline(__always)
  private static func isCore(_ kind: ScalarClass) -> Bool {
    kind == .letter || kind == .digit || kind == .standIn
  }
}
