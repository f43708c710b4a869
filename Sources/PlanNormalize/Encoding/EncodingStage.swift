/// The encoding and Unicode repairs applied to every line before OCR repair.
///
/// Legacy encodings first (TCVN3 writes `ư` as U+00AD, which Unicode cleanup would remove as
/// a soft hyphen), then Unicode cleanup (NFC, invisible characters, look-alike letters).
package struct EncodingStage {
  private let legacy: LegacyEncodingRepair

  package init(tables: NormalizerTables) {
    legacy = LegacyEncodingRepair(tables: tables.encodings, rules: tables.rules)
  }

  /// Repairs every line; returns the legacy encoding found, if any.
  package func apply(to lines: inout [LineInProgress]) -> LegacyEncoding? {
    let found = legacy.apply(to: &lines)
    for index in lines.indices {
      lines[index].apply(UnicodeCleanup.repair(line: lines[index].scalars))
    }
    return found
  }
}
