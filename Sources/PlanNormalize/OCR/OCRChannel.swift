import Foundation

/// The character-level channel model P(OCR text | true syllable), learned from OCR pairs.
///
/// Each letter of the true syllable becomes zero, one or two OCR scalars (`ộ` -> `6`,
/// `ủ` -> `ti`, `ờ` -> ``), or two true letters become one scalar (`ươ` -> `w`); OCR may
/// also insert a scalar. Costs are log10 probabilities from the counts in
/// `Tables/ocr-channel.txt` (learned by `kehoach-tables build`) and the curated
/// `Tables/ocr-confusions.txt`, smoothed towards a prior that prefers the identity and
/// letters of the same base. Table rows: `true TAB ocr TAB count`, `∅` for empty.
package struct OCRChannel: Sendable {
  /// Lowercase Vietnamese letters: the alphabet of true text.
  package let goldAlphabet: [Unicode.Scalar]
  /// Scalars the OCR side knows; index 0 stands for every other scalar.
  package let ocrAlphabet: [Unicode.Scalar]
  private let goldIndex: ScalarIndex
  private let ocrIndex: ScalarIndex
  private let substitution: [Float]  // gold * ocrCount + ocr
  private let deletion: [Float]  // per gold
  private let insertion: [Float]  // per ocr
  private let oneToTwo: NGramTable  // gold << 16 | o1 << 8 | o2
  private let twoToOne: NGramTable  // g1 << 16 | g2 << 8 | o
  private let ocrPairPossible: [Bool]  // o1 * ocrCount + o2
  private let goldPairPossible: [Bool]  // g1 * goldCount + g2
  /// log10 of how often each true letter occurs in the pairs (add-one smoothed).
  private let goldLogPrior: [Float]
  /// The letters with marks the OCR writes (case-folded): an English model writes `é` and
  /// little else of Vietnamese.
  private let markedLettersWritten: Set<Unicode.Scalar>
  package var ocrCount: Int { ocrAlphabet.count }
  package var goldCount: Int { goldAlphabet.count }

  /// One learned or curated row.
  package struct Entry: Hashable, Sendable {
    package var gold: [Unicode.Scalar]
    package var ocr: [Unicode.Scalar]
    package var count: Double
    package init(gold: [Unicode.Scalar], ocr: [Unicode.Scalar], count: Double) {
      self.gold = gold
      self.ocr = ocr
      self.count = count
    }
  }

  package static let emptyMarker: Unicode.Scalar = "\u{2205}"

  /// Parses rows of `true TAB ocr TAB count`.
  package static func parseEntries(_ text: String, name: String) throws -> [Entry] {
    var reader = TableLineReader(text: text, name: name)
    var entries: [Entry] = []
    while let line = reader.next() {
      let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
      guard fields.count == 3, let count = TableNumber.float(fields[2]), count >= 0 else {
        throw reader.error("expected 'true TAB ocr TAB count'")
      }
      func scalars(_ field: ArraySlice<UInt8>) -> [Unicode.Scalar] {
        let text = String(decoding: field, as: UTF8.self)
        return text == String(emptyMarker) ? [] : Array(text.unicodeScalars)
      }
      let gold = scalars(fields[0])
      let ocr = scalars(fields[1])
      guard gold.count <= 2, ocr.count <= 2, !(gold.isEmpty && ocr.isEmpty),
        !(gold.count == 2 && ocr.count != 1)
      else { throw reader.error("unsupported shape \(gold.count):\(ocr.count)") }
      for scalar in gold where VietnameseLetters.info(scalar)?.isUppercase != false {
        throw reader.error("true side must be lowercase Vietnamese letters")
      }
      entries.append(Entry(gold: gold, ocr: ocr, count: Double(count)))
    }
    return entries
  }

  /// Smoothing weight of the prior, in pseudo-counts per true letter.
  private static let priorWeight = 2.0
  /// Pseudo-counts with which a letter's own counts are pulled towards its tone family's.
  private static let familyWeight = 10.0

  package init(entries: [Entry]) {
    // Gold alphabet: every lowercase Vietnamese letter.
    var gold: [Unicode.Scalar] = []
    for value in UInt32(0)..<0x1F00 {
      guard let scalar = Unicode.Scalar(value), let info = VietnameseLetters.info(scalar),
        !info.isUppercase
      else { continue }
      gold.append(scalar)
    }
    var ocr: [Unicode.Scalar] = ["\u{FFFD}"]
    var seen = Set<UInt32>([0xFFFD])
    func addOCR(_ scalar: Unicode.Scalar) {
      if ocr.count < 255, seen.insert(scalar.value).inserted { ocr.append(scalar) }
    }
    for scalar in gold { addOCR(scalar) }
    for scalar in "0123456789$|¢€&?@£§©®¥µ".unicodeScalars { addOCR(scalar) }
    for entry in entries.sorted(by: { $0.count > $1.count }) {
      entry.ocr.forEach { addOCR(Self.fold($0)) }
    }
    goldAlphabet = gold
    markedLettersWritten = Set(
      entries.filter { $0.count > 0 }.flatMap(\.ocr).map(Self.fold).filter {
        !$0.isASCII && VietnameseLetters.info($0) != nil
      })
    ocrAlphabet = ocr
    let goldIndex = ScalarIndex(gold)
    let ocrIndex = ScalarIndex(ocr)
    self.goldIndex = goldIndex
    self.ocrIndex = ocrIndex

    let goldCount = gold.count
    let ocrCount = ocr.count
    // The tone family of each true letter (`ử` -> `ư`): English OCR treats a family alike,
    // so sparse per-letter counts back off to the family's pooled counts.
    let family = gold.map { scalar -> Int in
      let toneless = VietnameseLetters.info(scalar)?.toneless ?? scalar
      return Int(goldIndex[toneless] ?? goldIndex[scalar] ?? 0)
    }
    var subCount = [Double](repeating: 0, count: goldCount * ocrCount)
    var delCount = [Double](repeating: 0, count: goldCount)
    var insCount = [Double](repeating: 0, count: ocrCount)
    var total = [Double](repeating: 0, count: goldCount)
    var oneToTwoCount: [UInt32: Double] = [:]
    var twoToOneCount: [UInt32: Double] = [:]
    for entry in entries {
      let g = entry.gold.compactMap { goldIndex[$0] }
      let o = entry.ocr.map { ocrIndex[Self.fold($0)] ?? 0 }
      guard g.count == entry.gold.count else { continue }
      switch (g.count, o.count) {
      case (1, 1): subCount[Int(g[0]) * ocrCount + Int(o[0])] += entry.count
      case (1, 0): delCount[Int(g[0])] += entry.count
      case (0, 1): insCount[Int(o[0])] += entry.count
      case (1, 2):
        oneToTwoCount[UInt32(g[0]) << 16 | UInt32(o[0]) << 8 | UInt32(o[1]), default: 0] +=
          entry.count
      case (2, 1):
        twoToOneCount[UInt32(g[0]) << 16 | UInt32(g[1]) << 8 | UInt32(o[0]), default: 0] +=
          entry.count
      default: continue
      }
      if g.count >= 1 { total[Int(g[0])] += entry.count }
    }
    // Pooled family counts.
    var familySub = [Double](repeating: 0, count: goldCount * ocrCount)
    var familyDel = [Double](repeating: 0, count: goldCount)
    var familyTotal = [Double](repeating: 0, count: goldCount)
    for g in 0..<goldCount {
      let f = family[g]
      familyDel[f] += delCount[g]
      familyTotal[f] += total[g]
      for o in 0..<ocrCount { familySub[f * ocrCount + o] += subCount[g * ocrCount + o] }
    }
    var familyOneToTwo: [UInt32: Double] = [:]  // family << 16 | o1 << 8 | o2
    for (key, count) in oneToTwoCount {
      familyOneToTwo[UInt32(family[Int(key >> 16)]) << 16 | (key & 0xFFFF), default: 0] += count
    }
    var familyTwoToOne: [UInt32: Double] = [:]  // f1 << 16 | f2 << 8 | o
    for (key, count) in twoToOneCount {
      let f1 = UInt32(family[Int(key >> 16)])
      let f2 = UInt32(family[Int((key >> 8) & 0xFF)])
      familyTwoToOne[f1 << 16 | f2 << 8 | (key & 0xFF), default: 0] += count
    }
    let letterWeight = Self.familyWeight
    // Priors: identity 0.4, same base letter 0.01, other scalars 0.0005, deletion 0.002.
    var substitution = [Float](repeating: 0, count: goldCount * ocrCount)
    var deletion = [Float](repeating: 0, count: goldCount)
    for g in 0..<goldCount {
      let f = family[g]
      let goldInfo = VietnameseLetters.info(gold[g])
      let familyDenominator = familyTotal[f] + Self.priorWeight
      let denominator = total[g] + letterWeight
      for o in 0..<ocrCount {
        let prior: Double
        if let info = VietnameseLetters.info(ocr[o]) {
          if info.lowercase == gold[g] {
            prior = 0.4
          } else if info.base == goldInfo?.base {
            prior = 0.01
          } else {
            prior = 0.0005
          }
        } else {
          prior = 0.0005
        }
        let pooled = (familySub[f * ocrCount + o] + Self.priorWeight * prior) / familyDenominator
        let p = (subCount[g * ocrCount + o] + letterWeight * pooled) / denominator
        substitution[g * ocrCount + o] = Float(log10(p))
      }
      let pooledDeletion = (familyDel[f] + Self.priorWeight * 0.002) / familyDenominator
      deletion[g] = Float(log10((delCount[g] + letterWeight * pooledDeletion) / denominator))
    }
    let tokensSeen = max(total.reduce(0, +), 1)
    goldLogPrior = total.map { Float(log10(($0 + 1) / (tokensSeen + Double(goldCount)))) }
    // The extra thousand keeps an unseen insertion dear when few letters have been counted
    // (the first round of learning), so that 1:2 steps are found rather than insertions.
    insertion = insCount.map { Float(log10(($0 + 0.05) / (tokensSeen + 1000))) }
    var oneToTwo: [UInt32: Float] = [:]
    var ocrPairPossible = [Bool](repeating: false, count: ocrCount * ocrCount)
    var membersOfFamily = [[Int]](repeating: [], count: goldCount)
    for g in 0..<goldCount { membersOfFamily[family[g]].append(g) }
    for (key, familyCount) in familyOneToTwo {
      let f = Int(key >> 16)
      let pooled = familyCount / (familyTotal[f] + Self.priorWeight)
      for g in membersOfFamily[f] {
        let letterKey = UInt32(g) << 16 | (key & 0xFFFF)
        let own = oneToTwoCount[letterKey] ?? 0
        oneToTwo[letterKey] = Float(
          log10((own + letterWeight * pooled) / (total[g] + letterWeight)))
      }
      ocrPairPossible[Int((key >> 8) & 0xFF) * ocrCount + Int(key & 0xFF)] = true
    }
    var twoToOne: [UInt32: Float] = [:]
    var goldPairPossible = [Bool](repeating: false, count: goldCount * goldCount)
    for (key, familyCount) in familyTwoToOne {
      let f1 = Int(key >> 16)
      let f2 = Int((key >> 8) & 0xFF)
      let pooled = familyCount / (familyTotal[f1] + Self.priorWeight)
      for g1 in membersOfFamily[f1] {
        for g2 in membersOfFamily[f2] {
          let letterKey = UInt32(g1) << 16 | UInt32(g2) << 8 | (key & 0xFF)
          let own = twoToOneCount[letterKey] ?? 0
          twoToOne[letterKey] = Float(
            log10((own + letterWeight * pooled) / (total[g1] + letterWeight)))
          goldPairPossible[g1 * goldCount + g2] = true
        }
      }
    }
    self.substitution = substitution
    self.deletion = deletion
    var oneToTwoTable = NGramTable(capacity: oneToTwo.count)
    for (key, cost) in oneToTwo { oneToTwoTable.insert(UInt64(key), cost, 0) }
    var twoToOneTable = NGramTable(capacity: twoToOne.count)
    for (key, cost) in twoToOne { twoToOneTable.insert(UInt64(key), cost, 0) }
    self.oneToTwo = oneToTwoTable
    self.twoToOne = twoToOneTable
    self.ocrPairPossible = ocrPairPossible
    self.goldPairPossible = goldPairPossible
  }

  /// Dense ids of the letters of a true syllable; nil if one is not a lowercase letter.
  package func goldIDs(_ scalars: some Sequence<Unicode.Scalar>) -> [UInt8]? {
    var result: [UInt8] = []
    for scalar in scalars {
      guard let id = goldIndex[scalar] else { return nil }
      result.append(id)
    }
    return result
  }

  /// Whether `scalar` is a Vietnamese letter with marks that the OCR never writes (`ả`, `ơ`,
  /// `đ` for an English model): a token holding one was not written by the OCR.
  package func neverWrites(_ scalar: Unicode.Scalar) -> Bool {
    !scalar.isASCII && VietnameseLetters.info(scalar) != nil
      && !markedLettersWritten.contains(Self.fold(scalar))
  }

  /// Dense ids of OCR scalars, letters case-folded; unknown scalars become 0.
  package func ocrIDs(_ scalars: some Sequence<Unicode.Scalar>) -> [UInt8] {
    scalars.map { ocrIndex[Self.fold($0)] ?? 0 }
  }

  /// The channel reads OCR letters case-folded: a token's case is carried apart
  /// (`CasePattern`), and capitals are too rare in the pairs to learn on their own.
  /// `Đ` read as `P` is learned as `đ` -> `p`.
  @inline(__always)
  package static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    VietnameseLetters.info(scalar)?.lowercase ?? scalar
  }

  /// log10 P(ocr | gold) along the best alignment (Viterbi), or -inf when none.
  ///
  /// - Complexity: O(m·n) for m true letters and n OCR scalars.
  package func logProb(ocr: [UInt8], gold: [UInt8]) -> Float {
    let m = gold.count
    let n = ocr.count
    let width = n + 1
    let minusInfinity = -Float.infinity
    return withUnsafeTemporaryAllocation(of: Float.self, capacity: (m + 1) * width) { table in
      table.initialize(repeating: minusInfinity)
      table[0] = 0
      for i in 0...m {
        for j in 0...n {
          var best = table[i * width + j]
          if i == 0 && j == 0 { continue }
          if j >= 1 {  // insertion
            let o = Int(ocr[j - 1])
            best = max(best, table[i * width + j - 1] + insertion[o])
          }
          if i >= 1 {
            let g = Int(gold[i - 1])
            best = max(best, table[(i - 1) * width + j] + deletion[g])
            if j >= 1 {
              let o = Int(ocr[j - 1])
              best = max(best, table[(i - 1) * width + j - 1] + substitution[g * ocrCount + o])
              if j >= 2 {
                let o1 = Int(ocr[j - 2])
                if ocrPairPossible[o1 * ocrCount + o],
                  let (cost, _) = oneToTwo.lookup(UInt64(g) << 16 | UInt64(o1) << 8 | UInt64(o))
                {
                  best = max(best, table[(i - 1) * width + j - 2] + cost)
                }
              }
              if i >= 2 {
                let g1 = Int(gold[i - 2])
                if goldPairPossible[g1 * goldCount + g],
                  let (cost, _) = twoToOne.lookup(UInt64(g1) << 16 | UInt64(g) << 8 | UInt64(o))
                {
                  best = max(best, table[(i - 2) * width + j - 1] + cost)
                }
              }
            }
          }
          table[i * width + j] = best
        }
      }
      return table[m * width + n]
    }
  }

  /// The best alignment as steps of (true letters consumed, OCR scalars consumed), in order.
  ///
  /// Used by the table builder to count which letters became which OCR scalars;
  /// `unseenPairCost` lets it discover 1:2 and 2:1 steps the tables do not list yet.
  package func align(ocr: [UInt8], gold: [UInt8], unseenPairCost: Float? = nil) -> [(
    gold: Int, ocr: Int
  )] {
    let m = gold.count
    let n = ocr.count
    let width = n + 1
    var table = [Float](repeating: -.infinity, count: (m + 1) * width)
    var step = [UInt8](repeating: 0, count: (m + 1) * width)  // (dg << 4) | do
    table[0] = 0
    func relax(_ i: Int, _ j: Int, _ dg: Int, _ dj: Int, _ cost: Float) {
      let candidate = table[(i - dg) * width + j - dj] + cost
      if candidate > table[i * width + j] {
        table[i * width + j] = candidate
        step[i * width + j] = UInt8(dg << 4 | dj)
      }
    }
    for i in 0...m {
      for j in 0...n where i > 0 || j > 0 {
        if j >= 1 { relax(i, j, 0, 1, insertion[Int(ocr[j - 1])]) }
        if i >= 1 {
          let g = Int(gold[i - 1])
          relax(i, j, 1, 0, deletion[g])
          if j >= 1 {
            let o = Int(ocr[j - 1])
            relax(i, j, 1, 1, substitution[g * ocrCount + o])
            if j >= 2,
              let cost = oneToTwo.lookup(UInt64(g) << 16 | UInt64(ocr[j - 2]) << 8 | UInt64(o))?.0
                ?? unseenPairCost
            {
              relax(i, j, 1, 2, cost)
            }
            if i >= 2,
              let cost = twoToOne.lookup(UInt64(gold[i - 2]) << 16 | UInt64(g) << 8 | UInt64(o))?.0
                ?? unseenPairCost
            {
              relax(i, j, 2, 1, cost)
            }
          }
        }
      }
    }
    var steps: [(gold: Int, ocr: Int)] = []
    var i = m
    var j = n
    while i > 0 || j > 0 {
      let packed = step[i * width + j]
      let dg = Int(packed >> 4)
      let dj = Int(packed & 0xF)
      if dg == 0 && dj == 0 { break }
      steps.append((dg, dj))
      i -= dg
      j -= dj
    }
    return steps.reversed()
  }

  /// The most likely true base letter (`a`…`z`, `d` for `đ`) behind each OCR scalar id:
  /// the argmax over true letters of P(ocr | letter) · P(letter), so that `w` reads as `ư`
  /// (a common letter often read `w`) rather than as the rare letter `w`; 0 when the scalar
  /// is mostly noise.
  package func likelyBase() -> [UInt8] {
    var result = [UInt8](repeating: 0, count: ocrCount)
    for o in 0..<ocrCount {
      var best = -Float.infinity
      var bestChannel = -Float.infinity
      for g in 0..<goldCount {
        let channel = substitution[g * ocrCount + o]
        let score = channel + goldLogPrior[g]
        if score > best, let info = VietnameseLetters.info(goldAlphabet[g]) {
          best = score
          bestChannel = channel
          result[o] = info.base
        }
      }
      if bestChannel < -2.5 { result[o] = 0 }
    }
    return result
  }
}

/// Scalar -> dense id (up to 255 ids): a flat table below U+1F00, a dictionary above.
package struct ScalarIndex: Sendable {
  private static let flatLimit: UInt32 = 0x1F00
  private var flat: [UInt8]
  private var others: [UInt32: UInt8] = [:]

  package init(_ scalars: [Unicode.Scalar]) {
    flat = [UInt8](repeating: 0xFF, count: Int(Self.flatLimit))
    for (index, scalar) in scalars.enumerated() where index < 255 {
      if scalar.value < Self.flatLimit {
        flat[Int(scalar.value)] = UInt8(index)
      } else {
        others[scalar.value] = UInt8(index)
      }
    }
  }

  @inline(__always)
  package subscript(_ scalar: Unicode.Scalar) -> UInt8? {
    if scalar.value < Self.flatLimit {
      let id = flat[Int(scalar.value)]
      return id == 0xFF ? nil : id
    }
    return others[scalar.value]
  }
}
