import PlanText

/// Punctuation an OCR read from specks inside a sentence, dropped from a repaired line:
/// periods (`Định. kỳ`, `Trong.năm`), hyphens (`người-sử dụng`) and a lone `:` or `;` with a
/// digit (`cho : 7 người`). The clean corpus has none of them.
enum SpeckPunctuation {
  /// The edits of the three rules for a line, reading only `scalars[..<end]` (what comes
  /// after is speck glyphs cut from the line's end).
  static func edits(_ scalars: [Unicode.Scalar], tokens: [LineToken], end: Int) -> [LineEdit] {
    strayPeriods(scalars, tokens: tokens, end: end) + strayHyphens(scalars, tokens: tokens)
      + speckDigits(scalars, tokens: tokens)
  }

  /// Periods an OCR read from specks inside a sentence (`Định. kỳ quý`, `Trong.năm`,
  /// `ít nhất 01. mô hình`, `cho 476.bệnh nhân`): a period right after a word of two letters
  /// or more, or after a number that follows a word, then a lowercase letter, after a space
  /// or glued (a glued one becomes a space; not in a dotted chain such as `sonla.gov.vn`).
  /// Vietnamese starts a sentence with a capital, and the clean corpus has no such period (a
  /// list number opening a line, `1. ít nhất`, stays). Only `scalars[..<end]` is read: the
  /// speck glyphs cut from the line's end are no lowercase word after a sentence's period.
  ///
  /// - Complexity: O(n) in the scalars of the line.
  static func strayPeriods(
    _ scalars: [Unicode.Scalar], tokens: [LineToken], end: Int? = nil
  ) -> [LineEdit] {
    let end = min(end ?? scalars.count, scalars.count)
    var edits: [LineEdit] = []
    var chunk: (range: Range<Int>, dotted: Bool)?  // the last chunk measured
    for (index, token) in tokens.enumerated() {
      let afterWord = token.kind == .word && token.count >= 2
      let afterNumber =
        token.kind == .number && index > 0 && tokens[index - 1].kind == .word
        && scalars[token.start..<token.end].allSatisfy(ScalarTable.isASCIIDigit)
      let period = token.end
      guard afterWord || afterNumber, period + 1 < end, scalars[period] == "." else {
        continue
      }
      var next = period + 1
      while next < end, LineTokenizer.classify(scalars[next]) == .space { next += 1 }
      let glued = next == period + 1
      guard next < end, let info = VietnameseLetters.info(scalars[next]), !info.isUppercase
      else { continue }
      if glued && !afterNumber {
        if chunk.map({ !$0.range.contains(token.start) }) ?? true {
          chunk = dottedChunk(scalars, around: token)
        }
        if chunk?.dotted == true { continue }
      }
      edits.append(
        LineEdit(
          start: period, end: period + 1, replacement: glued ? [" "] : [], kind: .ocrNoise,
          confidence: 0.8, note: "speck period inside a sentence"))
    }
    return edits
  }

  /// A lone speck mark and a digit an OCR read from specks before a word (`cho : 7 người`,
  /// `quản lý ; 7 người`): after a word or number of the line, a `:` or `;` standing alone
  /// between spaces, then one digit, then a word. The OCR pairs hold 28 of them and no real
  /// number so written; the clean corpus has none. Other marks stay: a bullet (`• 3 xã`,
  /// `— 5 mô hình`), a range (`5 — 7 người`) or a table cell (`| 5 người |`) holds a real
  /// number.
  static func speckDigits(_ scalars: [Unicode.Scalar], tokens: [LineToken]) -> [LineEdit] {
    var edits: [LineEdit] = []
    func isSpace(_ index: Int) -> Bool {
      index >= 0 && index < scalars.count && LineTokenizer.classify(scalars[index]) == .space
    }
    for (index, digit) in tokens.enumerated()
    where index > 0 && digit.kind == .number && digit.count == 1 && index + 1 < tokens.count
      && tokens[index + 1].kind == .word && isSpace(digit.end)
      && tokens[index + 1].start == digit.end + 1
    {
      var mark = digit.start - 1
      guard isSpace(mark) else { continue }
      while isSpace(mark) { mark -= 1 }
      guard mark > 0, speckMarks.contains(scalars[mark]), isSpace(mark - 1) else { continue }
      edits.append(
        LineEdit(
          start: mark, end: digit.end + 1, replacement: [], kind: .ocrNoise, confidence: 0.7,
          note: "speck mark and digit"))
    }
    return edits
  }

  private static let speckMarks: Set<Unicode.Scalar> = [":", ";"]

  /// The chunk (the scalars between spaces) holding the word, and whether it is a chain of
  /// two dots or more (`sonla.gov.vn`, `v.v`): an address or an abbreviation, whose dots are
  /// written.
  private static func dottedChunk(
    _ scalars: [Unicode.Scalar], around token: LineToken
  ) -> (range: Range<Int>, dotted: Bool) {
    var dots = 0
    var start = token.start
    while start > 0, LineTokenizer.classify(scalars[start - 1]) != .space { start -= 1 }
    var index = start
    while index < scalars.count, LineTokenizer.classify(scalars[index]) != .space {
      if scalars[index] == "." && index + 1 < scalars.count
        && VietnameseLetters.info(scalars[index + 1]) != nil
      {
        dots += 1
      }
      index += 1
    }
    return (start..<index, dots >= 2)
  }

  /// Hyphens an OCR read from specks between two words (`người-sử dụng`, `đề ra-hàng năm`,
  /// `đưa-15 người`): a `-` glued to a lowercase letter on each side, or between a lowercase
  /// word and a number, becomes a space (a name and its number stay: `Covid-19`). Vietnamese
  /// writes its compounds with spaced dashes (`kinh tế - xã hội`); the clean corpus glues
  /// one (`kinh tế-xã hội`) and loanwords (`Căm-pu-chi-a`, `mô-đun`), where a space loses
  /// nothing a reader needs.
  static func strayHyphens(_ scalars: [Unicode.Scalar], tokens: [LineToken]) -> [LineEdit] {
    var edits: [LineEdit] = []
    func isLowercaseLetter(_ index: Int) -> Bool {
      VietnameseLetters.info(scalars[index]).map { !$0.isUppercase } ?? false
    }
    for (left, right) in zip(tokens, tokens.dropFirst())
    where left.kind == .word && right.start == left.end + 1 && scalars[left.end] == "-"
      && isLowercaseLetter(left.end - 1)
      && (right.kind == .word && isLowercaseLetter(right.start)
        || right.kind == .number && left.count >= 2
          && (left.start..<left.end).allSatisfy(isLowercaseLetter))
    {
      edits.append(
        LineEdit(
          start: left.end, end: right.start, replacement: [" "], kind: .ocrNoise,
          confidence: 0.7, note: "speck hyphen between words"))
    }
    return edits
  }
}
