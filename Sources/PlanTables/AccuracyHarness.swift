import Foundation
import PlanNormalize

/// Measures the syllable error rate of raw OCR and of repaired text on the OCR pairs.
///
/// The error of a line is the token edit distance between its tokens and the gold line's;
/// the rate is the sum over lines divided by the number of gold tokens. Lines held out of
/// table building (`HeldOutSplit`) are counted separately.
package struct AccuracyHarness {
  package struct Tally: Sendable {
    package var goldTokens = 0
    package var rawErrors = 0
    package var repairedErrors = 0
    package var lines = 0

    package mutating func add(_ other: Tally) {
      goldTokens += other.goldTokens
      rawErrors += other.rawErrors
      repairedErrors += other.repairedErrors
      lines += other.lines
    }

    package var rawRate: Double { goldTokens == 0 ? 0 : Double(rawErrors) / Double(goldTokens) }
    package var repairedRate: Double {
      goldTokens == 0 ? 0 : Double(repairedErrors) / Double(goldTokens)
    }
  }

  package struct FileResult: Sendable {
    package var name: String
    package var heldOut = Tally()
    package var training = Tally()
    /// Held-out errors as (gold tokens, repaired tokens) differences, with counts.
    package var heldOutDiffs: [String: Int] = [:]
  }

  package let normalizer: Normalizer

  package init(normalizer: Normalizer) { self.normalizer = normalizer }

  /// Repairs each pair file's OCR text as one document and scores it line by line.
  ///
  /// - Parameter everyLineHeldOut: count every line as held out (the real scans, which no
  ///   table is built from).
  package func measure(
    _ file: OCRPairFile, everyLineHeldOut: Bool = false,
    errorsOut: ((String, String, String) -> Void)? = nil
  ) -> FileResult {
    let text = file.ocr.joined(separator: "\n")
    // Real scans are normalized as a user would (damage detected); pairs are known OCR.
    let options = NormalizationOptions(ocrRepair: everyLineHeldOut ? nil : true)
    let repaired = normalizer.normalize(text: text, options: options)
      .text.components(separatedBy: "\n")
    var result = FileResult(name: file.name)
    for index in file.gold.indices {
      let gold = evaluationTokens(file.gold[index])
      if gold.isEmpty { continue }
      let raw = evaluationTokens(file.ocr[index])
      let fixed = evaluationTokens(index < repaired.count ? repaired[index] : "")
      var tally = Tally()
      tally.goldTokens = gold.count
      tally.rawErrors = tokenEditDistance(gold, raw)
      tally.repairedErrors = tokenEditDistance(gold, fixed)
      tally.lines = 1
      if everyLineHeldOut || HeldOutSplit.isHeldOut(file.gold[index]) {
        result.heldOut.add(tally)
        for (goldSpan, fixedSpan) in differences(gold, fixed) {
          result.heldOutDiffs["\(goldSpan) => \(fixedSpan)", default: 0] += 1
        }
        if tally.repairedErrors > 0 {
          errorsOut?(
            file.gold[index], file.ocr[index], index < repaired.count ? repaired[index] : "")
        }
      } else {
        result.training.add(tally)
      }
    }
    return result
  }

  /// The differing runs of a token-level alignment, as (gold, repaired) strings.
  private func differences(_ gold: [String], _ fixed: [String]) -> [(String, String)] {
    let n = gold.count
    let m = fixed.count
    var cost = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
    for i in 0...n { cost[i][0] = i }
    for j in 0...m { cost[0][j] = j }
    if n > 0 && m > 0 {
      for i in 1...n {
        for j in 1...m {
          cost[i][j] = min(
            cost[i - 1][j] + 1, cost[i][j - 1] + 1,
            cost[i - 1][j - 1] + (gold[i - 1] == fixed[j - 1] ? 0 : 1))
        }
      }
    }
    var result: [(String, String)] = []
    var goldRun: [String] = []
    var fixedRun: [String] = []
    func flush() {
      if !goldRun.isEmpty || !fixedRun.isEmpty {
        result.append(
          (goldRun.reversed().joined(separator: " "), fixedRun.reversed().joined(separator: " ")))
      }
      goldRun = []
      fixedRun = []
    }
    var i = n
    var j = m
    while i > 0 || j > 0 {
      if i > 0, j > 0, gold[i - 1] == fixed[j - 1], cost[i][j] == cost[i - 1][j - 1] {
        flush()
        i -= 1
        j -= 1
      } else if i > 0, j > 0, cost[i][j] == cost[i - 1][j - 1] + 1 {
        goldRun.append(gold[i - 1])
        fixedRun.append(fixed[j - 1])
        i -= 1
        j -= 1
      } else if i > 0, cost[i][j] == cost[i - 1][j] + 1 {
        goldRun.append(gold[i - 1])
        i -= 1
      } else {
        fixedRun.append(fixed[j - 1])
        j -= 1
      }
    }
    flush()
    return result
  }

  /// The most frequent held-out differences over all files.
  package static func renderDifferences(_ results: [FileResult], limit: Int) -> String {
    var total: [String: Int] = [:]
    for result in results {
      for (key, count) in result.heldOutDiffs { total[key, default: 0] += count }
    }
    let sorted = total.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
    return sorted.prefix(limit).map { "\($0.value)\t\($0.key)" }.joined(separator: "\n") + "\n"
  }

  /// A table of the results with totals; `scans` are reported in a section of their own.
  package static func render(_ results: [FileResult], scans: [FileResult] = []) -> String {
    func percent(_ value: Double) -> String { String(format: "%6.2f%%", value * 100) }
    var out =
      "pair file                                  held-out: tokens   raw  repaired"
      + "   | training: tokens   raw  repaired\n"
    var heldOut = Tally()
    var training = Tally()
    for result in results {
      heldOut.add(result.heldOut)
      training.add(result.training)
      out += result.name + String(repeating: " ", count: max(1, 42 - result.name.count))
      out += String(format: "%15d", result.heldOut.goldTokens)
      out += " \(percent(result.heldOut.rawRate)) \(percent(result.heldOut.repairedRate))"
      out += String(format: "   | %15d", result.training.goldTokens)
      out += " \(percent(result.training.rawRate)) \(percent(result.training.repairedRate))\n"
    }
    out += "TOTAL" + String(repeating: " ", count: 37)
    out += String(format: "%15d", heldOut.goldTokens)
    out += " \(percent(heldOut.rawRate)) \(percent(heldOut.repairedRate))"
    out += String(format: "   | %15d", training.goldTokens)
    out += " \(percent(training.rawRate)) \(percent(training.repairedRate))\n"
    out +=
      "held-out syllable error rate: raw \(percent(heldOut.rawRate)), repaired"
      + " \(percent(heldOut.repairedRate)) (\(heldOut.repairedErrors) errors in"
      + " \(heldOut.goldTokens) tokens, \(heldOut.lines) lines)\n"
    if !scans.isEmpty {
      var all = Tally()
      out += "\nreal scans against hand restorations (never trained on): tokens   raw  repaired\n"
      for scan in scans {
        all.add(scan.heldOut)
        out += scan.name + String(repeating: " ", count: max(1, 50 - scan.name.count))
        out += String(format: "%12d", scan.heldOut.goldTokens)
        out += " \(percent(scan.heldOut.rawRate)) \(percent(scan.heldOut.repairedRate))\n"
      }
      out +=
        "real-scan syllable error rate: raw \(percent(all.rawRate)), repaired"
        + " \(percent(all.repairedRate)) (\(all.repairedErrors) errors in \(all.goldTokens) tokens)\n"
    }
    return out
  }
}
