import PlanNormalize

/// Maps 1-based scalar columns of normalized lines back to the original lines, from the
/// normalizer's edits (each replaces original columns `column..<endColumn` of one line).
public struct ColumnMap: Sendable {
  /// Per line: (normalized column where an edit starts, its length there, original start,
  /// original length), in order.
  private var edits: [Int: [(start: Int, length: Int, originalStart: Int, originalLength: Int)]]

  /// The map of a normalization; lines without edits map columns to themselves.
  public init(edits normalizationEdits: [NormalizationEdit]) {
    var byLine: [Int: [NormalizationEdit]] = [:]
    for edit in normalizationEdits { byLine[edit.line, default: []].append(edit) }
    var edits: [Int: [(Int, Int, Int, Int)]] = [:]
    for (line, lineEdits) in byLine {
      var shift = 0
      var result: [(Int, Int, Int, Int)] = []
      for edit in lineEdits.sorted(by: { $0.column < $1.column }) {
        let originalLength = max(0, edit.endColumn - edit.column)
        let newLength = edit.after.unicodeScalars.count
        result.append((edit.column + shift, newLength, edit.column, originalLength))
        shift += newLength - originalLength
      }
      edits[line] = result
    }
    self.edits = edits
  }

  /// The original column of a normalized column on a 1-based line.
  public func originalColumn(line: Int, column: Int) -> Int {
    guard let lineEdits = edits[line] else { return column }
    var shift = 0
    for edit in lineEdits {
      if column < edit.start { break }
      if column < edit.start + edit.length {
        // Inside a replacement: its start, or its end for the column just past it.
        return edit.originalStart + min(column - edit.start, edit.originalLength)
      }
      shift += edit.length - edit.originalLength
    }
    return column - shift
  }
}
