import Foundation

/// A syllable trigram language model in backoff form (log10 probabilities).
///
/// Tokens are lowercase syllables in canonical (old) tone style, frequent abbreviations as
/// written (`UBND`), and the classes `<s>` (paragraph start), `<num>` and `<unk>`.
/// Trained by `kehoach-tables build` with interpolated Kneser-Ney smoothing; stored as
/// text in `Tables/syllable-lm.txt`:
///
///     \unigrams N        then N lines: token TAB log10p TAB log10backoff
///     \bigrams N         then N lines: id1 SPACE id2 TAB log10p TAB log10backoff
///     \trigrams N        then N lines: id1 SPACE id2 SPACE id3 TAB log10p
///
/// where ids are the 0-based positions of tokens in the unigram list.
package struct SyllableLanguageModel: Sendable {
  package static let paragraphStart = "<s>"
  package static let number = "<num>"
  package static let unknown = "<unk>"

  package let tokens: [String]
  package let ids: [String: Int32]
  private let unigramLogProb: [Float]
  private let unigramBackoff: [Float]
  private let bigrams: NGramTable
  private let trigrams: NGramTable
  /// log10 probability given to a token outside the vocabulary.
  package let unknownLogProb: Float

  package var paragraphStartID: Int32 { ids[Self.paragraphStart] ?? 0 }
  package var numberID: Int32 { ids[Self.number] ?? 0 }
  package var unknownID: Int32 { ids[Self.unknown] ?? 0 }
  package var bigramCount: Int { bigrams.count }
  package var trigramCount: Int { trigrams.count }

  @inline(__always)
  private static func key(_ a: Int32, _ b: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: a)) << 21 | UInt64(UInt32(bitPattern: b))
  }

  @inline(__always)
  private static func key(_ a: Int32, _ b: Int32, _ c: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: a)) << 42 | UInt64(UInt32(bitPattern: b)) << 21
      | UInt64(UInt32(bitPattern: c))
  }

  /// log10 P(w | u v); pass -1 for a missing context token.
  ///
  /// - Complexity: at most three hash lookups.
  @inline(__always)
  package func logProb(_ w: Int32, after u: Int32, _ v: Int32) -> Float {
    guard w >= 0, Int(w) < unigramLogProb.count else { return unknownLogProb }
    if v < 0 { return unigramLogProb[Int(w)] }
    var backoff: Float = 0
    if u >= 0 {
      if let (p, _) = trigrams.lookup(Self.key(u, v, w)) { return p }
      if let (_, b) = bigrams.lookup(Self.key(u, v)) { backoff = b }
    }
    if let (p, _) = bigrams.lookup(Self.key(v, w)) { return backoff + p }
    return backoff + unigramBackoff[Int(v)] + unigramLogProb[Int(w)]
  }

  /// What the decoder needs to know of a context (u, v) once for all next tokens: the
  /// backoff weight of (u, v), and whether any trigram continues it (if not, no trigram
  /// lookup can hit).
  @inline(__always)
  package func context(_ u: Int32, _ v: Int32) -> (backoff: Float, hasTrigrams: Bool) {
    guard u >= 0, v >= 0, let (_, b) = bigrams.lookup(Self.key(u, v)) else { return (0, false) }
    return (b, b != 0)
  }

  /// log10 P(w | v) at the bigram level (backing off to the unigram); v may be -1.
  @inline(__always)
  package func bigramLogProb(_ w: Int32, after v: Int32) -> Float {
    guard w >= 0, Int(w) < unigramLogProb.count else { return unknownLogProb }
    if v < 0 { return unigramLogProb[Int(w)] }
    if let (p, _) = bigrams.lookup(Self.key(v, w)) { return p }
    return unigramBackoff[Int(v)] + unigramLogProb[Int(w)]
  }

  /// log10 P(w | u v) if the trigram is stored.
  @inline(__always)
  package func trigramLogProb(_ w: Int32, after u: Int32, _ v: Int32) -> Float? {
    trigrams.lookup(Self.key(u, v, w))?.0
  }

  /// The id of a token, or `<unk>`'s id.
  @inline(__always)
  package func id(of token: String) -> Int32 { ids[token] ?? unknownID }

  /// Parses the text form.
  ///
  /// - Throws: `TableError.malformed` with the line of the first bad entry.
  package init(text: String, name: String = "syllable-lm.txt") throws {
    var reader = TableLineReader(text: text, name: name)
    var tokens: [String] = []
    var uniP: [Float] = []
    var uniB: [Float] = []
    var bigrams = NGramTable(capacity: 16)
    var trigrams = NGramTable(capacity: 16)
    var section = 0
    while let line = reader.next() {
      if line.first == UInt8(ascii: "\\") {
        let header = String(decoding: line, as: UTF8.self).split(separator: " ")
        guard header.count == 2, let count = Int(header[1]), count >= 0 else {
          throw reader.error("bad section header")
        }
        switch header[0] {
        case "\\unigrams":
          // Ids are packed 21 bits each into n-gram keys.
          guard count < 1 << 21 else { throw reader.error("more than 2,097,151 tokens") }
          section = 1
          tokens.reserveCapacity(count)
        case "\\bigrams":
          section = 2
          bigrams = NGramTable(capacity: count)
        case "\\trigrams":
          section = 3
          trigrams = NGramTable(capacity: count)
        default: throw reader.error("unknown section \(header[0])")
        }
        continue
      }
      var cursor = FieldCursor(line)
      switch section {
      case 1:
        guard let token = cursor.field(until: UInt8(ascii: "\t")), !token.isEmpty,
          let p = cursor.float(until: UInt8(ascii: "\t")), let b = cursor.float(until: nil)
        else { throw reader.error("expected token, log10p, backoff") }
        guard tokens.count < 1 << 21 else { throw reader.error("more than 2,097,151 tokens") }
        tokens.append(String(decoding: token, as: UTF8.self))
        uniP.append(p)
        uniB.append(b)
      case 2:
        guard let a = cursor.id(until: UInt8(ascii: " "), below: tokens.count),
          let b = cursor.id(until: UInt8(ascii: "\t"), below: tokens.count),
          let p = cursor.float(until: UInt8(ascii: "\t")), let w = cursor.float(until: nil)
        else { throw reader.error("expected id id, log10p, backoff") }
        bigrams.insert(Self.key(a, b), p, w)
      case 3:
        guard let a = cursor.id(until: UInt8(ascii: " "), below: tokens.count),
          let b = cursor.id(until: UInt8(ascii: " "), below: tokens.count),
          let c = cursor.id(until: UInt8(ascii: "\t"), below: tokens.count),
          let p = cursor.float(until: nil)
        else { throw reader.error("expected id id id, log10p") }
        trigrams.insert(Self.key(a, b, c), p, 0)
      default:
        throw reader.error("entry before any section header")
      }
    }
    var ids: [String: Int32] = [:]
    ids.reserveCapacity(tokens.count)
    for (index, token) in tokens.enumerated() { ids[token] = Int32(index) }
    for required in [Self.paragraphStart, Self.number, Self.unknown] where ids[required] == nil {
      throw TableError.malformed(table: name, line: 0, reason: "missing token \(required)")
    }
    self.tokens = tokens
    self.ids = ids
    unigramLogProb = uniP
    unigramBackoff = uniB
    self.bigrams = bigrams
    self.trigrams = trigrams
    unknownLogProb = uniP[Int(ids[Self.unknown] ?? 0)]
  }
}
