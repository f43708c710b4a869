import Foundation
import PlanCheck
import PlanExtract
import PlanModel
import PlanNormalize
import PlanValidate

/// `kehoach-bench --stage pipeline`: the whole pipeline on a synthetic corpus.
///
/// The corpus repeats the `Corpus/` documents, clean and OCR-damaged in equal shares, up to
/// the size asked for. Each half runs single-threaded through every stage: normalize, parse,
/// validate (the plan JSON, schema and rules) and check (each plan against results built
/// from its own indicators); the whole pipeline's rate is the half's size over the sum of its
/// stage times. Then the corpus is written out as files and `kehoach parse DIR --format
/// jsonl` runs as a child process with one worker and with all cores, for the parallel
/// speed-up and the batch's peak memory.
enum PipelineBench {
  struct StageFigures: Codable {
    var stage: String
    var megabytes: Double
    var seconds: Double
    var megabytesPerSecond: Double
    var syllablesPerSecond: Double
    var peakMemoryMegabytes: Double
  }

  /// One half of the corpus through every stage.
  struct HalfFigures: Codable {
    /// `clean` or `ocr-damaged`.
    var text: String
    var megabytes: Double
    var documents: Int
    var syllables: Int
    var stages: [StageFigures]
    /// The half's size over the sum of its stage times: one core, the whole pipeline.
    var wholePipelineMegabytesPerSecond: Double
  }

  struct BatchFigures: Codable {
    var files: Int
    var megabytes: Double
    var oneWorkerSeconds: Double
    var allWorkersSeconds: Double
    var workers: Int
    var speedUp: Double
    var peakMemoryMegabytes: Double
    var largestFileMegabytes: Double
  }

  struct Figures: Codable {
    var corpusMegabytes: Double
    var documents: Int
    var halves: [HalfFigures]
    var batch: BatchFigures?
  }

  static func run(megabytes: Double, clean: [String], damaged: [String]) throws
    -> Figures
  {
    let tables = try NormalizerTables.shared()
    let normalizer = Normalizer(tables: tables)
    let validator = try DocumentValidator(choice: .named("plan"))
    let half = Int(megabytes * 1_000_000 / 2)
    let cleanDocuments = repeated(clean.isEmpty ? damaged : clean, upTo: half)
    let damagedDocuments = repeated(damaged.isEmpty ? clean : damaged, upTo: half)
    let halves = [
      try measure("clean", cleanDocuments, normalizer: normalizer, validator: validator),
      try measure("ocr-damaged", damagedDocuments, normalizer: normalizer, validator: validator),
    ]
    // Both halves, interleaved, for the batch.
    var documents: [String] = []
    for index in 0..<max(cleanDocuments.count, damagedDocuments.count) {
      if index < cleanDocuments.count { documents.append(cleanDocuments[index]) }
      if index < damagedDocuments.count { documents.append(damagedDocuments[index]) }
    }
    let batch = try batchFigures(documents)
    return Figures(
      corpusMegabytes: halves.reduce(0) { $0 + $1.megabytes }, documents: documents.count,
      halves: halves, batch: batch)
  }

  /// `pool` repeated in order until it holds `bytes` bytes.
  private static func repeated(_ pool: [String], upTo bytes: Int) -> [String] {
    var documents: [String] = []
    var size = 0
    while size < bytes, !pool.isEmpty {
      let document = pool[documents.count % pool.count]
      documents.append(document)
      size += document.utf8.count
    }
    return documents
  }

  private static func measure(
    _ text: String, _ documents: [String], normalizer: Normalizer,
    validator: DocumentValidator
  ) throws -> HalfFigures {
    let size = documents.reduce(0) { $0 + $1.utf8.count }
    var stages: [StageFigures] = []

    var start = Date()
    var normalized: [NormalizationResult] = []
    normalized.reserveCapacity(documents.count)
    for document in documents {
      normalized.append(
        normalizer.normalize(text: document, options: NormalizationOptions(collectsEdits: true)))
    }
    let syllables = normalized.reduce(0) { $0 + $1.summary.syllables }
    stages.append(figures("normalize", size, syllables, Date().timeIntervalSince(start)))

    start = Date()
    var plans: [Plan] = []
    for (position, result) in normalized.enumerated() {
      plans.append(PlanExtractor.extract(result, path: "doc-\(position).txt"))
    }
    stages.append(figures("parse", size, syllables, Date().timeIntervalSince(start)))
    normalized = []

    // The plan JSON is written as `kehoach parse` writes it; its writing counts as validation
    // input, not as a stage of its own.
    let jsons = plans.map { Array(PlanJSON.compact($0).utf8) }
    start = Date()
    var problems = 0
    for json in jsons {
      problems += validator.validate(bytes: json, path: "plan.json").problems.count
    }
    stages.append(figures("validate", size, syllables, Date().timeIntervalSince(start)))
    guard problems == 0 else {
      throw InputFileError(message: "parse output failed validation (\(problems) problems)")
    }

    let asOf = CalendarDate(year: 2024, month: 12, day: 31) ?? CalendarDate.today()
    let checker = ComplianceChecker(asOf: asOf)
    start = Date()
    for plan in plans {
      var results = ResultsDocument()
      for (row, indicator) in plan.indicators.enumerated() {
        var result = ReportedResult(row: row + 1, line: row + 2, column: 1)
        result.indicator = indicator.id
        result.value = indicator.target.value
        results.results.append(result)
      }
      _ = checker.check(plan: plan, results: results, planPath: "plan", resultsPath: "results")
    }
    stages.append(figures("check", size, syllables, Date().timeIntervalSince(start)))
    let seconds = stages.reduce(0) { $0 + $1.seconds }
    return HalfFigures(
      text: text, megabytes: Double(size) / 1_000_000, documents: documents.count,
      syllables: syllables, stages: stages,
      wholePipelineMegabytesPerSecond: Double(size) / 1_000_000 / max(seconds, 1e-9))
  }

