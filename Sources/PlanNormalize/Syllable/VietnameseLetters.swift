/// The tone of a Vietnamese syllable, in the order of the traditional table.
package enum Tone: UInt8, CaseIterable, Sendable {
  case level = 0  // ngang: no mark
  case grave  // huyền: à
  case acute  // sắc: á
  case hook  // hỏi: ả
  case tilde  // ngã: ã
  case dot  // nặng: ạ

  /// The combining mark that writes the tone, nil for the level tone.
  var combiningMark: Unicode.Scalar? {
    switch self {
    case .level: return nil
    case .grave: return "\u{0300}"
    case .acute: return "\u{0301}"
    case .hook: return "\u{0309}"
    case .tilde: return "\u{0303}"
    case .dot: return "\u{0323}"
    }
  }
}

/// What one scalar is as a Vietnamese letter: its toneless letter, ASCII base and tone.
package struct LetterInfo: Hashable, Sendable {
  /// The lowercase letter without its tone mark, such as `ơ` for `Ờ`.
  package var toneless: Unicode.Scalar
  /// The lowercase ASCII letter under every mark, such as `o` for `Ờ` and `d` for `Đ`.
  package var base: UInt8
  package var tone: Tone
  package var isUppercase: Bool
  package var isVowel: Bool
  /// The lowercase form of the scalar itself, tone kept (`Ờ` -> `ờ`).
  package var lowercase: Unicode.Scalar
}

/// Lookup tables for the Vietnamese alphabet, built once by composing letters and tones.
///
/// Covers the 29 letters of the alphabet, the 67 toned vowels of each case, and the
/// ASCII letters f, j, w, z that appear in names and abbreviations.
public enum VietnameseLetters {
  /// The twelve vowel letters without tone, lowercase.
  package static let vowels: [Unicode.Scalar] = [
    "a", "\u{0103}", "\u{00E2}", "e", "\u{00EA}", "i", "o", "\u{00F4}", "\u{01A1}", "u",
    "\u{01B0}", "y",
  ]

  /// Scalar value -> letter information; covers every scalar below `tableLimit`.
  private static let table: [LetterInfo?] = buildTable()
  /// (toneless vowel, tone) -> composed lowercase scalar.
  private static let composed: [UInt32: [Unicode.Scalar]] = buildComposed()

  private static let tableLimit: UInt32 = 0x1F00

  /// The letter information of `scalar`, or nil when it is not a Vietnamese letter.
  @inline(__always)
  package static func info(_ scalar: Unicode.Scalar) -> LetterInfo? {
    let value = scalar.value
    guard value < tableLimit else { return nil }
    return table[Int(value)]
  }

  /// The lowercase scalar for a toneless vowel with a tone (`ơ` + grave -> `ờ`).
  package static func compose(_ toneless: Unicode.Scalar, tone: Tone) -> Unicode.Scalar {
    guard let forms = composed[toneless.value] else { return toneless }
    return forms[Int(tone.rawValue)]
  }

  /// Whether a scalar is a capital Vietnamese (or ASCII) letter.
  public static func isUppercaseLetter(_ scalar: Unicode.Scalar) -> Bool {
    info(scalar)?.isUppercase == true
  }

  /// The uppercase form of a lowercase Vietnamese letter (`ờ` -> `Ờ`).
  package static func uppercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let upper = String(scalar).uppercased().unicodeScalars
    return upper.count == 1 ? upper[upper.startIndex] : scalar
  }

  private static func baseOf(_ toneless: Unicode.Scalar) -> UInt8 {
    switch toneless {
    case "\u{0103}", "\u{00E2}": return UInt8(ascii: "a")
    case "\u{00EA}": return UInt8(ascii: "e")
    case "\u{00F4}", "\u{01A1}": return UInt8(ascii: "o")
    case "\u{01B0}": return UInt8(ascii: "u")
    case "\u{0111}": return UInt8(ascii: "d")
    default: return UInt8(truncatingIfNeeded: toneless.value)
    }
  }

  private static func composeString(_ toneless: Unicode.Scalar, _ tone: Tone) -> Unicode.Scalar {
    var text = String(toneless)
    if let mark = tone.combiningMark { text.unicodeScalars.append(mark) }
    let nfc = text.precomposedStringWithCanonicalMapping.unicodeScalars
    precondition(nfc.count == 1, "no precomposed form for \(toneless) + \(tone)")
    return nfc[nfc.startIndex]
  }

  private static func buildComposed() -> [UInt32: [Unicode.Scalar]] {
    var result: [UInt32: [Unicode.Scalar]] = [:]
    for vowel in vowels {
      result[vowel.value] = Tone.allCases.map { composeString(vowel, $0) }
    }
    return result
  }

  private static func buildTable() -> [LetterInfo?] {
    var table = [LetterInfo?](repeating: nil, count: Int(tableLimit))
    func put(_ scalar: Unicode.Scalar, _ info: LetterInfo) {
      var info = info
      info.lowercase = scalar
      table[Int(scalar.value)] = info
      var upper = info
      upper.isUppercase = true
      let upperScalar = uppercase(scalar)
      if upperScalar != scalar { table[Int(upperScalar.value)] = upper }
    }
    for value in UInt8(ascii: "a")...UInt8(ascii: "z") {
      let scalar = Unicode.Scalar(value)
      let isVowel = "aeiouy".utf8.contains(value)
      put(
        scalar,
        LetterInfo(
          toneless: scalar, base: value, tone: .level, isUppercase: false, isVowel: isVowel,
          lowercase: scalar))
    }
    put(
      "\u{0111}",
      LetterInfo(
        toneless: "\u{0111}", base: UInt8(ascii: "d"), tone: .level, isUppercase: false,
        isVowel: false, lowercase: "\u{0111}"))
    for vowel in vowels {
      for tone in Tone.allCases {
        let scalar = composeString(vowel, tone)
        put(
          scalar,
          LetterInfo(
            toneless: vowel, base: baseOf(vowel), tone: tone, isUppercase: false, isVowel: true,
            lowercase: scalar))
      }
    }
    return table
  }
}
