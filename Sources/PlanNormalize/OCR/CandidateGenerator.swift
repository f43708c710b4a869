/// A syllable that an OCR token may stand for, with its channel score.
package struct Candidate: Hashable, Sendable {
  /// Index into `SyllableLexicon`, or `Candidate.keep`: the token as written.
  package var syllable: Int32
  /// log10 P(ocr token | syllable).
  package var channel: Float
  /// A second syllable when the OCR merged two into one token (`Xahéi` = `Xã hội`), else
  /// `Candidate.none`.
  package var second: Int32 = Candidate.none

  package init(syllable: Int32, channel: Float, second: Int32 = Candidate.none) {
    self.syllable = syllable
    self.channel = channel
    self.second = second
  }

  /// The candidate that keeps the token as written (scored as `<unk>` by the LM).
  package static let keep: Int32 = -1
  /// The candidate that keeps a digit as the number it is (scored as `<num>`).
  package static let keepNumber: Int32 = -3
  /// No second syllable.
  package static let none: Int32 = -2
}

/// Proposes the syllables an OCR token may stand for.
///
/// The token's scalars are mapped to their likeliest base letters (`ngw¢i` -> `nguei`), the
/// skeletons within a small edit distance of that are looked up, and every syllable under
/// them is scored with the channel model; the best few are kept. Results are cached per
/// token, since a document repeats its words.
package final class CandidateGenerator: @unchecked Sendable {
  private let lexicon: SyllableLexicon
  private let channel: OCRChannel
  private let model: SyllableLanguageModel
  private let likelyBase: [UInt8]
  private var cache: [[Unicode.Scalar]: [Candidate]] = [:]
  private var singleCache: [[Unicode.Scalar]: [Candidate]] = [:]
  /// Candidates kept per token.
  package var limit = 12
  /// How many more log10 units of channel score than the best a candidate may lose.
  package var beamWidth: Float = 6
  /// How far (log10) below the best-ranked candidate a candidate may rank and be kept.
  package var rankWindow: Float = 4
  /// How many syllables the language model never saw a token's candidates may hold.
  package var unattestedLimit = 2
  /// Weight of the unigram prior when ranking candidates to keep.
  package var priorWeight: Float = 1.0

  package init(lexicon: SyllableLexicon, channel: OCRChannel, model: SyllableLanguageModel) {
    self.lexicon = lexicon
    self.channel = channel
    self.model = model
    likelyBase = channel.likelyBase()
  }

  /// The candidates for one token, best channel score first.
  ///
  /// - Complexity: O(S·k²) for S skeletons of similar length on a cache miss; O(1) on a hit.
  package func candidates(for token: [Unicode.Scalar]) -> [Candidate] {
    if let cached = cache[token] { return cached }
    var result = compute(token)
    if token.count >= 4, (result.map(\.channel).max() ?? -.infinity) < splitBelow {
      result = (result + splits(token)).sorted { $0.channel > $1.channel }
    }
    if cache.count > 200_000 { cache.removeAll(keepingCapacity: true) }
    cache[token] = result
    return result
  }

  private func compute(_ token: [Unicode.Scalar], wide: Bool = true) -> [Candidate] {
    guard !token.isEmpty, token.count <= 10 else { return [] }
    let ocr = channel.ocrIDs(token)
    var skeleton: [UInt8] = []
    for id in ocr {
      let base = likelyBase[Int(id)]
      if base != 0 { skeleton.append(base) }
    }
    guard !skeleton.isEmpty else { return [] }
    let maxDistance = skeleton.count <= 2 ? 1 : 2
    var scored: [Candidate] = []
    let index = lexicon.skeletonIndex
    for id in index.neighbours(of: skeleton, deleting: maxDistance) {
      let candidate = index.skeletons[id]
      let distance = Self.editDistance(skeleton, candidate, limit: maxDistance)
      guard distance <= maxDistance else { continue }
      for syllable in lexicon.syllablesBySkeleton[id] {
        // Syllables the language model never saw are proposed only on an exact skeleton.
        if distance > 0 && lexicon.languageModelPenalty[Int(syllable)] < 0 { continue }
        let score = channel.logProb(ocr: ocr, gold: lexicon.goldIDs[Int(syllable)])
        if score > -Float.infinity {
          scored.append(Candidate(syllable: syllable, channel: score))
        }
      }
    }
    if wide, skeleton.count >= 4, (scored.map(\.channel).max() ?? -.infinity) < poorChannel {
      scored += widerSearch(ocr: ocr, skeleton: skeleton)
    }
    guard let best = scored.max(by: { $0.channel < $1.channel })?.channel else { return [] }
    // Rank by channel plus a little unigram prior, so rare spellings do not crowd out.
    var ranked: [(candidate: Candidate, rank: Float)] = []
    for candidate in scored where candidate.channel >= best - beamWidth {
      let token = lexicon.languageModelIDs[Int(candidate.syllable)]
      let prior: Float =
        model.logProb(token, after: -1, -1) + lexicon.languageModelPenalty[Int(candidate.syllable)]
      ranked.append((candidate, candidate.channel + priorWeight * prior))
    }
    ranked.sort { a, b in
      a.rank > b.rank || (a.rank == b.rank && a.candidate.syllable < b.candidate.syllable)
    }
    // Drop candidates the best one outranks by far: they cannot win in context. Syllables
    // the language model never saw take at most `unattestedLimit` places, so that spellings
    // of one skeleton (`dìn`, `dỉn`, `dín` for `din`) do not crowd out real words (`dân`).
    guard let top = ranked.first?.rank else { return [] }
    var kept: [Candidate] = []
    var unattested = 0
    for entry in ranked where entry.rank >= top - rankWindow {
      if lexicon.languageModelPenalty[Int(entry.candidate.syllable)] < 0 {
        guard unattested < unattestedLimit else { continue }
        unattested += 1
      }
      kept.append(entry.candidate)
      if kept.count == limit { break }
    }
    return kept
  }

  /// Below this best channel score (log10) a token of four letters or more is also matched
  /// against skeletons three edits away: OCR writes some letters as three glyphs
  /// (`chite`, `chirc` for `chức`).
  package var poorChannel: Float = -4

  /// Penalty (log10) for reading one token as two syllables: OCR seldom drops a space.
  package var splitPenalty: Float = -1.5
  /// Two-syllable readings are tried when no single syllable reads better than this.
  package var splitBelow: Float = -2
  /// Each part of a split must have a candidate reading better than this.
  package var splitPartFloor: Float = -2
  /// Two-syllable readings kept per token.
  package var splitLimit = 6

  /// Single-syllable candidates without the wider search, cached apart: the parts of a
  /// split token must read well as they are.
  private func single(_ token: [Unicode.Scalar]) -> [Candidate] {
    if let cached = singleCache[token] { return cached }
    let result = compute(token, wide: false)
    if singleCache.count > 200_000 { singleCache.removeAll(keepingCapacity: true) }
    singleCache[token] = result
    return result
  }

  /// Two-syllable readings of a token an OCR merged (`Xahéi`, `surgia`, `S¢Y`): at each
  /// split point whose two parts both have a good candidate, the best pairs of their
  /// attested candidates.
  private func splits(_ token: [Unicode.Scalar]) -> [Candidate] {
    var result: [Candidate] = []
    for point in 1..<token.count {
      let left = single(Array(token[..<point]))
        .filter { lexicon.languageModelPenalty[Int($0.syllable)] == 0 }.prefix(3)
      guard let bestLeft = left.first, bestLeft.channel > splitPartFloor else { continue }
      let right = single(Array(token[point...]))
        .filter { lexicon.languageModelPenalty[Int($0.syllable)] == 0 }.prefix(3)
      guard let bestRight = right.first, bestRight.channel > splitPartFloor else { continue }
      for first in left {
        for second in right {
          result.append(
            Candidate(
              syllable: first.syllable, channel: first.channel + second.channel + splitPenalty,
              second: second.syllable))
        }
      }
    }
    // Rank like single candidates: channel plus the unigram prior of both syllables.
    func rank(_ candidate: Candidate) -> Float {
      let first = lexicon.languageModelIDs[Int(candidate.syllable)]
      let second = lexicon.languageModelIDs[Int(candidate.second)]
      return candidate.channel
        + priorWeight * (model.logProb(first, after: -1, -1) + model.logProb(second, after: -1, -1))
    }
    return result.map { ($0, rank($0)) }
      .sorted {
        $0.1 > $1.1 || ($0.1 == $1.1 && ($0.0.syllable, $0.0.second) < ($1.0.syllable, $1.0.second))
      }
      .prefix(splitLimit).map { $0.0 }
  }

  /// Attested syllables whose skeleton begins with the same letter and is exactly three
  /// edits from `skeleton` (OCR keeps the initial consonant: `chite`, `ctia`).
  private func widerSearch(ocr: [UInt8], skeleton: [UInt8]) -> [Candidate] {
    var result: [Candidate] = []
    let index = lexicon.skeletonIndex
    for id in index.ids(lengths: (skeleton.count - 3)...(skeleton.count + 3)) {
      let candidate = index.skeletons[id]
      guard candidate.first == skeleton.first,
        Self.editDistance(skeleton, candidate, limit: 3) == 3
      else { continue }
      for syllable in lexicon.syllablesBySkeleton[id]
      where lexicon.languageModelPenalty[Int(syllable)] == 0 {
        let score = channel.logProb(ocr: ocr, gold: lexicon.goldIDs[Int(syllable)])
        if score > -Float.infinity { result.append(Candidate(syllable: syllable, channel: score)) }
      }
    }
    return result
  }

  /// Levenshtein distance, stopping early once it must exceed `limit`.
  package static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
    if abs(a.count - b.count) > limit { return limit + 1 }
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    let width = b.count + 1
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * width) { buffer in
      var previous = 0
      var current = width
      for j in 0...b.count { buffer[j] = j }
      for i in 1...a.count {
        buffer[current] = i
        var rowMin = i
        for j in 1...b.count {
          let cost = a[i - 1] == b[j - 1] ? 0 : 1
          let value = min(
            buffer[previous + j] + 1, buffer[current + j - 1] + 1, buffer[previous + j - 1] + cost)
          buffer[current + j] = value
          rowMin = min(rowMin, value)
        }
        if rowMin > limit { return limit + 1 }
        swap(&previous, &current)
      }
      return buffer[previous + b.count]
    }
  }
}
