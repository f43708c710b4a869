import Foundation

/// Repairs Unicode-level damage in one line: decomposed letters, invisible characters and
/// look-alike letters. Clean NFC Vietnamese gives no edits.
///
/// - Composition (`.composition`): a letter followed by combining marks becomes the one
///   NFC letter, whatever the order of the marks and whether the letter already carries
///   some (`e` U+0302 U+0301, `e` U+0301 U+0302, `ê` U+0301 and `é` U+0302 all give `ế`). A
///   cluster Vietnamese cannot spell is composed by canonical NFC, and left alone when NFC
///   changes nothing.
/// - Invisible characters (`.invisible`): U+00A0, U+1680, U+2000-U+200A, U+202F, U+205F and
///   U+3000 become a plain space; U+200B, U+200C, U+200D, U+2060, U+FEFF and the soft
///   hyphen U+00AD are removed.
/// - Look-alikes (`.lookalike`): `Ð` U+00D0 and `Ɖ` U+0189 become `Đ`, `ð` U+00F0 and `ɖ`
///   U+0256 become `đ`, when a neighbouring scalar is a letter (inside a word).
///
/// Run it after `LegacyEncodingRepair`: TCVN3 writes `ư` as U+00AD and `é` as `Ð`.
package enum UnicodeCleanup {
  /// The edits for one line, by scalar index, disjoint and in order.
  ///
  /// - Complexity: O(n); scalars below U+00A0 other than combining clusters cost one
  ///   comparison.
  package static func repair(line: [Unicode.Scalar]) -> [LineEdit] {
    var edits: [LineEdit] = []
    let count = line.count
    var index = 0
    while index < count {
      let scalar = line[index]
      let value = scalar.value
      var marksEnd = index + 1
      while marksEnd < count, isCombining(line[marksEnd]) { marksEnd += 1 }
      if marksEnd > index + 1, !isCombining(scalar),
        let edit = composition(line, start: index, end: marksEnd)
      {
        edits.append(edit)
      } else if value >= 0xA0, mayNeedEdit[value], let edit = singleScalarEdit(line, at: index) {
        edits.append(edit)
      }
      index = isCombining(scalar) ? index + 1 : marksEnd
    }
    return edits
  }

  // MARK: - Composition

  @inline(__always)
  private static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
    (0x300...0x36F).contains(scalar.value)
  }

  /// Tone marks by combining scalar (U+0340/U+0341 are the deprecated grave/acute).
  private static let toneMarks: [UInt32: Tone] = [
    0x300: .grave, 0x301: .acute, 0x309: .hook, 0x303: .tilde, 0x323: .dot,
    0x340: .grave, 0x341: .acute,
  ]

  /// (ASCII letter, modifying mark) -> toneless Vietnamese letter.
  private static let modified: [UInt32: [UInt32: Unicode.Scalar]] = [
    0x61: [0x302: "\u{00E2}", 0x306: "\u{0103}"],
    0x65: [0x302: "\u{00EA}"],
    0x6F: [0x302: "\u{00F4}", 0x31B: "\u{01A1}"],
    0x75: [0x31B: "\u{01B0}"],
  ]

  /// The edit composing `line[start..<end]` (a base scalar and its combining marks).
  private static func composition(_ line: [Unicode.Scalar], start: Int, end: Int) -> LineEdit? {
    let cluster = Array(line[start..<end])
    let replacement = vietnameseLetter(cluster) ?? canonicalComposition(cluster)
    guard replacement != cluster else { return nil }
    return LineEdit(
      start: start, end: end, replacement: replacement, kind: .composition, confidence: 1,
      note: "compose \(hex(cluster))->\(hex(replacement))")
  }

  /// The Vietnamese letter a base and marks spell in any order, nil when they spell none
  /// (two tones, two modifiers, a mark Vietnamese does not use, or a base that is no letter).
  private static func vietnameseLetter(_ cluster: [Unicode.Scalar]) -> [Unicode.Scalar]? {
    guard let base = cluster.first, let info = VietnameseLetters.info(base), info.isVowel else {
      return nil
    }
    var toneless = info.toneless
    var tone = info.tone
    for mark in cluster.dropFirst() {
      if let markTone = toneMarks[mark.value] {
        guard tone == .level else { return nil }
        tone = markTone
      } else if let letter = modified[toneless.value]?[mark.value] {
        toneless = letter
      } else {
        return nil
      }
    }
    let letter = VietnameseLetters.compose(toneless, tone: tone)
    return [info.isUppercase ? VietnameseLetters.uppercase(letter) : letter]
  }

  private static func canonicalComposition(_ cluster: [Unicode.Scalar]) -> [Unicode.Scalar] {
    let text = String(String.UnicodeScalarView(cluster)).precomposedStringWithCanonicalMapping
    return Array(text.unicodeScalars)
  }

  private static func hex(_ scalars: [Unicode.Scalar]) -> String {
    scalars.map { scalar in
      let digits = String(scalar.value, radix: 16, uppercase: true)
      return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }.joined(separator: " ")
  }

  // MARK: - Invisible characters and look-alikes

  /// Scalars that become a plain space.
  private static let spaces: Set<UInt32> = [
    0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
    0x2009, 0x200A, 0x202F, 0x205F, 0x3000,
  ]

  /// Scalars that are removed.
  private static let removed: Set<UInt32> = [0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF]

  /// Look-alike -> the Vietnamese letter.
  private static let lookalikes: [UInt32: Unicode.Scalar] = [
    0xD0: "\u{0110}", 0x189: "\u{0110}", 0xF0: "\u{0111}", 0x256: "\u{0111}",
  ]

  /// Whether a scalar is one of `spaces`, `removed` or `lookalikes`: a bit test run on every
  /// scalar, before the set lookups (hashing each Vietnamese letter cost a fifth of the
  /// normalizer's time on clean text).
  private static let mayNeedEdit = ScalarBitSet(spaces.union(removed).union(lookalikes.keys))

  /// Names for notes.
  private static let names: [UInt32: String] = [
    0xA0: "no-break space", 0x202F: "narrow no-break space", 0xAD: "soft hyphen",
    0x200B: "zero width space", 0x200C: "zero width non-joiner", 0x200D: "zero width joiner",
    0x2060: "word joiner", 0xFEFF: "zero width no-break space",
  ]

  private static func singleScalarEdit(_ line: [Unicode.Scalar], at index: Int) -> LineEdit? {
    let value = line[index].value
    // Named only when edited: most scalars above U+00A0 are letters left alone.
    var name: String { names[value] ?? hex([line[index]]) }
    if spaces.contains(value) {
      return LineEdit(
        start: index, end: index + 1, replacement: [" "], kind: .invisible, confidence: 1,
        note: "\(name) -> space")
    }
    if removed.contains(value) {
      return LineEdit(
        start: index, end: index + 1, replacement: [], kind: .invisible, confidence: 1,
        note: "\(name) removed")
    }
    if let letter = lookalikes[value], isInsideWord(line, at: index) {
      return LineEdit(
        start: index, end: index + 1, replacement: [letter], kind: .lookalike, confidence: 0.9,
        note: "\(hex([line[index]])) looks like \(hex([letter]))")
    }
    return nil
  }

  /// Whether the scalar before or after `index` is a letter.
  private static func isInsideWord(_ line: [Unicode.Scalar], at index: Int) -> Bool {
    if index > 0, VietnameseLetters.info(line[index - 1]) != nil { return true }
    if index + 1 < line.count, VietnameseLetters.info(line[index + 1]) != nil { return true }
    return false
  }
}

/// A set of scalar values as a bitmap over the Basic Multilingual Plane (8 KiB); values
/// above it are never members.
struct ScalarBitSet: Sendable {
  private var words = [UInt64](repeating: 0, count: 0x10000 / 64)

  init(_ values: some Sequence<UInt32>) {
    for value in values where value < 0x10000 {
      words[Int(value >> 6)] |= 1 << UInt64(value & 63)
    }
  }

  subscript(value: UInt32) -> Bool {
    value < 0x10000 && words[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0
  }
}
