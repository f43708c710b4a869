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

    USAGE: kehoach parse <file|->... [--format json|jsonl|markdown] [--output FILE]
                         [--strict] [--no-normalize] [--stdin-name NAME]

    ARGUMENTS:
      <file|->             Plans to read; '-' reads standard input.

    OPTIONS:
      --format json        One JSON document (an array for several inputs) (default).
      --format jsonl       One JSON line per input.
      --format markdown    A readable summary with tables and source lines.
      --output FILE        Write to FILE (atomically) instead of standard output.
      --strict             Exit 1 when any input has warnings (such as: not a plan).
      --no-normalize       Read the text as written: decode it, repair nothing.
      --stdin-name NAME    The name used for standard input.
      -h, --help           Show this help.

    EXIT STATUS: 0 success; 1 warnings with --strict; 2 usage error or unreadable input.
    """

  package static func run(_ arguments: [String], console: Console) -> Int32 {
    let parsed: ParsedArguments
    let format: String
    do {
      parsed = try ParsedArguments(
        arguments, valued: ["--format", "--output", "--stdin-name"],
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
    var status: Int32 = 0
    var plans: [Plan] = []
    for path in parsed.positional {
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
