import Foundation

/// A Vietnamese syllable taken apart: its toneless lowercase letters and its tone.
package struct SyllableShape: Hashable, Sendable {
  /// Lowercase letters without the tone mark, such as `nguơi` for `người`.
  package var toneless: [Unicode.Scalar]
  package var tone: Tone
}

/// The phonotactics of Vietnamese syllables: which onset + rhyme + tone combinations exist,
/// and where a tone mark is written.
///
/// Onsets and rhymes are data (`Tables/phonotactics.txt`); the spelling rules that depend on
/// the next letter (`c`/`k`, `g`/`gh`, `ng`/`ngh`, `gi`, `qu`) and the tone rules are here.
package struct SyllableRules: Sendable {
  package let onsets: [[Unicode.Scalar]]
  package let rhymes: Set<[Unicode.Scalar]>

  /// Reads the `onsets:` and `rhymes:` lines of a phonotactics table.
  ///
  /// - Throws: `TableError.malformed` for a line that is neither a comment nor a known key.
  package init(table text: String, name: String = "phonotactics.txt") throws {
    var onsets: [[Unicode.Scalar]] = []
    var rhymes = Set<[Unicode.Scalar]>()
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let line = rawLine.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") { continue }
      let parts = line.split(separator: ":", maxSplits: 1)
      guard parts.count == 2 else {
        throw TableError.malformed(table: name, line: index + 1, reason: "expected 'key: values'")
      }
      let values = parts[1].split(separator: " ").map {
        Array(String($0).precomposedStringWithCanonicalMapping.unicodeScalars)
      }
      switch parts[0] {
      case "onsets": onsets += values
      case "rhymes": rhymes.formUnion(values)
      default:
        throw TableError.malformed(
          table: name, line: index + 1, reason: "unknown key '\(parts[0])'")
      }
    }
    // Longest onsets first so that `ngh` is tried before `ng` and `n`.
    self.onsets = onsets.sorted { $0.count > $1.count }
    self.rhymes = rhymes
  }

  /// Splits a lowercase syllable into toneless letters and tone; nil when it carries two
  /// tone marks or a scalar that is not a Vietnamese letter.
  package static func shape(of scalars: some Sequence<Unicode.Scalar>) -> SyllableShape? {
    var toneless: [Unicode.Scalar] = []
    var tone = Tone.level
    for scalar in scalars {
      guard let info = VietnameseLetters.info(scalar), !info.isUppercase else { return nil }
      if info.tone != .level {
        if tone != .level { return nil }
        tone = info.tone
      }
      toneless.append(info.toneless)
    }
    return toneless.isEmpty ? nil : SyllableShape(toneless: toneless, tone: tone)
  }

  /// The length of the onset of a valid syllable, or nil when no onset + rhyme split is valid.
  package func onsetLength(of shape: SyllableShape) -> Int? {
    let letters = shape.toneless
    for onset in onsets where onset.count < letters.count && letters.starts(with: onset) {
      let rest = Array(letters[onset.count...])
      if restIsValid(onset: onset, rest: rest, tone: shape.tone) { return onset.count }
    }
    // `gi` alone (`gì` is g + ì, handled above; plain "gi" reads as gi + empty rhyme).
    if restIsValid(onset: [], rest: letters, tone: shape.tone) { return 0 }
    return nil
  }

  /// Whether the shape is a syllable of Vietnamese.
  package func isValid(_ shape: SyllableShape) -> Bool { onsetLength(of: shape) != nil }

  private static let checkedEndings: Set<Unicode.Scalar> = ["c", "p", "t"]
  private static let frontVowels: Set<Unicode.Scalar> = ["i", "e", "\u{00EA}", "y"]

  private func toneFits(rhyme: [Unicode.Scalar], tone: Tone) -> Bool {
    guard let last = rhyme.last else { return true }
    let checked =
      Self.checkedEndings.contains(last)
      || (last == "h" && rhyme.count >= 2 && rhyme[rhyme.count - 2] == "c")
    return !checked || tone == .acute || tone == .dot
  }

  private func restIsValid(onset: [Unicode.Scalar], rest: [Unicode.Scalar], tone: Tone) -> Bool {
    guard let first = rest.first else { return false }
    let front = Self.frontVowels.contains(first)
    let onsetText = String(String.UnicodeScalarView(onset))
    switch onsetText {
    case "qu":
      let asMedialU = [Unicode.Scalar("u")] + rest
      let asMedialO = [Unicode.Scalar("o")] + rest
      let rhyme = rhymes.contains(asMedialU) ? asMedialU : asMedialO
      guard rhymes.contains(rhyme) || rest == ["i"] else { return false }
      return toneFits(rhyme: rest, tone: tone)
    case "gi":
      guard rhymes.contains(rest) || rhymes.contains([Unicode.Scalar("i")] + rest) else {
        return false
      }
      if first == "i" { return false }
      return toneFits(rhyme: rest, tone: tone)
    case "c", "g", "ng":
      if front && !(onsetText == "g" && first == "i") { return false }
    case "k", "gh", "ngh":
      if !front { return false }
    default:
      break
    }
    guard rhymes.contains(rest) else { return false }
    // `yê…` begins a syllable or follows the medial u; `iê…` needs an onset.
    if first == "y", rest.count > 1, rest[1] == "\u{00EA}", !onset.isEmpty { return false }
    if first == "i", rest.count > 1, rest[1] == "\u{00EA}", onset.isEmpty { return false }
    return toneFits(rhyme: rest, tone: tone)
  }

  private static let modified: Set<Unicode.Scalar> = [
    "\u{0103}", "\u{00E2}", "\u{00EA}", "\u{00F4}", "\u{01A1}", "\u{01B0}",
  ]

  /// The index, within the toneless letters, of the vowel that carries the tone mark.
  package func toneIndex(of shape: SyllableShape, style: ToneStyle) -> Int? {
    let letters = shape.toneless
    let onset = onsetLength(of: shape) ?? 0
    var vowelIndices: [Int] = []
    var index = onset
    while index < letters.count, VietnameseLetters.info(letters[index])?.isVowel == true {
      vowelIndices.append(index)
      index += 1
    }
    guard let firstVowel = vowelIndices.first, let lastVowel = vowelIndices.last else {
      return nil
    }
    let hasCoda = index < letters.count
    if let marked = vowelIndices.last(where: { Self.modified.contains(letters[$0]) }) {
      return marked
    }
    if hasCoda { return lastVowel }
    switch vowelIndices.count {
    case 1: return firstVowel
    case 2:
      let pair = String(String.UnicodeScalarView([letters[firstVowel], letters[lastVowel]]))
      if pair == "oa" || pair == "oe" || pair == "uy" {
        return style == .old ? firstVowel : lastVowel
      }
      return firstVowel
    default:
      return vowelIndices[1]
    }
  }

  /// Writes a syllable with its tone mark placed in the given style, lowercase NFC.
  package func render(_ shape: SyllableShape, style: ToneStyle) -> String {
    var scalars = shape.toneless
    if shape.tone != .level, let index = toneIndex(of: shape, style: style) {
      scalars[index] = VietnameseLetters.compose(scalars[index], tone: shape.tone)
    }
    return String(String.UnicodeScalarView(scalars))
  }

  /// Every valid toned syllable, rendered lowercase in `style`, sorted.
  package func inventory(style: ToneStyle) -> [String] {
    var rests = Set<[Unicode.Scalar]>()
    for rhyme in rhymes {
      rests.insert(rhyme)
      if rhyme.count > 1 { rests.insert(Array(rhyme.dropFirst())) }
    }
    var result = Set<String>()
    for onset in onsets + [[]] {
      for rest in rests {
        for tone in Tone.allCases {
          let shape = SyllableShape(toneless: onset + rest, tone: tone)
          if onsetLength(of: shape) == onset.count {
            result.insert(render(shape, style: style))
          }
        }
      }
    }
    return result.sorted()
  }
}

/// A problem in a data table shipped with the normalizer.
package enum TableError: Error, CustomStringConvertible, Equatable {
  case missing(table: String, searched: [String])
  case malformed(table: String, line: Int, reason: String)

  package var description: String {
    switch self {
    case .missing(let table, let searched):
      return "table '\(table)' not found (looked in: \(searched.joined(separator: ", ")))"
    case .malformed(let table, let line, let reason):
      return "\(table):\(line): \(reason)"
    }
  }
}
