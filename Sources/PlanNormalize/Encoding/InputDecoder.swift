import Foundation
import PlanText

/// Turns the bytes of an input file into text, strictly: UTF-8 when the bytes are UTF-8,
/// else Windows-1258 or Windows-1252, else an error naming the first bad byte.
///
/// Decision, in order:
/// 1. No bytes: empty text, UTF-8.
/// 2. A NUL byte anywhere: `InputError.notText` at the first one.
/// 3. A leading `EF BB BF`: the byte-order mark is dropped and the rest must be UTF-8
///    (`.utf8BOM`); an invalid sequence is `InputError.undecodable` at its offset.
/// 4. Valid UTF-8: `.utf8`, unchanged (composition is `UnicodeCleanup`'s job, so that it is
///    logged).
/// 5. Otherwise both code pages are scored: the number of words that are valid Vietnamese
///    syllables holding a non-ASCII letter, for Windows-1258 after composing its combining
///    tones to NFC, for Windows-1252 the best of the text as decoded and its TCVN3 and VNI
///    conversions (a raw TCVN3 or VNI file is Windows-1252 text for `LegacyEncodingRepair`).
///    Windows-1258 wins only with a strictly higher score; a byte the winner leaves
///    undefined is `InputError.undecodable` at the first such offset.
///
/// ```
/// 4B EA EC 20 68 6F 61 F2 63 68  (Windows-1258)  ->  "Kế hoạch"
/// ```
package struct InputDecoder: Sendable {
  /// The code pages and legacy tables used.
  package let tables: EncodingTables
  private let check: SyllableCheck
  private let legacy: LegacyEncodingRepair

  /// A decoder over the given tables; `rules` scores the candidate code pages.
  package init(tables: EncodingTables, rules: SyllableRules) {
    self.tables = tables
    check = SyllableCheck(rules: rules)
    legacy = LegacyEncodingRepair(tables: tables, rules: rules)
  }

  /// The decoder over the default tables (`EncodingTables.standard`), or the error that
  /// kept them from loading.
  package static let standard: Result<InputDecoder, any Error> = EncodingTables.standard.map {
    InputDecoder(tables: $0.tables, rules: $0.rules)
  }

  /// Decodes the bytes of one input with the default tables (see the type's rules).
  ///
  /// Without the tables (`standard` failed) only UTF-8 is decoded, and other input is
  /// `InputError.undecodable` at its first invalid UTF-8 byte.
  ///
  /// - Throws: `InputError`, as `decode(_:)` on an instance.
  package static func decode(_ bytes: [UInt8]) throws(InputError) -> DecodedInput {
    if case .success(let decoder) = standard { return try decoder.decode(bytes) }
    if let nul = bytes.firstIndex(of: 0) { throw .notText(byteOffset: nul) }
    let start = bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0
    if let bad = UTF8Validation.firstInvalidOffset(in: bytes, from: start) {
      throw .undecodable(byteOffset: bad, byte: bytes[bad])
    }
    return DecodedInput(
      text: String(decoding: bytes[start...], as: UTF8.self),
      encoding: start == 0 ? .utf8 : .utf8BOM)
  }

  /// Decodes the bytes of one input (see the type's rules).
  ///
  /// - Throws: `InputError.notText` for a NUL byte; `InputError.undecodable` for bytes that
  ///   are neither UTF-8 nor defined in the chosen code page.
  /// - Complexity: O(n).
  package func decode(_ bytes: [UInt8]) throws(InputError) -> DecodedInput {
    if bytes.isEmpty { return DecodedInput(text: "", encoding: .utf8) }
    if let nul = bytes.firstIndex(of: 0) { throw .notText(byteOffset: nul) }
    if bytes.starts(with: Self.byteOrderMark) {
      let start = Self.byteOrderMark.count
      if let bad = UTF8Validation.firstInvalidOffset(in: bytes, from: start) {
        throw .undecodable(byteOffset: bad, byte: bytes[bad])
      }
      return DecodedInput(
        text: String(decoding: bytes[start...], as: UTF8.self), encoding: .utf8BOM)
    }
    if UTF8Validation.firstInvalidOffset(in: bytes) == nil {
      return DecodedInput(text: String(decoding: bytes, as: UTF8.self), encoding: .utf8)
    }
    let vietnamese = decoded(bytes, with: tables.windows1258, composing: true)
    let western = decoded(bytes, with: tables.windows1252, composing: false)
    let choice =
      score(windows1258: vietnamese.scalars) > score(windows1252: western.scalars)
      ? (decoded: vietnamese, encoding: DetectedEncoding.windows1258)
      : (decoded: western, encoding: DetectedEncoding.windows1252)
    if let bad = choice.decoded.firstUndefined {
      throw .undecodable(byteOffset: bad, byte: bytes[bad])
    }
    return DecodedInput(
      text: String(String.UnicodeScalarView(choice.decoded.scalars)), encoding: choice.encoding)
  }

  /// The Windows-1258 score of decoded text: its marked valid syllables.
  package func score(windows1258 scalars: [Unicode.Scalar]) -> Int {
    check.markedSyllableCount(scalars)
  }

  /// The Windows-1252 score of decoded text: the best of its marked valid syllables as they
  /// stand and after a TCVN3 or a VNI conversion.
  package func score(windows1252 scalars: [Unicode.Scalar]) -> Int {
    var best = check.markedSyllableCount(scalars)
    for encoding in [LegacyEncoding.tcvn3, .vni] {
      best = max(best, check.markedSyllableCount(legacy.converted(scalars, as: encoding)))
    }
    return best
  }

  private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// Bytes decoded through a code page; undefined bytes become U+FFFD and are remembered.
  private func decoded(_ bytes: [UInt8], with codePage: CodePage, composing: Bool)
    -> (scalars: [Unicode.Scalar], firstUndefined: Int?)
  {
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(bytes.count)
    var firstUndefined: Int?
    for (offset, byte) in bytes.enumerated() {
      if let scalar = codePage.scalar(for: byte) {
        scalars.append(scalar)
      } else {
        if firstUndefined == nil { firstUndefined = offset }
        scalars.append("\u{FFFD}")
      }
    }
    if composing {
      let text = String(String.UnicodeScalarView(scalars)).precomposedStringWithCanonicalMapping
      scalars = text.scalarArray
    }
    return (scalars, firstUndefined)
  }
}
