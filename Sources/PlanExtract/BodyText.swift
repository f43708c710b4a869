import Foundation
import PlanText

/// The body of a plan as one run of Unicode scalars, so that phrases wrapped over lines
/// (`hàng năm (trước` / `05/12)`) are matched like phrases on one line.
///
/// Each line is followed by one space standing for its line break; the 1-based line and
/// column of every scalar follow from where each line starts. Matching is case-insensitive
/// on a lowercased copy.
struct BodyText {
  /// The scalars as written (line breaks as spaces).
  let scalars: [Unicode.Scalar]
  /// `scalars` lowercased one scalar at a time.
  let lower: [Unicode.Scalar]
  /// The offset in `scalars` where each line starts (line 1 at 0).
  private let lineStarts: [Int]

  /// Lines given by their scalars (line 1 is `lines[0]`).
  init(lineScalars lines: [[Unicode.Scalar]]) {
    var scalars: [Unicode.Scalar] = []
    var lineStarts: [Int] = []
    // The scalars and one space per line.
    scalars.reserveCapacity(lines.reduce(0) { $0 + $1.count + 1 })
    lineStarts.reserveCapacity(lines.count)
    for line in lines {
      lineStarts.append(scalars.count)
      scalars.append(contentsOf: line)
      scalars.append(" ")
    }
    self.scalars = scalars
    self.lower = scalars.map(ScalarTable.lowercase)
    self.lineStarts = lineStarts
  }

  /// The 1-based line and column of the scalar at `index` (a valid index).
  func position(of index: Int) -> (line: Int, column: Int) {
    // The last line starting at or before `index`, by binary search.
    var low = 0
    var high = lineStarts.count
    while high - low > 1 {
      let middle = low + (high - low) / 2
      if lineStarts[middle] <= index { low = middle } else { high = middle }
    }
    let start = low < lineStarts.count ? lineStarts[low] : 0
    return (low + 1, index - start + 1)
  }

  var count: Int { scalars.count }

  func isLetter(_ index: Int) -> Bool {
    index >= 0 && index < count && ScalarTable.isAlphabetic(scalars[index])
  }

  func isDigit(_ index: Int) -> Bool {
    index >= 0 && index < count && ScalarTable.isASCIIDigit(scalars[index])
  }

  func isSpace(_ index: Int) -> Bool {
    index >= 0 && index < count && VietnameseDate.isSpace(scalars[index])
  }

  /// A letter not preceded by a letter or digit.
  func isWordStart(_ index: Int) -> Bool {
    isLetter(index) && !isLetter(index - 1) && !isDigit(index - 1)
  }

  func isUppercase(_ index: Int) -> Bool {
    index >= 0 && index < count && scalars[index] != lower[index]
  }

  func skipSpaces(_ index: Int) -> Int {
    var index = index
    while index < count, isSpace(index) { index += 1 }
    return index
  }

  /// The scalar at `index` is `scalar` (a punctuation mark).
  func has(_ scalar: Unicode.Scalar, at index: Int) -> Bool {
    index >= 0 && index < count && scalars[index] == scalar
  }

  /// One of the lowercase `words` at `index`, ending at a word boundary; the index past it.
  func word(_ words: [[Unicode.Scalar]], at index: Int) -> Int? {
    guard index >= 0, index < count, !isLetter(index - 1), !isDigit(index - 1) else {
      return nil
    }
    for target in words where index + target.count <= count {
      var same = true
      for (offset, expected) in target.enumerated() where lower[index + offset] != expected {
        same = false
        break
      }
      let end = index + target.count
      if same, !isLetter(end), !isDigit(end) { return end }
    }
    return nil
  }

  /// Words in sequence, each one of its alternatives, separated by spaces; the index past
  /// the last.
  func phrase(_ parts: [[[Unicode.Scalar]]], at index: Int) -> Int? {
    var position = index
    for (number, alternatives) in parts.enumerated() {
      if number > 0 {
        let next = skipSpaces(position)
        guard next > position else { return nil }
        position = next
      }
      guard let end = word(alternatives, at: position) else { return nil }
      position = end
    }
    return position
  }

  /// The index of the last non-space scalar before `index`, if any.
  func previousNonSpace(_ index: Int) -> Int? {
    var position = index - 1
    while position >= 0, isSpace(position) { position -= 1 }
    return position >= 0 ? position : nil
  }

  /// Up to `limit` lowercase words before `index`, nearest last, within the clause: the walk
  /// stops at any scalar that is neither a letter nor a space. With `specks`, runs of those
  /// marks standing alone between spaces after a word of their own line (an OCR's reading of
  /// specks: `khám sức khỏe : . định kỳ`) are walked over; a run that opens a line is a
  /// bullet or a list mark, and ends the clause.
  ///
  /// - Complexity: O(n) in the scalars walked over.
  func previousWords(
    _ index: Int, limit: Int, skipping specks: Set<Unicode.Scalar> = []
  ) -> [String] {
    var words: [String] = []
    var position = index - 1
    while words.count < limit {
      while position >= 0 {
        if isSpace(position) {
          position -= 1
        } else if let start = speckRunStart(endingAt: position, among: specks) {
          position = start - 1
        } else {
          break
        }
      }
      guard position >= 0, isLetter(position) else { break }
      let end = position + 1
      while position >= 0, isLetter(position) { position -= 1 }
      words.append(text(position + 1, end, lowercase: true))
    }
    return words.reversed()
  }

  /// Where the run of `marks` ending at `index` starts, when the run stands alone between
  /// spaces and something that is not a space comes before it on its own line; else nil.
  private func speckRunStart(endingAt index: Int, among marks: Set<Unicode.Scalar>) -> Int? {
    guard !marks.isEmpty, index >= 0, index < count, marks.contains(scalars[index]),
      index + 1 == count || isSpace(index + 1)
    else { return nil }
    var start = index
    while start > 0, marks.contains(scalars[start - 1]) { start -= 1 }
    guard start > 0, isSpace(start - 1), let before = previousNonSpace(start),
      position(of: before).line == position(of: start).line
    else { return nil }
    return start
  }

  /// The text of `start..<end`, every run of spaces (and line breaks) made one space.
  func text(_ start: Int, _ end: Int, lowercase: Bool = false) -> String {
    var run: [Unicode.Scalar] = []
    var lastWasSpace = false
    for index in max(0, start)..<min(max(start, end), count) {
      if isSpace(index) {
        if !lastWasSpace { run.append(" ") }
        lastWasSpace = true
      } else {
        run.append(lowercase ? lower[index] : scalars[index])
        lastWasSpace = false
      }
    }
    return String(scalars: run[...])
  }
}

/// Lowercase NFC scalars of a word, for ``BodyText/word(_:at:)``.
func scalarsOf(_ word: String) -> [Unicode.Scalar] {
  Array(word.precomposedStringWithCanonicalMapping.lowercasedByTable().unicodeScalars)
}
