import Foundation
import PlanExtract
import PlanNormalize

/// `kehoach-bench`: release-build benchmark of the pipeline stages, figures printed.
package enum BenchCommand {
  package static let help = """
    OVERVIEW: Benchmark the normalizer and the parser on a synthetic corpus from Corpus/.

    USAGE: swift run -c release kehoach-bench [--corpus DIR] [--megabytes N]
                                              [--stage all|clean|damaged|parse|hostile|validate|check|pipeline]
                                              [--json]

    Builds N MB (default 4) of clean text from the clean corpus documents and N MB of
    OCR-damaged text from the scans and OCR pairs, normalizes each single-threaded as
    `kehoach normalize` does without --report, and prints table load time (best of five),
    syllables/s, MB/s and peak memory.

    The parse figure times `kehoach parse` after normalization: the clean text is
    normalized first (not timed), then each document is read into the plan model.

    --stage validate reads, schema-validates and rule-checks one N MB plan JSON (MB/s for
    each step and together), then validates 1,000 small plan files in one run.

    --stage pipeline runs normalize, parse, validate and check over an N MB corpus (use 20
    or more), its clean and OCR-damaged halves apart with the whole pipeline's rate for
    each, and batch parsing with one worker and with all cores.

    --stage check times a plan against 10,000 results (read, match, verdicts, coverage,
    findings, JSON report).

    --stage hostile times inputs made to be hard at N and 2N MB: one OCR-damaged line,
    and lines of a few words each; the time ratio should be about 2 (linear time).
    """

  package struct Figures: Codable {
    var tableLoadMilliseconds: Double
    var clean: Stage
    var damaged: Stage
    var parse: ParseStage
    var peakMemoryMegabytes: Double
  }

  package struct ParseStage: Codable {
    var megabytes: Double
    var documents: Int
    var seconds: Double
    var megabytesPerSecond: Double
    /// Indicators, agencies, assignments and deadlines read.
    var items: Int
  }

  package struct Stage: Codable {
    var megabytes: Double
    var syllables: Int
    var seconds: Double
    var syllablesPerSecond: Double
    var megabytesPerSecond: Double
    var repairedSyllables: Int
  }

  package static func run(_ arguments: [String], console: Console) -> Int32 {
    let parsed: ParsedArguments
    do {
      parsed = try ParsedArguments(
        arguments, valued: ["--corpus", "--megabytes", "--stage"], flags: ["--json", "--help"])
    } catch {
      console.error("error: \(error.message)\n")
      return 2
    }
    if parsed.flags.contains("--help") {
      console.write(help + "\n")
      return 0
    }
    let corpus = URL(fileURLWithPath: parsed.options["--corpus"] ?? "Corpus")
    let megabytes = max(0.1, Double(parsed.options["--megabytes"] ?? "4") ?? 4)
    let json = parsed.flags.contains("--json")
    do {
      let stage = parsed.options["--stage"] ?? "all"
      // Stages that need neither the corpus texts nor the tables run first.
      if stage == "check" {
        console.write(try CheckBench.run(corpus: corpus))
        return 0
      }
      if stage == "validate" {
        let figures = try ValidateBench.run(corpus: corpus, megabytes: megabytes)
        write(figures, json: json, console: console, text: ValidateBench.text)
        return 0
      }
      let documents = corpus.appendingPathComponent("documents")
      let pairs = corpus.appendingPathComponent("ocr-pairs")
      let clean = try texts(
        in: documents, matching: { !$0.hasPrefix("000") && !$0.hasPrefix("004") })
      let damaged =
        try texts(in: documents, matching: { $0.hasPrefix("000") || $0.hasPrefix("004") })
        + texts(in: pairs, matching: { $0.hasSuffix(".ocr.txt") })
      if stage == "pipeline" {
        let figures = try PipelineBench.run(megabytes: megabytes, clean: clean, damaged: damaged)
        write(figures, json: json, console: console, text: PipelineBench.text)
        return 0
      }
      // Best of five loads: the file cache is warm after the first, as in repeated runs.
      var tables = try NormalizerTables()
      var loadTime = Double.infinity
      for _ in 0..<5 {
        let loadStart = Date()
        let loaded = try NormalizerTables()
        let elapsed = Date().timeIntervalSince(loadStart)
        if elapsed < loadTime {
          loadTime = elapsed
          tables = loaded
        }
      }
      if stage == "hostile" {
        console.write(hostile(tables: tables, damaged: damaged, megabytes: megabytes))
        return 0
      }
      // Built once: the clean text serves the normalize and the parse figures.
      let cleanText = stage == "damaged" ? [] : synthetic(clean, megabytes: megabytes)
      let cleanFigures = measure(
        stage == "parse" ? [] : cleanText, tables: tables,
        options: NormalizationOptions(collectsEdits: false))
      let damagedFigures = measure(
        stage == "clean" || stage == "parse" ? [] : synthetic(damaged, megabytes: megabytes),
        tables: tables,
        options: NormalizationOptions(ocrRepair: true, collectsEdits: false))
      let parseFigures = measureParse(
        stage == "clean" ? [] : cleanText, tables: tables)
      let figures = Figures(
        tableLoadMilliseconds: loadTime * 1000, clean: cleanFigures, damaged: damagedFigures,
        parse: parseFigures, peakMemoryMegabytes: peakMemoryMegabytes())
      if json {
        writeJSON(figures, console: console)
      } else {
        let parts = tables.loadMilliseconds.map {
          String(format: "%@ %.1f", $0.part, $0.milliseconds)
        }
        console.write(
          String(format: "table load: %.1f ms (", figures.tableLoadMilliseconds)
            + parts.joined(separator: ", ") + ")\n")
        for (name, stage) in [("clean", cleanFigures), ("ocr-damaged", damagedFigures)] {
          console.write(
            String(
              format: "normalize %@: %.1f MB, %d syllables in %.2f s: %.0f syllables/s, %.2f MB/s"
                + " (%d repaired)\n",
              name, stage.megabytes, stage.syllables, stage.seconds, stage.syllablesPerSecond,
              stage.megabytesPerSecond, stage.repairedSyllables))
        }
        console.write(
          String(
            format: "parse clean (after normalization): %.1f MB, %d documents in %.2f s:"
              + " %.2f MB/s (%d items)\n",
            parseFigures.megabytes, parseFigures.documents, parseFigures.seconds,
            parseFigures.megabytesPerSecond, parseFigures.items))
        console.write(String(format: "peak memory: %.0f MB\n", figures.peakMemoryMegabytes))
      }
      return 0
    } catch {
      console.error("error: \(error)\n")
      return 2
    }
  }

  /// Hostile inputs at two sizes, with the time ratio (about 2 when time is linear).
  private static func hostile(tables: NormalizerTables, damaged: [String], megabytes: Double)
    -> String
  {
    let base = damaged.joined(separator: " ").replacingOccurrences(of: "\n", with: " ")
    guard !base.isEmpty else { return "no damaged text to build inputs from\n" }
    func oneLine(_ size: Int) -> String {
      var text = ""
      while text.utf8.count < size { text += base }
      return String(text.utf8.prefix(size)) ?? text
    }
    func shortLines(_ size: Int) -> String {
      let pieces = ["cai nghién ma tay", "Kế hoạch", "", "12/2024", "1/1/1/1/1", "- - - -"]
      var lines: [String] = []
      var total = 0
      var index = 0
      while total < size {
        let piece = pieces[index % pieces.count]
        lines.append(piece)
        total += piece.utf8.count + 1
        index += 1
      }
      return lines.joined(separator: "\n")
    }
    let size = Int(megabytes * 1_000_000)
    var out = ""
    for (name, make) in [("one OCR line", oneLine), ("short lines", shortLines)] {
      var seconds: [Double] = []
      for factor in [1, 2] {
        let text = make(size * factor)
        let normalizer = Normalizer(tables: tables)
        let start = Date()
        _ = normalizer.normalize(text: text, options: NormalizationOptions(collectsEdits: false))
        seconds.append(Date().timeIntervalSince(start))
      }
      out += String(
        format: "%@: %.1f MB %.2f s, %.1f MB %.2f s, ratio %.2f\n", name, megabytes, seconds[0],
        megabytes * 2, seconds[1], seconds[1] / max(seconds[0], 1e-9))
    }
    out += HostileBench.run(megabytes: megabytes, words: String(base.prefix(2000)))
    out += String(format: "peak memory: %.0f MB\n", peakMemoryMegabytes())
    return out
  }

  /// Figures as sorted, pretty JSON (`--json`) or as the stage's text.
  private static func write<Figures: Encodable>(
    _ figures: Figures, json: Bool, console: Console, text: (Figures) -> String
  ) {
    if json { writeJSON(figures, console: console) } else { console.write(text(figures)) }
  }

  private static func writeJSON(_ figures: some Encodable, console: Console) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    console.write(String(decoding: (try? encoder.encode(figures)) ?? Data(), as: UTF8.self) + "\n")
  }

  private static func texts(in folder: URL, matching: (String) -> Bool) throws -> [String] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    return names.filter { $0.hasSuffix(".txt") && matching($0) }.compactMap { name in
      FileManager.default.contents(atPath: folder.appendingPathComponent(name).path).map {
        String(decoding: $0, as: UTF8.self)
      }
    }
  }

  /// Repeats the documents, each as its own block, up to the size asked for.
  private static func synthetic(_ documents: [String], megabytes: Double) -> [String] {
    guard !documents.isEmpty else { return [] }
    var result: [String] = []
    var size = 0
    let target = Int(megabytes * 1_000_000)
    var index = 0
    while size < target {
      let document = documents[index % documents.count]
      result.append(document)
      size += document.utf8.count
      index += 1
    }
    return result
  }

  private static func measure(
    _ documents: [String], tables: NormalizerTables, options: NormalizationOptions
  ) -> Stage {
    let normalizer = Normalizer(tables: tables)
    let bytes = documents.reduce(0) { $0 + $1.utf8.count }
    var syllables = 0
    var repaired = 0
    let start = Date()
    for document in documents {
      let result = normalizer.normalize(text: document, options: options)
      syllables += result.summary.syllables
      repaired += result.summary.repairedSyllables
    }
    let seconds = max(Date().timeIntervalSince(start), 1e-9)
    return Stage(
      megabytes: Double(bytes) / 1_000_000, syllables: syllables, seconds: seconds,
      syllablesPerSecond: Double(syllables) / seconds,
      megabytesPerSecond: Double(bytes) / 1_000_000 / seconds, repairedSyllables: repaired)
  }

  /// Normalizes the documents (not timed), then times reading each into the plan model.
  private static func measureParse(_ documents: [String], tables: NormalizerTables)
    -> ParseStage
  {
    let normalizer = Normalizer(tables: tables)
    let normalized = documents.map { normalizer.normalize(text: $0) }
    let bytes = documents.reduce(0) { $0 + $1.utf8.count }
    var items = 0
    let start = Date()
    for (index, result) in normalized.enumerated() {
      let plan = PlanExtractor.extract(result, path: "bench-\(index).txt")
      items +=
        plan.indicators.count + plan.agencies.count + plan.assignments.count
        + plan.deadlines.count
    }
    let seconds = max(Date().timeIntervalSince(start), 1e-9)
    return ParseStage(
      megabytes: Double(bytes) / 1_000_000, documents: documents.count, seconds: seconds,
      megabytesPerSecond: Double(bytes) / 1_000_000 / seconds, items: items)
  }

  /// Peak resident memory of the process so far: `VmHWM` from `/proc/self/status` (this
  /// program's own address space, not the parent's it was forked from), else `getrusage`.
  package static func peakMemoryMegabytes() -> Double {
    if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
      let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
    {
      return kilobytes / 1024
    }
    var usage = rusage()
    getrusage(0, &usage)  // RUSAGE_SELF
    return Double(usage.ru_maxrss) / 1024
  }
}
