import PlanText

/// The encoding and Unicode repairs applied to every line before OCR repair.
///
/// Legacy encodings first (TCVN3 writes `ư` as U+00AD, which Unicode cleanup would remove as
/// a soft hyphen), then Unicode cleanup (NFC, invisible characters, look-alike letters).
package struct EncodingStage {
  private let legacy: LegacyEncodingRepair

  package init(tables: NormalizerTables) {
    legacy = LegacyEncodingRepair(tables: tables.encodings, rules: tables.rules)
  }

  /// The legacy encoding of the whole document, if any. Lines are turned into scalar arrays
  /// only when some line holds a scalar that only a legacy rendering produces.
  package func detect(_ lines: [TextLine]) -> LegacyEncoding? {
    guard lines.contains(where: { LegacyEncodingRepair.mayBeLegacy(utf8: $0.content) })
    else { return nil }
    return legacy.detect(lines: lines.map { $0.content.scalarArray })
  }

  /// One line, repaired from the legacy encoding (if given) and cleaned up.
  package func prepare(_ content: String, legacy encoding: LegacyEncoding?, recordsEdits: Bool)
    -> LineInProgress
  {
    var line = LineInProgress(content.scalarArray, recordsEdits: recordsEdits)
    if let encoding { line.apply(legacy.repair(line: line.scalars, as: encoding)) }
    line.apply(UnicodeCleanup.repair(line: line.scalars))
    return line
  }
}
