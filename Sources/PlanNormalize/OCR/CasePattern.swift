/// How a token is capitalised, read from its letters and carried over to its repair.
package enum CasePattern: Sendable {
  case lower, title, upper

  /// `cong` lower, `Cong`/`S6` title, `CONG`/`PiCH` upper (mostly capitals, two or more).
  package static func of(_ scalars: ArraySlice<Unicode.Scalar>) -> CasePattern {
    var upper = 0
    var lower = 0
    var firstIsUpper = false
    var sawFirst = false
    for scalar in scalars {
      let isUpper: Bool
      if let info = VietnameseLetters.info(scalar) {
        isUpper = info.isUppercase
      } else if scalar == "$" || scalar == "|" {
        isUpper = true
      } else {
        continue
      }
      if !sawFirst {
        firstIsUpper = isUpper
        sawFirst = true
      }
      if isUpper { upper += 1 } else { lower += 1 }
    }
    if upper >= 2 && upper >= 2 * lower { return .upper }
    return firstIsUpper ? .title : .lower
  }

  /// Applies the pattern to lowercase scalars.
  package func apply(to scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    switch self {
    case .lower: return scalars
    case .upper: return scalars.map(VietnameseLetters.uppercase)
    case .title:
      var result = scalars
      if let first = result.first { result[0] = VietnameseLetters.uppercase(first) }
      return result
    }
  }
}
