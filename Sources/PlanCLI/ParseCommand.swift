import Foundation
import PlanExtract
import PlanModel
import PlanNormalize

/// `kehoach parse`: plan text in, the typed plan model out.
package struct ParseCommand {
  package static let name = "parse"
  package static let abstract = "Read plans into the typed plan model (JSON or a Markdown summary)."
  package static let help = """
    OVERVIEW: \(abstract)

    Each input is normalized first (encodings, OCR damage), then its header, cited
    documents, outline, goals, indicators, agencies with their assignments, and deadlines
    are read, each with its line and column in the input file.

    USAGE: kehoach parse <file|dir|->... [--format json|jsonl|markdown] [--output FILE]
                         [--strict] [--no-normalize] [--stdin-name NAME] [--jobs N]

    ARGUMENTS:
      <file|dir|->         Plans to read; folders are walked for .txt and .md files;
                           '-' reads standard input.

    OPTIONS:
      --format json        One JSON document (an array for several inputs) (default).
      --format jsonl       One JSON line per input, in input order, parsed on all cores;
                           an {"error", "path"} line for a file that fails; progress
                           on a terminal and a summary on standard error.
      --jobs N             Parallel workers for jsonl (default: the number of cores).
      --format markdown    A readable summary with tables and source lines.
      --output FILE        Write to FILE (atomically) instead of standard output.
      --strict             Exit 1 when any input has warnings (such as: not a plan).
      --no-normalize       Read the text as written: decode it, repair nothing.
      --stdin-name NAME    The name used for standard input.
      -h, --help           Show this help.

    EXIT STATUS: 0 success; 1 warnings with --strict, or any file failed with jsonl;
    2 usage error or unreadable input.
    """

  package static func run(_ arguments: [String], console: Console) -> Int32 {
    let parsed: ParsedArguments
    let format: String
    do {
      parsed = try ParsedArguments(
        arguments, valued: ["--format", "--output", "--stdin-name", "--jobs"],
        flags: ["--help", "--strict", "--no-normalize"])
      if parsed.flags.contains("--help") {
        console.write(help + "\n")
        return 0
      }
      format = try parsed.choice("--format", ["json", "jsonl", "markdown"]) ?? "json"
      guard !parsed.positional.isEmpty else {
        throw UsageError("missing input file (use '-' for standard input)")
      }
    } catch let error as UsageError {
      return CommandLineTool.usageFailure(error.message, command: name, console: console)
    } catch {
      return CommandLineTool.usageFailure("\(error)", command: name, console: console)
    }
    var normalizer: Normalizer?
    if !parsed.flags.contains("--no-normalize") {
      do {
        normalizer = Normalizer(tables: try NormalizerTables.shared())
      } catch {
        console.error("error: cannot load the normalizer tables: \(error)\n")
        return 2
      }
    }
    if format == "jsonl" {
      return runBatch(parsed, tables: normalizer?.tables, console: console)
    }
    var status: Int32 = 0
    var plans: [Plan] = []
    for path in BatchParse.expand(parsed.positional) {
      let display = InputFile.displayName(path, stdinName: parsed.options["--stdin-name"])
      do {
        let bytes = try InputFile.read(path, console: console)
        let result =
          try normalizer?.normalize(bytes: bytes) ?? Normalizer.decodeOnly(bytes: bytes)
        let plan = PlanExtractor.extract(result, path: display)
        for warning in plan.warnings {
          let location = warning.span.map { ":\($0.line):\($0.column)" } ?? ""
          console.error("\(display)\(location): warning: \(warning.message) [\(warning.id)]\n")
        }
        if parsed.flags.contains("--strict") && !plan.warnings.isEmpty { status = max(status, 1) }
        plans.append(plan)
      } catch {
        status = InputFile.report(error, input: display, console: console)
      }
    }
    // No input could be read: nothing to print (the errors are on standard error).
    if plans.isEmpty { return status }
    let output: String
    switch format {
    case "jsonl":
      output = plans.map { PlanJSON.compact($0) + "\n" }.joined()
    case "markdown":
      output = plans.map(PlanMarkdown.render).joined(separator: "\n")
    default:
      output =
        plans.count == 1 ? PlanJSON.pretty(plans[0]) + "\n" : PlanJSON.prettyArray(plans) + "\n"
    }
    if let failure = CommandOutput.emit(output, to: parsed.options["--output"], console: console) {
      return failure
    }
    return status
  }
}

