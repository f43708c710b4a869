/// Finds the glyphs an OCR read from specks after the end of a line's text
/// (`KE HOACH a : ae :`, `... tinh eo ; a`, `Muc tiéu : ; ; : : 2 ; ioe`).
///
/// Grammar: the line's last real token, then a run of one to four short tokens (three
/// scalars at most) mixed with lone punctuation. The run counts as noise when a lone
/// separator (`:` `;` `—` `~` `_` `|` `•` `=` standing between spaces) stands before, inside
/// or after it, and it holds a token that is neither a syllable nor an abbreviation in
/// capitals (`ae`, `ioe`, `|`, a lone digit). Real endings (`điểm a, b`, `TP; ;`,
/// `Lao động - Thương binh`) are left alone.
package enum TrailingNoise {
  /// Index of the first scalar to drop (the line ends there), or nil.
  package static func start(
    _ scalars: [Unicode.Scalar], tokens: [LineToken], isSyllable: (LineToken) -> Bool
  ) -> Int? {
    guard tokens.count >= 2 else { return nil }
    var first = tokens.count
    while first > 0, tokens.count - first < 4, tokens[first - 1].count <= 3 {
      first -= 1
    }
    // Keep at least one real token before the run.
    if first == 0 { first = 1 }
    guard first < tokens.count else { return nil }
    let run = tokens[first...]
    let realEnd = tokens[first - 1].end
    guard hasLoneSeparator(scalars, from: realEnd, to: run.last?.end ?? realEnd)
      || hasLoneSeparator(scalars, from: run.last?.end ?? realEnd, to: scalars.count)
    else { return nil }
    let junk = run.contains { token in
      if token.kind == .number { return token.count == 1 }
      return !isSyllable(token) && !isCapitals(scalars, token)
    }
    guard junk else { return nil }
    // Keep punctuation attached to the last real token (`tinh.`, `nhan:`).
    var cut = realEnd
    while cut < scalars.count, !isSpace(scalars[cut]) { cut += 1 }
    return cut < scalars.count ? cut : nil
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
