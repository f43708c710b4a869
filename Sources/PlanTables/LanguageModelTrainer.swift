import Foundation
import PlanNormalize

/// Estimates a syllable trigram model with interpolated modified Kneser-Ney smoothing
/// (Chen & Goodman) and writes it in the backoff text form `SyllableLanguageModel` reads.
///
/// Each order has three discounts, for n-grams seen once, twice and three or more times,
/// from the counts of counts: Y = n1/(n1 + 2·n2), D1 = 1 − 2Y·n2/n1, D2 = 2 − 3Y·n3/n2,
/// D3+ = 3 − 4Y·n4/n3. The middle order uses continuation counts (distinct left neighbours),
/// except after `<s>`; the lowest order is the continuation distribution mixed with 1%
/// uniform mass.
package struct LanguageModelTrainer {
  private var vocabulary: [String: Int32] = [:]
  private var tokens: [String] = []
  private var unigramCount: [Int] = []
  private var bigramCount: [UInt64: Int] = [:]
  private var trigramCount: [UInt64: Int] = [:]
  /// Abbreviations seen fewer times than this become `<unk>`.
  package var minimumAbbreviationCount = 2
  package private(set) var tokenTotal = 0

  package init() {
    for special in [
      SyllableLanguageModel.paragraphStart, SyllableLanguageModel.number,
      SyllableLanguageModel.unknown,
    ] {
      _ = id(special)
    }
  }

  private mutating func id(_ token: String) -> Int32 {
    if let existing = vocabulary[token] { return existing }
    let new = Int32(tokens.count)
    vocabulary[token] = new
    tokens.append(token)
    unigramCount.append(0)
    return new
  }

  private static func key(_ a: Int32, _ b: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: a)) << 21 | UInt64(UInt32(bitPattern: b))
  }
  private static func key(_ a: Int32, _ b: Int32, _ c: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: a)) << 42 | UInt64(UInt32(bitPattern: b)) << 21
      | UInt64(UInt32(bitPattern: c))
  }

  /// Counts one paragraph (a clean line), which starts with `<s>`.
  package mutating func add(paragraph: [String]) {
    guard !paragraph.isEmpty else { return }
    var u: Int32 = -1
    var v = id(SyllableLanguageModel.paragraphStart)
    for token in paragraph {
      let w = id(token)
      unigramCount[Int(w)] += 1
      bigramCount[Self.key(v, w), default: 0] += 1
      if u >= 0 { trigramCount[Self.key(u, v, w), default: 0] += 1 }
      u = v
      v = w
      tokenTotal += 1
    }
  }

  /// The three discounts of one order, for counts 1, 2 and 3 or more.
  struct Discounts {
    var one: Double
    var two: Double
    var more: Double

    init(_ counts: some Sequence<Int>) {
      var n = [0, 0, 0, 0, 0]
      for count in counts where count >= 1 && count <= 4 { n[count] += 1 }
      guard n[1] > 0, n[2] > 0 else {
        one = 0.5
        two = 0.5
        more = 0.5
        return
      }
      let y = Double(n[1]) / Double(n[1] + 2 * n[2])
      func clamp(_ value: Double, _ top: Double) -> Double { min(top, max(0.05, value)) }
      one = clamp(1 - 2 * y * Double(n[2]) / Double(n[1]), 0.95)
      two = clamp(2 - 3 * y * Double(n[3]) / Double(n[2]), 1.9)
      more = n[3] > 0 ? clamp(3 - 4 * y * Double(n[4]) / Double(n[3]), 2.9) : two
    }

    func of(_ count: Int) -> Double {
      count <= 0 ? 0 : count == 1 ? one : count == 2 ? two : more
    }
  }

  /// The model as text.
  package func write() -> String {
    let unknown = vocabulary[SyllableLanguageModel.unknown] ?? 2
    let start = vocabulary[SyllableLanguageModel.paragraphStart] ?? 0
    // Map rare abbreviations to <unk>: a token that is not lowercase and seen too rarely.
    var mapped = [Int32](repeating: 0, count: tokens.count)
    for (index, token) in tokens.enumerated() {
      let isAbbreviation = !token.hasPrefix("<") && token != token.lowercased()
      mapped[index] =
        isAbbreviation && unigramCount[index] < minimumAbbreviationCount ? unknown : Int32(index)
    }
    func remap2(_ key: UInt64) -> UInt64 {
      let a = mapped[Int(key >> 21)]
      let b = mapped[Int(key & 0x1F_FFFF)]
      return Self.key(a, b)
    }
    func remap3(_ key: UInt64) -> UInt64 {
      let a = mapped[Int(key >> 42)]
      let b = mapped[Int((key >> 21) & 0x1F_FFFF)]
      let c = mapped[Int(key & 0x1F_FFFF)]
      return Self.key(a, b, c)
    }
    var c2: [UInt64: Int] = [:]
    for (key, count) in bigramCount { c2[remap2(key), default: 0] += count }
    var c3: [UInt64: Int] = [:]
    for (key, count) in trigramCount { c3[remap3(key), default: 0] += count }

    // Final vocabulary: kept tokens in id order, renumbered densely.
    var keptIDs: [Int32] = []
    for index in tokens.indices where mapped[index] == Int32(index) {
      keptIDs.append(Int32(index))
    }
    var dense = [Int32](repeating: -1, count: tokens.count)
    for (newID, oldID) in keptIDs.enumerated() { dense[Int(oldID)] = Int32(newID) }

    // Continuation counts.
    var continuation2: [UInt64: Int] = [:]  // N1+(• v w)
    for key in c3.keys { continuation2[key & 0x3FF_FFFF_FFFF, default: 0] += 1 }
    var a2: [UInt64: Int] = [:]
    for (key, count) in c2 {
      let v = Int32(key >> 21)
      a2[key] = v == start ? count : (continuation2[key] ?? count)
    }
    var continuation1 = [Int](repeating: 0, count: tokens.count)  // N1+(• w)
    for key in c2.keys { continuation1[Int(key & 0x1F_FFFF)] += 1 }
    let continuationTotal = Double(max(1, continuation1.reduce(0, +)))
    let vocabularySize = Double(keptIDs.count)
    var p1 = [Double](repeating: 0, count: tokens.count)
    for id in keptIDs {
      p1[Int(id)] =
        0.99 * Double(continuation1[Int(id)]) / continuationTotal + 0.01 / vocabularySize
    }

    let d2 = Discounts(a2.values)
    let d3 = Discounts(c3.values)
    var denominator2: [Int32: Int] = [:]
    var mass2: [Int32: Double] = [:]  // sum of discounts taken in the context
    for (key, count) in a2 where count > 0 {
      denominator2[Int32(key >> 21), default: 0] += count
      mass2[Int32(key >> 21), default: 0] += d2.of(count)
    }
    func gamma2(_ v: Int32) -> Double {
      guard let total = denominator2[v], total > 0 else { return 1 }
      return (mass2[v] ?? 0) / Double(total)
    }
    func p2(_ w: Int32, _ v: Int32) -> Double {
      let lower = p1[Int(w)]
      guard let total = denominator2[v], total > 0 else { return lower }
      let count = a2[Self.key(v, w)] ?? 0
      return max(Double(count) - d2.of(count), 0) / Double(total) + gamma2(v) * lower
    }
    var denominator3: [UInt64: Int] = [:]
    var mass3: [UInt64: Double] = [:]
    for (key, count) in c3 {
      denominator3[key >> 21, default: 0] += count
      mass3[key >> 21, default: 0] += d3.of(count)
    }
    func gamma3(_ context: UInt64) -> Double {
      guard let total = denominator3[context], total > 0 else { return 1 }
      return (mass3[context] ?? 0) / Double(total)
    }

    var out = "# kehoach syllable trigram language model: interpolated Kneser-Ney, backoff form,\n"
    out += "# log10 probabilities. Built by `swift run kehoach-tables build` from Corpus/.\n"
    out +=
      "# tokens \(tokenTotal); discounts (1, 2, 3+): bigrams \(Self.fixed(d2.one))"
      + " \(Self.fixed(d2.two)) \(Self.fixed(d2.more)), trigrams \(Self.fixed(d3.one))"
      + " \(Self.fixed(d3.two)) \(Self.fixed(d3.more))\n"
    out += "\\unigrams \(keptIDs.count)\n"
    for id in keptIDs {
      let logProb = id == start ? -99.0 : log10(p1[Int(id)])
      out += "\(tokens[Int(id)])\t\(Self.fixed(logProb))\t\(Self.fixed(log10(gamma2(id))))\n"
    }
    let bigramKeys = c2.keys.sorted {
      (dense[Int($0 >> 21)], dense[Int($0 & 0x1F_FFFF)]) < (
        dense[Int($1 >> 21)], dense[Int($1 & 0x1F_FFFF)]
      )
    }
    out += "\\bigrams \(bigramKeys.count)\n"
    for key in bigramKeys {
      let v = Int32(key >> 21)
      let w = Int32(key & 0x1F_FFFF)
      out +=
        "\(dense[Int(v)]) \(dense[Int(w)])\t\(Self.fixed(log10(p2(w, v))))\t\(Self.fixed(log10(gamma3(key))))\n"
    }
    let trigramKeys = c3.keys.sorted {
      (dense[Int($0 >> 42)], dense[Int(($0 >> 21) & 0x1F_FFFF)], dense[Int($0 & 0x1F_FFFF)])
        < (dense[Int($1 >> 42)], dense[Int(($1 >> 21) & 0x1F_FFFF)], dense[Int($1 & 0x1F_FFFF)])
    }
    out += "\\trigrams \(trigramKeys.count)\n"
    for key in trigramKeys {
      let u = Int32(key >> 42)
      let v = Int32((key >> 21) & 0x1F_FFFF)
      let w = Int32(key & 0x1F_FFFF)
      let context = key >> 21
      let total = Double(denominator3[context] ?? 1)
      let count = c3[key] ?? 0
      let p = max(Double(count) - d3.of(count), 0) / total + gamma3(context) * p2(w, v)
      out += "\(dense[Int(u)]) \(dense[Int(v)]) \(dense[Int(w)])\t\(Self.fixed(log10(p)))\n"
    }
    return out
  }

  private static func fixed(_ value: Double) -> String {
    let rounded = (value * 10000).rounded() / 10000
    if rounded == 0 { return "0" }
    return String(format: "%.4f", rounded)
  }
}