extension ParseCommand {
  /// `--format jsonl`: folders walked, files parsed in parallel, one line per file in input
  /// order (an error line for a file that fails), progress on a terminal, a summary at the end.
  /// Exit 0, or 1 when any file failed (or had warnings, with --strict).
  static func runBatch(_ parsed: ParsedArguments, tables: NormalizerTables?, console: Console)
    -> Int32
  {
    let start = Date()
    var inputs: [BatchParse.Input] = []
    for path in BatchParse.expand(parsed.positional) {
      let display = InputFile.displayName(path, stdinName: parsed.options["--stdin-name"])
      inputs.append(
        .init(path: path, display: display, bytes: path == "-" ? console.readStandardInput() : nil))
    }
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    if let text = parsed.options["--jobs"] {
      guard let value = Int(text), value >= 1 else {
        return CommandLineTool.usageFailure(
          "invalid --jobs '\(text)'; expected a number of workers, 1 or more", command: name,
          console: console)
      }
      jobs = value
    }
    let batch = BatchParse(inputs: inputs, tables: tables, jobs: jobs)
    var file: StreamingOutputFile?
    if let path = parsed.options["--output"] {
      do {
        file = try StreamingOutputFile(path: path)
      } catch {
        console.error("error: \((error as? InputFileError)?.message ?? "\(error)")\n")
        return 2
      }
    }
    var failed = 0
    var plans = 0
    var indicators = 0
    var warnings = 0
    var bytes = 0
    batch.run { index, outcome in
      // Streamed as it comes: memory follows the largest file, not the number of files.
      if let file { file.write(outcome.line + "\n") } else { console.write(outcome.line + "\n") }
      if outcome.failed { failed += 1 }
      if outcome.isPlan { plans += 1 }
      indicators += outcome.indicators
      warnings += outcome.failed ? 0 : outcome.warnings.count
      bytes += outcome.bytes
      if console.errorIsTerminal {
        let elapsed = max(Date().timeIntervalSince(start), 1e-6)
        let done = index + 1
        let remaining = elapsed / Double(done) * Double(inputs.count - done)
        console.error(
          String(
            format: "\r%d/%d files, %.2f MB/s, ETA %.0f s ", done, inputs.count,
            Double(bytes) / 1_000_000 / elapsed, remaining))
      }
      for line in outcome.warnings { console.error(line + "\n") }
    }
    if let file {
      do {
        try file.commit()
      } catch {
        console.error("error: \((error as? InputFileError)?.message ?? "\(error)")\n")
        return 2
      }
    }
    let seconds = Date().timeIntervalSince(start)
    console.error(
      (console.errorIsTerminal ? "\r" : "")
        + String(
          format:
            "%d files, %d plans, %d indicators, %d warnings, %d errors in %.2f s (%.2f MB/s),"
            + " peak memory %.0f MB\n",
          inputs.count, plans, indicators, warnings, failed, seconds,
          Double(bytes) / 1_000_000 / max(seconds, 1e-6), BenchCommand.peakMemoryMegabytes()))
    if failed > 0 { return 1 }
    return parsed.flags.contains("--strict") && warnings > 0 ? 1 : 0
  }
}

/// Plan JSON with sorted keys: the same plan gives the same bytes.
enum PlanJSON {
  static func pretty(_ plan: Plan) -> String {
    (try? plan.jsonData()).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
  }

  static func prettyArray(_ plans: [Plan]) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return (try? encoder.encode(plans)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
  }

  static func compact(_ plan: Plan) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return (try? encoder.encode(plan)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
  }
}