  private static func figures(_ stage: String, _ bytes: Int, _ syllables: Int, _ seconds: Double)
    -> StageFigures
  {
    let time = max(seconds, 1e-9)
    return StageFigures(
      stage: stage, megabytes: Double(bytes) / 1_000_000, seconds: seconds,
      megabytesPerSecond: Double(bytes) / 1_000_000 / time,
      syllablesPerSecond: Double(syllables) / time,
      peakMemoryMegabytes: BenchCommand.peakMemoryMegabytes())
  }

  /// Runs `kehoach parse DIR --format jsonl` with one worker and with all, as child processes.
  private static func batchFigures(_ documents: [String]) throws -> BatchFigures? {
    let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
      .resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("kehoach")
    guard FileManager.default.isExecutableFile(atPath: executable.path) else { return nil }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kehoach-pipeline-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var largest = 0
    for (index, document) in documents.enumerated() {
      let name = String(format: "doc-%06d.txt", index)
      try Data(document.utf8).write(to: folder.appendingPathComponent(name))
      largest = max(largest, document.utf8.count)
    }
    let workers = ProcessInfo.processInfo.activeProcessorCount
    var peak = 0.0
    func timeBatch(_ jobs: Int) throws -> Double {
      let process = Process()
      process.executableURL = executable
      process.arguments = [
        "parse", folder.path, "--format", "jsonl", "--jobs", String(jobs), "--output", "/dev/null",
      ]
      let errors = Pipe()
      process.standardError = errors
      let start = Date()
      try process.run()
      let summary = String(
        decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      let elapsed = Date().timeIntervalSince(start)
      // The child reports its own peak (`peak memory N MB`) in its summary line.
      if let range = summary.range(of: "peak memory ") {
        let number = summary[range.upperBound...].prefix { $0.isNumber || $0 == "." }
        peak = max(peak, Double(number) ?? 0)
      }
      return elapsed
    }
    let one = try timeBatch(1)
    let all = try timeBatch(workers)
    let size = documents.reduce(0) { $0 + $1.utf8.count }
    return BatchFigures(
      files: documents.count, megabytes: Double(size) / 1_000_000, oneWorkerSeconds: one,
      allWorkersSeconds: all, workers: workers, speedUp: one / max(all, 1e-9),
      peakMemoryMegabytes: peak,
      largestFileMegabytes: Double(largest) / 1_000_000)
  }

  static func text(_ figures: Figures) -> String {
    var out = String(
      format: "pipeline: %.1f MB, %d documents, single-threaded; rates are MB of input text\n",
      figures.corpusMegabytes, figures.documents)
    for half in figures.halves {
      out += String(
        format: "%@ text: %.1f MB, %d documents, %d syllables\n", half.text, half.megabytes,
        half.documents, half.syllables)
      for stage in half.stages {
        out +=
          "  " + stage.stage.padding(toLength: 10, withPad: " ", startingAt: 0)
          + String(
            format: "%7.2f MB/s %10.0f syllables/s  %6.1f s  peak %4.0f MB\n",
            stage.megabytesPerSecond, stage.syllablesPerSecond, stage.seconds,
            stage.peakMemoryMegabytes)
      }
      out += String(
        format: "  whole pipeline %.2f MB/s on one core\n", half.wholePipelineMegabytesPerSecond)
    }
    if let batch = figures.batch {
      out += String(
        format:
          "batch parse (kehoach parse DIR --format jsonl): 1 worker %.1f s, %d workers %.1f s, speed-up %.2fx; peak %.0f MB (largest file %.2f MB)\n",
        batch.oneWorkerSeconds, batch.workers, batch.allWorkersSeconds, batch.speedUp,
        batch.peakMemoryMegabytes, batch.largestFileMegabytes)
    }
    return out
  }
}
