import PlanText

/// One numbered citation found in a line: `name` is the words before ` số` (starting at a
/// capital), `number` the document number.
struct CitationMatch {
  var range: Range<String.Index>
  var name: Substring
  var number: Substring
}

/// Finds numbered citations as the pattern
/// `(\p{Lu}[\p{L} ]{0,60}?) s(?:ố)?\s*([0-9][0-9A-Za-zĐđ/\-]*[0-9A-Za-zĐđ](?: [A-ZĐ][A-ZĐ]*(?:-[A-ZĐ]+)*)*)`
/// finds them with `matches(of:)`, by a scan over scalars: the regex engine costs a sixth
/// of the whole parse on citation-heavy plans.
///
/// The scan treats each scalar as a character. A text where that may not hold (combining
/// marks, joiners, carriage returns, scripts beyond Latin and general punctuation) goes to
/// the regex itself, so both paths give the same matches.
enum CitationScanner {
  /// The name group's longest run after its capital.
  static let nameReach = 60

  /// The citations in `text` at or after `start`, left to right, not overlapping.
  static func matches(in text: String, from start: String.Index) -> [CitationMatch] {
    let indices = Array(text.unicodeScalars.indices) + [text.endIndex]
    let scalars = text.scalarArray
    guard scalars.allSatisfy(isSingleCharacter) else {
      return text[start...].matches(of: CitationPattern.regex).map {
        CitationMatch(range: $0.range, name: $0.output.1, number: $0.output.2)
      }
    }
    let scanner = Scan(scalars: scalars)
    var position = text.unicodeScalars.distance(from: text.startIndex, to: start)
    var result: [CitationMatch] = []
    while position < scalars.count {
      guard let found = scanner.match(at: position) else {
        position += 1
        continue
      }
      result.append(
        CitationMatch(
          range: indices[found.start]..<indices[found.end],
          name: text[indices[found.start]..<indices[found.nameEnd]],
          number: text[indices[found.numberStart]..<indices[found.end]]))
      position = max(found.end, position + 1)
    }
    return result
  }

  /// Whether a scalar is always a character of its own here (so scalar and character
  /// positions agree): Latin up to U+02FF, Latin Extended Additional, general punctuation
  /// except the joiners; carriage return is left out, as it joins a following line feed.
  static func isSingleCharacter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x300 { return value != 0x0D }
    if value >= 0x1E00 && value <= 0x1EFF { return true }
    return value >= 0x2010 && value <= 0x205F && value != 0x200C && value != 0x200D
  }

  /// A match as scalar offsets.
  struct Found: Equatable {
    var start: Int
    var nameEnd: Int
    var numberStart: Int
    var end: Int
  }

  struct Scan {
    let scalars: [Unicode.Scalar]

    private func at(_ index: Int) -> Unicode.Scalar? {
      index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    /// The match starting at `start`, trying the name group shortest first (it is lazy).
    func match(at start: Int) -> Found? {
      guard let first = at(start), ScalarTable.isUppercaseLetter(first) else { return nil }
      for length in 0...CitationScanner.nameReach {
        let nameEnd = start + 1 + length
        if length > 0 {
          guard let last = at(nameEnd - 1), last == " " || ScalarTable.isLetter(last) else {
            return nil
          }
        }
        guard nameEnd < scalars.count else { return nil }
        if let (numberStart, end) = sign(at: nameEnd) {
          return Found(start: start, nameEnd: nameEnd, numberStart: numberStart, end: end)
        }
      }
      return nil
    }

    /// ` s`, optional `ố`, white space, then the number.
    private func sign(at index: Int) -> (Int, Int)? {
      guard at(index) == " ", at(index + 1) == "s" else { return nil }
      var position = index + 2
      if at(position) == "ố" { position += 1 }
      while let scalar = at(position), ScalarTable.isWhitespace(scalar) { position += 1 }
      guard let end = number(at: position) else { return nil }
      return (position, end)
    }

    /// A digit, a run of letters, digits, `/` and `-` ending in a letter or digit, then any
    /// number of ` UPPER[-UPPER]...` groups; the end of it all.
    private func number(at start: Int) -> Int? {
      guard let first = at(start), ScalarTable.isASCIIDigit(first) else { return nil }
      var runEnd = start + 1
      while let scalar = at(runEnd), isNumberCharacter(scalar) || scalar == "/" || scalar == "-" {
        runEnd += 1
      }
      var end = runEnd
      while end > start + 1, let last = at(end - 1), !isNumberCharacter(last) { end -= 1 }
      guard end > start + 1 else { return nil }
      while at(end) == " ", let capital = at(end + 1), isCapital(capital) {
        var position = end + 2
        while let scalar = at(position), isCapital(scalar) { position += 1 }
        while at(position) == "-", let next = at(position + 1), isCapital(next) {
          position += 2
          while let scalar = at(position), isCapital(scalar) { position += 1 }
        }
        end = position
      }
      return end
    }

    /// `[0-9A-Za-zĐđ]`.
    private func isNumberCharacter(_ scalar: Unicode.Scalar) -> Bool {
      ScalarTable.isASCIIDigit(scalar) || (scalar.value >= 0x41 && scalar.value <= 0x5A)
        || (scalar.value >= 0x61 && scalar.value <= 0x7A) || scalar == "Đ" || scalar == "đ"
    }

    /// `[A-ZĐ]`.
    private func isCapital(_ scalar: Unicode.Scalar) -> Bool {
      (scalar.value >= 0x41 && scalar.value <= 0x5A) || scalar == "Đ"
    }
  }
}

/// The citation pattern itself, for texts the scan leaves to it and for tests that hold the
/// scan to it.
enum CitationPattern {
  nonisolated(unsafe) static let regex =
    #/(\p{Lu}[\p{L} ]{0,60}?) s(?:ố)?\s*([0-9][0-9A-Za-zĐđ/\-]*[0-9A-Za-zĐđ](?: [A-ZĐ][A-ZĐ]*(?:-[A-ZĐ]+)*)*)/#
}
