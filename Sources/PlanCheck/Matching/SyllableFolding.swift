import PlanNormalize

/// Case- and accent-insensitive syllables of a text: `Cai nghiện MA TÚY` -> `cai nghien ma tuy`.
enum SyllableFolding {
  /// The folded syllables (letters and digits), in order.
  static func syllables(_ text: String) -> [String] {
    var result: [String] = []
    var current = ""
    for scalar in text.unicodeScalars {
      if let info = VietnameseLetters.info(scalar) {
        current.unicodeScalars.append(Unicode.Scalar(info.base).lowercased())
      } else if scalar.properties.generalCategory == .nonspacingMark {
        continue  // a combining mark (NFD text)
      } else if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        current.unicodeScalars.append(Unicode.Scalar(UInt8(scalar.value)).lowercased())
      } else if scalar.properties.isAlphabetic {
        current += String(scalar).lowercased()
      } else if !current.isEmpty {
        result.append(current)
        current = ""
      }
    }
    if !current.isEmpty { result.append(current) }
    return result
  }

  /// The whole text folded, syllables joined by single spaces.
  static func folded(_ text: String) -> String {
    syllables(text).joined(separator: " ")
  }
}

extension Unicode.Scalar {
  fileprivate func lowercased() -> Unicode.Scalar {
    (0x41...0x5A).contains(value) ? Unicode.Scalar(UInt8(value + 0x20)) : self
  }
}
