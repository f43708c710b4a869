import PlanText

/// Detects, for a whole document, text typed in TCVN3 or VNI or UTF-8 misread as
/// Windows-1252, and repairs its lines into Vietnamese Unicode.
///
/// Detection scores each reading by words, a word being a maximal run of scalars that are
/// Vietnamese letters or occur in the reading's table. A word the reading changes counts as
/// *gained* when it is not a valid Vietnamese syllable as it stands but is one after the
/// conversion (`ho¹ch` -> `hoạch`), and as *lost* in the opposite case (`các` -> `cỏc`);
/// a word without any letter (`§`, `·` alone) is not counted. A reading is accepted when
///
/// - TCVN3 or VNI: at least `minimumGained` words are gained, gained words are at least
///   half of the changed words, and lost words are at most a quarter of the gained ones;
/// - UTF-8 mojibake: at least one misdecoded sequence gives a plausible character and the
///   sequences cover at least as many scalars as the other non-ASCII scalars of the text.
///
/// When several readings pass, the one with the most gained words (for mojibake: repaired
/// sequences) wins. Clean Vietnamese gains nothing under TCVN3 or VNI, and English-model OCR
/// damage (`nghién`, `hi€én`, `ngw¢i`) stays invalid after conversion, so neither fires.
///
/// ```
/// KÕ ho¹ch triÓn khai  ->  Kế hoạch triển khai   (tcvn3)
/// Keá hoaïch trieån khai  ->  Kế hoạch triển khai   (vni)
/// Káº¿ hoáº¡ch  ->  Kế hoạch   (mojibake-utf8)
/// ```
package struct LegacyEncodingRepair: Sendable {
  /// What one reading of a text changes.
  package struct Evidence: Hashable, Sendable {
    /// Words (for mojibake: sequences) the reading changes.
    package var changed = 0
    /// Changed words invalid before and valid after (for mojibake: plausible sequences).
    package var gained = 0
    /// Changed words valid before and invalid after.
    package var lost = 0
    /// Mojibake only: scalars inside repaired sequences.
    package var covered = 0
    /// Mojibake only: non-ASCII scalars outside every sequence.
    package var unexplained = 0
  }

  /// The fewest gained words for TCVN3 or VNI to be accepted.
  package static let minimumGained = 2

  /// The tables read.
  package let tables: EncodingTables
  private let check: SyllableCheck

  /// A repairer over the given tables and phonotactics.
  package init(tables: EncodingTables, rules: SyllableRules) {
    self.tables = tables
    check = SyllableCheck(rules: rules)
  }

  // MARK: - Default tables

  /// The repairer over the default tables (`EncodingTables.standard`), or the error that
  /// kept them from loading.
  package static let standard: Result<LegacyEncodingRepair, any Error> =
    EncodingTables.standard.map { LegacyEncodingRepair(tables: $0.tables, rules: $0.rules) }

  /// `detect(lines:)` with the default tables; nil when they cannot be loaded.
  package static func detect(lines: [[Unicode.Scalar]]) -> LegacyEncoding? {
    guard case .success(let repair) = standard else { return nil }
    return repair.detect(lines: lines)
  }

  /// `repair(line:as:)` with the default tables; no edits when they cannot be loaded.
  package static func repair(line: [Unicode.Scalar], as encoding: LegacyEncoding) -> [LineEdit] {
    guard case .success(let repair) = standard else { return [] }
    return repair.repair(line: line, as: encoding)
  }

  /// `apply(to:)` with the default tables; nothing when they cannot be loaded.
  @discardableResult
  package static func apply(to lines: inout [LineInProgress]) -> LegacyEncoding? {
    guard case .success(let repair) = standard else { return nil }
    return repair.apply(to: &lines)
  }

  // MARK: - Detection

  /// The legacy encoding the whole document is in, or nil for Unicode text.
  ///
  /// - Parameter lines: The document's lines as scalars, without terminators.
  /// - Complexity: O(n) in the size of the document.
  package func detect(lines: [[Unicode.Scalar]]) -> LegacyEncoding? {
    // Every TCVN3, VNI or mojibake rendering has scalars of U+0080..U+024F that are not
    // Vietnamese letters (`¹`, `¸`, `º`, `Ä`); a document without one needs no scoring.
    // Only lines holding such a scalar are scored: in a legacy document nearly every line
    // does, and in a Unicode document (an OCR'd scan with `¢`) few do.
    let suspects = lines.filter { $0.contains(where: Self.isLegacyOnly) }
    guard !suspects.isEmpty else { return nil }
    var best: (encoding: LegacyEncoding, gained: Int)?
    for encoding in LegacyEncoding.allCases {
      let found = evidence(lines: suspects, as: encoding)
      guard Self.accepts(found, as: encoding) else { continue }
      if best.map({ found.gained > $0.gained }) ?? true { best = (encoding, found.gained) }
    }
    return best?.encoding
  }

  /// Whether a line has a scalar only a legacy rendering produces: the cheap test that lets
  /// clean documents skip detection.
  package static func mayBeLegacy(_ scalars: some Sequence<Unicode.Scalar>) -> Bool {
    scalars.contains(where: isLegacyOnly)
  }

  /// ``mayBeLegacy(_:)`` over the UTF-8 bytes of a text: the scalars it looks for
  /// (U+0080..<U+0250) are the two-byte sequences with a lead byte C2 to C9, so the others
  /// need no decoding. Run on every line of every document.
  package static func mayBeLegacy(utf8 text: String) -> Bool {
    text.withUTF8Bytes { bytes -> Bool in
      var index = 0
      while index + 1 < bytes.count {
        let lead = bytes[index]
        if lead >= 0xC2 && lead <= 0xC9, let (value, length) = UTF8Scalar.decode(bytes, at: index) {
          if let scalar = Unicode.Scalar(value), isLegacyOnly(scalar) { return true }
          index += length
        } else {
          index += 1
        }
      }
      return false
    }
  }

  @inline(__always)
  private static func isLegacyOnly(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x80 && scalar.value < 0x250 && VietnameseLetters.info(scalar) == nil
  }

  /// Whether `evidence` is enough to read a document as `encoding` (see the type's rules).
  package static func accepts(_ evidence: Evidence, as encoding: LegacyEncoding) -> Bool {
    switch encoding {
    case .mojibakeUTF8:
      return evidence.gained >= 1 && evidence.covered >= evidence.unexplained
    case .tcvn3, .vni:
      return evidence.gained >= minimumGained && evidence.gained * 2 >= evidence.changed
        && evidence.lost * 4 <= evidence.gained
    }
  }

  /// What reading the document as `encoding` would change.
  ///
  /// - Complexity: O(n) in the size of the document.
  package func evidence(lines: [[Unicode.Scalar]], as encoding: LegacyEncoding) -> Evidence {
    var result = Evidence()
    for line in lines {
      switch encoding {
      case .mojibakeUTF8: addMojibakeEvidence(line, to: &result)
      case .tcvn3: addTableEvidence(line, table: tables.tcvn3, to: &result)
      case .vni: addTableEvidence(line, table: tables.vni, to: &result)
      }
    }
    return result
  }

  private func addMojibakeEvidence(_ line: [Unicode.Scalar], to evidence: inout Evidence) {
    let matches = MojibakeScanner.matches(in: line, codePage: tables.windows1252)
    var covered = 0
    for match in matches {
      evidence.changed += 1
      if MojibakeScanner.isPlausible(match.scalar) { evidence.gained += 1 }
      covered += match.end - match.start
    }
    var nonASCII = 0
    for scalar in line where scalar.value >= 0x80 { nonASCII += 1 }
    evidence.covered += covered
    evidence.unexplained += max(0, nonASCII - covered)
  }

  private func addTableEvidence(
    _ line: [Unicode.Scalar], table: LegacyTable, to evidence: inout Evidence
  ) {
    for word in words(in: line, table: table) {
      guard hasLetter(line[word]) else { continue }
      let conversions = self.conversions(in: line, word: word, table: table)
      guard !conversions.isEmpty else { continue }
      evidence.changed += 1
      let before = check.isSyllable(line[word])
      let after = check.isSyllable(converted(line, word: word, conversions)[...])
      if !before && after { evidence.gained += 1 }
      if before && !after { evidence.lost += 1 }
    }
  }

  // MARK: - Repair

  /// The edits that turn one line of a document in `encoding` into Vietnamese Unicode.
  ///
  /// Edits are by scalar index in `line`, disjoint and in order; each replaces the scalars
  /// of one table entry (or one UTF-8 sequence) by one letter and never adds or removes a
  /// line break. A word that is a valid syllable as it stands but would not be after the
  /// conversion is left alone: it is taken for Unicode text inside the legacy document.
  ///
  /// TCVN3 has no capital toned vowels (ABC documents set capitals in the `.VnTimeH` font
  /// with the lowercase codes), so a converted letter is made a capital when its word has
  /// two or more ASCII capitals and no ASCII lowercase letter, or its whole line does.
  ///
  /// - Complexity: O(n) in the length of the line.
  package func repair(line: [Unicode.Scalar], as encoding: LegacyEncoding) -> [LineEdit] {
    switch encoding {
    case .mojibakeUTF8: return mojibakeEdits(line)
    case .tcvn3: return tableEdits(line, table: tables.tcvn3, restoresCapitals: true)
    case .vni: return tableEdits(line, table: tables.vni, restoresCapitals: false)
    }
  }

  /// Detects the document's encoding from its lines and repairs every line in it: the
  /// whole legacy stage, to run before `UnicodeCleanup`.
  ///
  /// - Returns: The encoding found, nil (and no change) for Unicode text.
  /// - Complexity: O(n) in the size of the document.
  @discardableResult
  package func apply(to lines: inout [LineInProgress]) -> LegacyEncoding? {
    guard let encoding = detect(lines: lines.map(\.scalars)) else { return nil }
    for index in lines.indices {
      lines[index].apply(repair(line: lines[index].scalars, as: encoding))
    }
    return encoding
  }

  /// The text with every repair of `encoding` applied: a convenience for scoring.
  package func converted(_ scalars: [Unicode.Scalar], as encoding: LegacyEncoding)
    -> [Unicode.Scalar]
  {
    var line = LineInProgress(scalars)
    line.apply(repair(line: scalars, as: encoding))
    return line.scalars
  }

  private func mojibakeEdits(_ line: [Unicode.Scalar]) -> [LineEdit] {
    MojibakeScanner.matches(in: line, codePage: tables.windows1252).map { match in
      let shown = LegacyTable.visible(Array(line[match.start..<match.end]))
      return LineEdit(
        start: match.start, end: match.end, replacement: [match.scalar], kind: .mojibake,
        confidence: MojibakeScanner.isPlausible(match.scalar) ? 0.99 : 0.8,
        note: "utf-8 as windows-1252 \(shown)->\(LegacyTable.visible([match.scalar]))")
    }
  }

  private func tableEdits(
    _ line: [Unicode.Scalar], table: LegacyTable, restoresCapitals: Bool
  ) -> [LineEdit] {
    var edits: [LineEdit] = []
    let lineIsCapitals = restoresCapitals && Self.isCapitals(line[...])
    for word in words(in: line, table: table) {
      let conversions = self.conversions(in: line, word: word, table: table)
      guard !conversions.isEmpty else { continue }
      let before = check.isSyllable(line[word])
      let after = check.isSyllable(converted(line, word: word, conversions)[...])
      if before && !after { continue }
      let capitals = restoresCapitals && (lineIsCapitals || Self.isCapitals(line[word]))
      for conversion in conversions {
        var letter = conversion.entry.letter
        var note = conversion.entry.note
        if capitals, VietnameseLetters.info(letter)?.isUppercase == false {
          letter = VietnameseLetters.uppercase(letter)
          note += ", capital from context"
        }
        edits.append(
          LineEdit(
            start: conversion.start, end: conversion.start + conversion.entry.shown.count,
            replacement: [letter], kind: .legacyEncoding, confidence: after ? 0.95 : 0.7,
            note: note))
      }
    }
    return edits
  }

  // MARK: - Words

  /// One table entry found in a word.
  private struct Conversion {
    var start: Int
    var entry: LegacyTable.Entry
  }

  /// The words of a line for a table: maximal runs of Vietnamese letters and scalars the
  /// table involves.
  private func words(in line: [Unicode.Scalar], table: LegacyTable) -> [Range<Int>] {
    var result: [Range<Int>] = []
    let count = line.count
    var index = 0
    while index < count {
      guard isWordScalar(line[index], table: table) else {
        index += 1
        continue
      }
      let start = index
      while index < count, isWordScalar(line[index], table: table) { index += 1 }
      result.append(start..<index)
    }
    return result
  }

  @inline(__always)
  private func isWordScalar(_ scalar: Unicode.Scalar, table: LegacyTable) -> Bool {
    VietnameseLetters.info(scalar) != nil || table.involves(scalar)
  }

  /// The entries of `table` in one word, left to right, longest first; entries that would
  /// not change the text (VNI `í` is `í`) are skipped.
  private func conversions(
    in line: [Unicode.Scalar], word: Range<Int>, table: LegacyTable
  ) -> [Conversion] {
    var result: [Conversion] = []
    var index = word.lowerBound
    while index < word.upperBound {
      guard let entry = table.match(in: line, at: index, end: word.upperBound) else {
        index += 1
        continue
      }
      if entry.shown.count != 1 || entry.shown[0] != entry.letter {
        result.append(Conversion(start: index, entry: entry))
      }
      index += entry.shown.count
    }
    return result
  }

  /// The word with its conversions applied (lowercase is irrelevant: only checked).
  private func converted(
    _ line: [Unicode.Scalar], word: Range<Int>, _ conversions: [Conversion]
  ) -> [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    var index = word.lowerBound
    for conversion in conversions {
      result.append(contentsOf: line[index..<conversion.start])
      result.append(conversion.entry.letter)
      index = conversion.start + conversion.entry.shown.count
    }
    result.append(contentsOf: line[index..<word.upperBound])
    return result
  }

  /// Whether some scalar is a letter: ASCII, Latin-1 (not `×` `÷`) or Vietnamese.
  private func hasLetter(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    scalars.contains { scalar in
      let value = scalar.value
      return VietnameseLetters.info(scalar) != nil
        || ((0xC0...0xFF).contains(value) && value != 0xD7 && value != 0xF7)
    }
  }

  /// Whether the scalars hold two or more ASCII capitals and no ASCII lowercase letter.
  private static func isCapitals(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    var capitals = 0
    for scalar in scalars {
      switch scalar.value {
      case 0x41...0x5A: capitals += 1
      case 0x61...0x7A: return false
      default: break
      }
    }
    return capitals >= 2
  }
}
