/// Repairs OCR'd Roman section numbers at the start of a line: `I1.` and `Il.` for `II.`,
/// `|.` for `I.`, `Vil.` for `VII.`, `IV.` kept.
///
/// Grammar: optional `#`, `*` and spaces, then a token of `I V X L 1 l |` holding at least
/// one `I`, `V`, `X` or `|`, immediately followed by `.` or `)`. Digits and `l`/`|` become `I`;
/// so does a lowercase `i` after a capital numeral in a token that also holds `1`, `l` or
/// `|` (`Vil.`; a lone `Vi.` stays).
package enum RomanNumeralRepair {
  /// The edit for the first token of a line, or nil when it is no damaged Roman number.
  package static func edit(_ scalars: [Unicode.Scalar], first token: LineToken) -> LineEdit? {
    for index in 0..<token.start {
      let scalar = scalars[index]
      guard scalar == " " || scalar == "#" || scalar == "*" || scalar == "\t" else { return nil }
    }
    guard token.end < scalars.count, scalars[token.end] == "." || scalars[token.end] == ")"
    else { return nil }
    var repaired: [Unicode.Scalar] = []
    var hasNumeral = false
    var hasLowercaseI = false
    var hasDamagedI = false
    for scalar in scalars[token.start..<token.end] {
      switch scalar {
      case "I", "V", "X", "L":
        if scalar != "L" { hasNumeral = true }
        repaired.append(scalar)
      case "1", "l", "|":
        if scalar == "|" { hasNumeral = true }
        hasDamagedI = true
        repaired.append("I")
      case "i" where hasNumeral:
        hasLowercaseI = true
        repaired.append("I")
      default:
        return nil
      }
    }
    guard hasNumeral, repaired.count <= 5, !hasLowercaseI || hasDamagedI,
      !repaired.elementsEqual(scalars[token.start..<token.end])
    else { return nil }
    return LineEdit(
      start: token.start, end: token.end, replacement: repaired, kind: .ocr, confidence: 0.9,
      note: "roman section number")
  }
}
