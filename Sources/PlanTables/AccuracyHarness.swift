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
        if tally.repairedErrors > 0 {
          errorsOut?(file.gold[index], file.ocr[index], index < repaired.count ? repaired[index] : "")
        }
      } else {
        result.training.add(tally)
      }
    }
    return result
  }

  /// A table of the results with totals; `scans` are reported in a section of their own.
  package static func render(_ results: [FileResult], scans: [FileResult] = []) -> String {
    func percent(_ value: Double) -> String { String(format: "%6.2f%%", value * 100) }
    var out = "pair file                                  held-out: tokens   raw  repaired"
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
    out += "held-out syllable error rate: raw \(percent(heldOut.rawRate)), repaired"
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
      out += "real-scan syllable error rate: raw \(percent(all.rawRate)), repaired"
        + " \(percent(all.repairedRate)) (\(all.repairedErrors) errors in \(all.goldTokens) tokens)\n"
    }
    return out
  }
}
