import PlanText

/// Finds `WORD ngày D/M/YYYY` as the pattern
/// `(\S{0,40})\s+ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})` finds it with `matches(of:)`: `before`
/// is the word before `ngày` (at most its last 40 characters), then day, month and year as
/// written. A scan over scalars instead of the regex engine, which ran on every assignment.
///
/// The scan reads ASCII digits for the pattern's `\d`: texts holding any other number
/// character, or a scalar that may not be a character of its own, go to the pattern itself.
enum DatedPhraseScanner {
  struct Match {
    var before: Substring
    var day: Substring
    var month: Substring
    var year: Substring
  }

  static func matches(in text: String) -> [Match] {
    let scalars = text.scalarArray
    // The pattern's `\d` also takes number signs such as `²` and `½`: texts holding one go to
    // the pattern too.
    guard
      scalars.allSatisfy({
        CitationScanner.isSingleCharacter($0) && ($0.isASCII || $0.properties.numericType == nil)
      })
    else {
      return text.matches(of: DatedPhrasePattern.regex).map {
        Match(before: $0.output.1, day: $0.output.2, month: $0.output.3, year: $0.output.4)
      }
    }
    let indices = Array(text.unicodeScalars.indices) + [text.endIndex]
    func slice(_ range: Range<Int>) -> Substring {
      text[indices[range.lowerBound]..<indices[range.upperBound]]
    }
    var result: [Match] = []
    var searchFrom = 0
    var position = 0
    while let keyword = keywordStart(in: scalars, from: position) {
      position = keyword + 1
      // White space before `ngày`, and the word before that (from where the last match ended).
      var spaceStart = keyword
      while spaceStart > searchFrom, isSpace(scalars[spaceStart - 1]) { spaceStart -= 1 }
      guard spaceStart < keyword else { continue }
      var wordStart = spaceStart
      while wordStart > searchFrom, wordStart > spaceStart - 40, !isSpace(scalars[wordStart - 1]) {
        wordStart -= 1
      }
      // After `ngày`: white space, then D/M/YYYY.
      var index = keyword + 4
      let afterKeyword = index
      while index < scalars.count, isSpace(scalars[index]) { index += 1 }
      guard index > afterKeyword,
        let day = digits(in: scalars, at: index, 1...2), day.end < scalars.count,
        scalars[day.end] == "/",
        let month = digits(in: scalars, at: day.end + 1, 1...2), month.end < scalars.count,
        scalars[month.end] == "/",
        let year = digits(in: scalars, at: month.end + 1, 4...4)
      else { continue }
      result.append(
        Match(
          before: slice(wordStart..<spaceStart), day: slice(index..<day.end),
          month: slice(day.end + 1..<month.end), year: slice(month.end + 1..<year.end)))
      searchFrom = year.end
      position = year.end
    }
    return result
  }

  private static let keyword: [Unicode.Scalar] = Array("ngày".unicodeScalars)

  private static func keywordStart(in scalars: [Unicode.Scalar], from start: Int) -> Int? {
    var index = max(0, start)
    while index + keyword.count <= scalars.count {
      if scalars[index] == keyword[0], scalars[index + 1] == keyword[1],
        scalars[index + 2] == keyword[2], scalars[index + 3] == keyword[3]
      {
        return index
      }
      index += 1
    }
    return nil
  }

  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    ScalarTable.isWhitespace(scalar)
  }

  /// A run of ASCII digits at `start` whose length is within `lengths` and that the pattern
  /// would take: `\d{1,2}` takes at most two digits and needs the next scalar to be `/`,
  /// which the caller checks; `\d{4}` takes the first four.
  private static func digits(
    in scalars: [Unicode.Scalar], at start: Int, _ lengths: ClosedRange<Int>
  ) -> (end: Int, count: Int)? {
    var end = start
    while end < scalars.count, end - start < lengths.upperBound,
      scalars[end].value >= 0x30, scalars[end].value <= 0x39
    {
      end += 1
    }
    return lengths.contains(end - start) ? (end, end - start) : nil
  }
}

/// The pattern itself, for the texts the scan leaves to it and for the tests.
enum DatedPhrasePattern {
  nonisolated(unsafe) static let regex = /(\S{0,40})\s+ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/
}
