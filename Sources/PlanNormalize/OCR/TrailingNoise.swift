/// Finds the glyphs an OCR read from specks after the end of a line's text
/// (`KE HOACH a : ae :`, `... tinh eo ; a`, `Muc tiéu : ; ; : : 2 ; ioe`).
///
/// Grammar: the line's last real token, a lone separator (`:` `;` `—` `~` `_` `|` `•` `=`
/// standing between spaces), then a run of one to four short tokens (three scalars at most)
/// holding a token that is neither a syllable nor an abbreviation in capitals (`ae`, `ioe`,
/// `|`, a lone digit). Real endings (`điểm a, b`, `TP; ;`, `ma tty. : ;`,
/// `Lao động - Thương binh`) are left alone.
package enum TrailingNoise {
  /// Index of the first scalar to drop (the line ends there), or nil.
  package static func start(
    _ scalars: [Unicode.Scalar], tokens: [LineToken], isSyllable: (LineToken) -> Bool,
    isKnownWord: (LineToken) -> Bool = { _ in false }
  ) -> Int? {
    guard tokens.count >= 2 else { return nil }
    if let cut = afterSentenceEnd(
      scalars, tokens: tokens, isSyllable: isSyllable, isKnownWord: isKnownWord)
    {
      return cut
    }
    func isJunk(_ token: LineToken) -> Bool {
      if token.kind == .number { return token.count == 1 }
      return token.count <= 3 && !isSyllable(token) && !isCapitals(scalars, token)
    }
    // The run is the last one to four tokens, all short, at least one junk, and a lone
    // separator stands between the line's real end and the run (`ma tty. : ;` has none
    // before `tty`, so `tty` is text).
    var best: Int?
    var first = tokens.count - 1
    var sawJunk = false
    while first >= 1, tokens.count - first <= 4, tokens[first].count <= 3 {
      if isJunk(tokens[first]) { sawJunk = true }
      if sawJunk, hasLoneSeparator(scalars, from: tokens[first - 1].end, to: tokens[first].start) {
        best = first
      }
      first -= 1
    }
    guard let runStart = best else { return nil }
    // Keep punctuation attached to the last real token (`tinh.`, `nhan:`).
    var cut = tokens[runStart - 1].end
    while cut < scalars.count, !isSpace(scalars[cut]) { cut += 1 }
    return cut < scalars.count ? cut : nil
  }

  private static let sentenceEnds: Set<Unicode.Scalar> = [".", ":", ";", "!", "?"]

  /// The second pattern: the text ends with punctuation attached to a word (`bàn.`,
  /// `nhan:`), then up to six junk-like tokens follow, at least one of them no word at
  /// all (`ban. , ee`, `luat. APRESS oR 8 ;`). Junk-like: a word that is not a syllable nor
  /// a known word, a syllable of at most two letters, or a single digit; a code
  /// (`/KH-UBND`) or a longer number ends the run (`Số: 36 /KH-UBND` stays).
  private static func afterSentenceEnd(
    _ scalars: [Unicode.Scalar], tokens: [LineToken], isSyllable: (LineToken) -> Bool,
    isKnownWord: (LineToken) -> Bool
  ) -> Int? {
    var first = tokens.count
    var sawNonWord = false
    while first > 1, tokens.count - first < 6 {
      let token = tokens[first - 1]
      let junkLike: Bool
      if token.kind == .code {
        junkLike = false
      } else if token.kind == .number {
        junkLike = token.count == 1
      } else if isSyllable(token) {
        junkLike = token.count <= 2
      } else if isKnownWord(token) {
        junkLike = false
      } else {
        junkLike = true
        sawNonWord = true
      }
      guard junkLike else { break }
      first -= 1
    }
    guard sawNonWord, first < tokens.count else { return nil }
    let last = tokens[first - 1]
    guard last.kind == .word, last.end < scalars.count, sentenceEnds.contains(scalars[last.end]),
      last.count > 2 || !isSyllable(last)
    else { return nil }
    var cut = last.end
    while cut < scalars.count, !isSpace(scalars[cut]) { cut += 1 }
    // Only what follows the run's first token may go: everything after the cut.
    guard cut < scalars.count, cut <= tokens[first].start else { return nil }
    return cut
  }

  /// `TP`, `MT`: an abbreviation in capitals, not noise.
  private static func isCapitals(_ scalars: [Unicode.Scalar], _ token: LineToken) -> Bool {
    token.count >= 2
      && scalars[token.start..<token.end].allSatisfy {
        VietnameseLetters.info($0)?.isUppercase == true
      }
  }

  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    LineTokenizer.classify(scalar) == .space
  }

  private static let separators: Set<Unicode.Scalar> = [
    ":", ";", "\u{2014}", "~", "_", "|", "\u{2022}", "=",
  ]

  /// Whether `scalars[from..<to]` holds a separator standing alone between spaces.
  private static func hasLoneSeparator(_ scalars: [Unicode.Scalar], from: Int, to: Int) -> Bool {
    guard from < to else { return false }
    var index = from
    while index < to {
      if separators.contains(scalars[index]),
        index > 0, isSpace(scalars[index - 1]),
        index + 1 >= scalars.count || isSpace(scalars[index + 1])
      {
        return true
      }
      index += 1
    }
    return false
  }
}
