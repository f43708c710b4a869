/// One change to one line, by scalar index in the line as the stage received it.
package struct LineEdit: Hashable, Sendable {
  /// First scalar replaced.
  package var start: Int
  /// Just past the last scalar replaced; `start == end` inserts.
  package var end: Int
  package var replacement: [Unicode.Scalar]
  package var kind: NormalizationEdit.Kind
  /// 0...1: how sure the stage is.
  package var confidence: Double
  /// What drove the change, such as a table entry (`tcvn3 Õ->ế`) or a model note.
  package var note: String?

  package init(
    start: Int, end: Int, replacement: [Unicode.Scalar], kind: NormalizationEdit.Kind,
    confidence: Double = 1, note: String? = nil
  ) {
    self.start = start
    self.end = end
    self.replacement = replacement
    self.kind = kind
    self.confidence = confidence
    self.note = note
  }
}

/// A change reported to the user, located in the original input.
public struct NormalizationEdit: Hashable, Sendable, Codable {
  /// The kind of repair.
  public enum Kind: String, Sendable, Codable, CaseIterable {
    /// Bytes decoded from a legacy code page (Windows-1258/1252) instead of UTF-8.
    case encoding
    /// UTF-8 text that had been decoded as Windows-1252 or Latin-1 (`Káº¿` -> `Kế`).
    case mojibake
    /// Text in the TCVN3 (ABC) or VNI encoding shown as Unicode (`KÕ ho¹ch` -> `Kế hoạch`).
    case legacyEncoding
    /// Decomposed letters and combining tone marks composed to NFC.
    case composition
    /// NBSP, zero-width and soft-hyphen characters removed or made plain spaces.
    case invisible
    /// A look-alike letter inside a Vietnamese word (`Ð` U+00D0 -> `Đ` U+0110).
    case lookalike
    /// A syllable repaired from OCR damage.
    case ocr
    /// Glyphs an OCR read from specks after the end of a line's text, removed.
    case ocrNoise
    /// A legal code or abbreviation repaired (`QD-UBND` -> `QĐ-UBND`).
    case code
    /// A spell-checker's wrong replacement repaired (`nghiên cứu ma túy` -> `nghiện ma túy`).
    case autocorrect
    /// A tone mark moved to the requested style (`hòa` -> `hoà`).
    case toneStyle
  }

  /// 1-based line in the input file.
  public var line: Int
  /// 1-based column, in Unicode scalars, of the first scalar changed in the input line.
  public var column: Int
  /// Column just past the last scalar changed in the input line.
  public var endColumn: Int
  public var before: String
  public var after: String
  public var kind: Kind
  /// 0...1.
  public var confidence: Double
  public var note: String?

  public init(
    line: Int, column: Int, endColumn: Int, before: String, after: String, kind: Kind,
    confidence: Double, note: String? = nil
  ) {
    self.line = line
    self.column = column
    self.endColumn = endColumn
    self.before = before
    self.after = after
    self.kind = kind
    self.confidence = confidence
    self.note = note
  }
}

/// A line being repaired by successive stages, remembering where each of its scalars came
/// from in the original line so that every edit can be reported in original columns.
package struct LineInProgress: Sendable {
  package private(set) var scalars: [Unicode.Scalar]
  /// For each current scalar, the index of the original scalar it derives from; nil while
  /// the line is unchanged (the identity), so untouched lines cost nothing extra.
  private var origin: [Int32]?
  private let originalCount: Int
  /// Whether applied edits are kept for the report (counting them is always done).
  private let recordsEdits: Bool
  package private(set) var edits:
    [(edit: LineEdit, originalStart: Int, originalEnd: Int, before: String)] = []
  /// Edits applied so far, by kind.
  package private(set) var editCount = 0
  package private(set) var repairedSyllableCount = 0

  package init(_ scalars: [Unicode.Scalar], recordsEdits: Bool = true) {
    self.scalars = scalars
    originalCount = scalars.count
    self.recordsEdits = recordsEdits
  }

  package var text: String { String(String.UnicodeScalarView(scalars)) }
  package var isChanged: Bool { editCount > 0 }

  @inline(__always)
  private func originalIndex(_ index: Int) -> Int {
    guard let origin else { return index }
    return Int(origin[index])
  }

  /// Applies non-overlapping edits given in current indices.
  package mutating func apply(_ lineEdits: [LineEdit]) {
    guard !lineEdits.isEmpty else { return }
    let sorted = lineEdits.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    var newScalars: [Unicode.Scalar] = []
    var newOrigin: [Int32] = []
    newScalars.reserveCapacity(scalars.count)
    newOrigin.reserveCapacity(scalars.count)
    var cursor = 0
    func copy(_ range: Range<Int>) {
      newScalars.append(contentsOf: scalars[range])
      if let origin {
        newOrigin.append(contentsOf: origin[range])
      } else {
        newOrigin.append(contentsOf: range.lazy.map { Int32(truncatingIfNeeded: $0) })
      }
    }
    for edit in sorted {
      guard edit.start >= cursor, edit.end <= scalars.count, edit.start <= edit.end else {
        continue  // overlapping or out of range: a stage bug; never trap on it
      }
      copy(cursor..<edit.start)
      let originalStart = edit.start < scalars.count ? originalIndex(edit.start) : originalCount
      let originalEnd = edit.end > edit.start ? originalIndex(edit.end - 1) + 1 : originalStart
      editCount += 1
      if Self.repairsSyllable(edit.kind) { repairedSyllableCount += 1 }
      if recordsEdits {
        let before = String(String.UnicodeScalarView(scalars[edit.start..<edit.end]))
        edits.append((edit, originalStart, originalEnd, before))
      }
      newScalars.append(contentsOf: edit.replacement)
      newOrigin.append(
        contentsOf: repeatElement(
          Int32(truncatingIfNeeded: originalStart), count: edit.replacement.count))
      cursor = edit.end
    }
    copy(cursor..<scalars.count)
    scalars = newScalars
    origin = newOrigin
  }

  /// The kinds of edit that count as a repaired syllable in the summary.
  package static func repairsSyllable(_ kind: NormalizationEdit.Kind) -> Bool {
    switch kind {
    case .ocr, .autocorrect, .legacyEncoding, .mojibake: return true
    default: return false
    }
  }

  /// The edits as reported to the user, on 1-based `lineNumber`.
  package func reported(lineNumber: Int) -> [NormalizationEdit] {
    edits.map { item in
      NormalizationEdit(
        line: lineNumber, column: item.originalStart + 1, endColumn: item.originalEnd + 1,
        before: item.before, after: String(String.UnicodeScalarView(item.edit.replacement)),
        kind: item.edit.kind, confidence: item.edit.confidence, note: item.edit.note)
    }
  }
}
