import Foundation
import PlanNormalize

/// Learns the OCR channel table from line-aligned pairs.
///
/// Words are paired by a token-level alignment of each gold line with its OCR line (cost:
/// normalised distance of letter skeletons); then, for a few rounds, each word pair is
/// aligned letter by letter with the current channel and the steps are counted (hard EM).
package struct ChannelTrainer {
  package var rounds = 3
  /// Cost (log10) of a 1:2 or 2:1 step the table does not list yet, during learning.
  package var unseenPairCost: Float = -3.5

  package init() {}

  /// Word pairs (gold lowercase, OCR as read) from the lines that are not held out.
  package static func wordPairs(_ files: [OCRPairFile]) -> [(
    gold: [Unicode.Scalar], ocr: [Unicode.Scalar]
  )] {
    var pairs: [([Unicode.Scalar], [Unicode.Scalar])] = []
    for file in files {
      for (gold, ocr) in zip(file.gold, file.ocr) where !HeldOutSplit.isHeldOut(gold) {
        let goldTokens = evaluationTokens(gold)
        let ocrTokens = evaluationTokens(ocr)
        for (g, o) in alignTokens(goldTokens, ocrTokens) {
          let lower = g.unicodeScalars.map { VietnameseLetters.info($0)?.lowercase ?? $0 }
          guard lower.allSatisfy({ VietnameseLetters.info($0) != nil }) else { continue }
          pairs.append((lower, o.unicodeScalars.map(OCRChannel.fold)))
        }
      }
    }
    return pairs
  }

  private static func skeleton(_ token: String) -> [UInt8] {
    token.unicodeScalars.compactMap { scalar -> UInt8? in
      if let info = VietnameseLetters.info(scalar) { return info.base }
      switch scalar {
      case "6", "0": return UInt8(ascii: "o")
      case "1", "|": return UInt8(ascii: "l")
      case "4": return UInt8(ascii: "a")
      case "$": return UInt8(ascii: "s")
      default: return nil
      }
    }
  }

  /// 1:1 token pairs from a Levenshtein alignment whose skeletons are close enough.
  package static func alignTokens(_ gold: [String], _ ocr: [String]) -> [(String, String)] {
    let n = gold.count
    let m = ocr.count
    guard n > 0, m > 0 else { return [] }
    let goldSkeletons = gold.map(skeleton)
    let ocrSkeletons = ocr.map(skeleton)
    func distance(_ i: Int, _ j: Int) -> Double {
      let a = goldSkeletons[i]
      let b = ocrSkeletons[j]
      let longest = max(a.count, b.count, 1)
      return Double(CandidateGenerator.editDistance(a, b, limit: longest)) / Double(longest)
    }
    let gap = 0.7
    var cost = [[Double]](repeating: [Double](repeating: 0, count: m + 1), count: n + 1)
    for i in 0...n { cost[i][0] = Double(i) * gap }
    for j in 0...m { cost[0][j] = Double(j) * gap }
    for i in 1...n {
      for j in 1...m {
        cost[i][j] = min(
          cost[i - 1][j] + gap, cost[i][j - 1] + gap, cost[i - 1][j - 1] + distance(i - 1, j - 1))
      }
    }
    var pairs: [(String, String)] = []
    var i = n
    var j = m
    while i > 0 && j > 0 {
      let d = distance(i - 1, j - 1)
      if cost[i][j] == cost[i - 1][j - 1] + d {
        if d <= 0.6 { pairs.append((gold[i - 1], ocr[j - 1])) }
        i -= 1
        j -= 1
      } else if cost[i][j] == cost[i - 1][j] + gap {
        i -= 1
      } else {
        j -= 1
      }
    }
    return pairs.reversed()
  }

  /// Learns counts and returns them as table rows.
  package func learn(
    pairs: [(gold: [Unicode.Scalar], ocr: [Unicode.Scalar])], curated: [OCRChannel.Entry]
  ) -> [OCRChannel.Entry] {
    var channel = OCRChannel(entries: curated)
    var learned: [OCRChannel.Entry] = []
    for _ in 0..<rounds {
      var counts: [[Unicode.Scalar]: [[Unicode.Scalar]: Double]] = [:]
      for pair in pairs {
        guard let goldIDs = channel.goldIDs(pair.gold) else { continue }
        let ocrIDs = channel.ocrIDs(pair.ocr)
        var gi = 0
        var oi = 0
        for step in channel.align(ocr: ocrIDs, gold: goldIDs, unseenPairCost: unseenPairCost) {
          let g = Array(pair.gold[gi..<(gi + step.gold)])
          let o = Array(pair.ocr[oi..<(oi + step.ocr)])
          counts[g, default: [:]][o, default: 0] += 1
          gi += step.gold
          oi += step.ocr
        }
      }
      learned = []
      for (gold, row) in counts {
        for (ocr, count) in row {
          // Multi-letter steps need some support before they count.
          if (gold.count != 1 || ocr.count > 1) && count < 3 { continue }
          learned.append(OCRChannel.Entry(gold: gold, ocr: ocr, count: count))
        }
      }
      channel = OCRChannel(entries: learned + curated)
    }
    return learned.sorted {
      let a =
        String(String.UnicodeScalarView($0.gold)) + "\t" + String(String.UnicodeScalarView($0.ocr))
      let b =
        String(String.UnicodeScalarView($1.gold)) + "\t" + String(String.UnicodeScalarView($1.ocr))
      return a < b
    }
  }

  /// The rows as table text.
  package static func write(_ entries: [OCRChannel.Entry], pairCount: Int) -> String {
    var out = "# OCR channel counts: true letter(s) TAB OCR scalar(s) TAB count (∅ = empty).\n"
    out += "# Learned by `swift run kehoach-tables build` from \(pairCount) word pairs in\n"
    out += "# Corpus/ocr-pairs (held-out lines excluded). Do not edit: rebuild instead.\n"
    for entry in entries {
      let gold =
        entry.gold.isEmpty
        ? String(OCRChannel.emptyMarker) : String(String.UnicodeScalarView(entry.gold))
      let ocr =
        entry.ocr.isEmpty
        ? String(OCRChannel.emptyMarker) : String(String.UnicodeScalarView(entry.ocr))
      out += "\(gold)\t\(ocr)\t\(Int(entry.count))\n"
    }
    return out
  }
}
