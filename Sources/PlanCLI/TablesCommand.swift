import Foundation
import PlanNormalize
import PlanTables

/// `kehoach-tables`: rebuilds the learned tables from `Corpus/` and measures accuracy.
package enum TablesCommand {
  package static let help = """
    OVERVIEW: Build the normalizer's learned tables and measure OCR repair accuracy.

    USAGE: kehoach-tables build    [--corpus DIR] [--tables DIR]
           kehoach-tables accuracy [--corpus DIR] [--tables DIR] [--show-errors N]
                                   [--differences N]

    score     Print the language-model and channel scores of a phrase (for tuning):
              kehoach-tables score "ma túy" [--ocr "ma tay"]
    build     Rebuild Tables/syllable-lm.txt and Tables/ocr-channel.txt from the corpus.
    accuracy  Print the syllable error rate of raw OCR and of repaired text on the pairs in
              Corpus/ocr-pairs, held-out lines apart.

    Defaults: --corpus Corpus, --tables Sources/PlanNormalize/Tables (run from the repository).
    """

  package static func run(_ arguments: [String], console: Console) -> Int32 {
    guard let sub = arguments.first, ["build", "accuracy", "score"].contains(sub) else {
      if arguments.first == "--help" || arguments.first == "-h" {
        console.write(help + "\n")
        return 0
      }
      console.error("error: expected 'build' or 'accuracy'\n\(help)\n")
      return 2
    }
    let parsed: ParsedArguments
    do {
      parsed = try ParsedArguments(
        Array(arguments.dropFirst()),
        valued: [
          "--corpus", "--tables", "--show-errors", "--ocr", "--show-errors-scans", "--differences",
        ],
        flags: ["--help"])
    } catch {
      console.error("error: \(error.message)\n")
      return 2
    }
    let corpus = URL(fileURLWithPath: parsed.options["--corpus"] ?? "Corpus", isDirectory: true)
    let tables = URL(
      fileURLWithPath: parsed.options["--tables"] ?? "Sources/PlanNormalize/Tables",
      isDirectory: true)
    do {
      if sub == "build" {
        let start = Date()
        let report = try TableBuilder(corpus: corpus, tables: tables).build {
          console.error($0 + "\n")
        }
        console.write(
          "built tables in \(tables.path): \(report.paragraphs) paragraphs, \(report.tokens) tokens,"
            + " \(report.heldOutLines) held-out lines, \(report.autocorrectLinesSkipped)"
            + " autocorrect-suspect lines skipped; \(report.wordPairs) OCR word pairs,"
            + " \(report.channelEntries) channel entries;"
            + String(format: " %.1f s\n", Date().timeIntervalSince(start)))
        return 0
      }
      let loaded = try NormalizerTables(directory: tables)
      if sub == "score" {
        console.write(
          TableInspector(tables: loaded).describe(
            parsed.positional.joined(separator: " "), ocr: parsed.options["--ocr"]))
        return 0
      }
      let normalizer = Normalizer(tables: loaded)
      let harness = AccuracyHarness(normalizer: normalizer)
      var shown = 0
      let limit = Int(parsed.options["--show-errors"] ?? "0") ?? 0
      var results: [AccuracyHarness.FileResult] = []
      for file in try OCRPairFile.load(corpus: corpus) {
        results.append(
          harness.measure(file) { gold, ocr, repaired in
            guard shown < limit else { return }
            shown += 1
            console.error("gold:     \(gold)\nocr:      \(ocr)\nrepaired: \(repaired)\n\n")
          })
      }
      var scans: [AccuracyHarness.FileResult] = []
      for file in try OCRPairFile.loadScans(corpus: corpus) {
        scans.append(
          harness.measure(file, everyLineHeldOut: true) { gold, ocr, repaired in
            guard shown < limit, parsed.options["--show-errors-scans"] != nil else { return }
            shown += 1
            console.error("gold:     \(gold)\nocr:      \(ocr)\nrepaired: \(repaired)\n\n")
          })
      }
      console.write(AccuracyHarness.render(results, scans: scans))
      if let count = parsed.options["--differences"].flatMap(Int.init) {
        console.write("\nmost frequent held-out differences (gold => repaired):\n")
        console.write(AccuracyHarness.renderDifferences(results, limit: count))
        console.write("\nmost frequent real-scan differences (truth => repaired):\n")
        console.write(AccuracyHarness.renderDifferences(scans, limit: count))
      }
      return 0
    } catch {
      console.error("error: \(error)\n")
      return 2
    }
  }
}
