import Foundation
import PlanNormalize
import PlanText

/// `kehoach normalize`: repairs encodings and OCR damage, keeping every line in place.
package struct NormalizeCommand {
  package static let name = "normalize"
  package static let abstract = "Repair the encoding and OCR damage of a Vietnamese text."
  package static let help = """
    OVERVIEW: \(abstract)

    Output line k is the repair of input line k, so later source spans map back to the
    input. Clean Vietnamese passes through unchanged. A summary goes to standard error.

    USAGE: kehoach normalize <file|-> [--output FILE] [--report FILE] [--format text|json]
                             [--tone-style old|new] [--ocr auto|on|off] [--stdin-name NAME]
                             [--quiet]

    ARGUMENTS:
      <file|->             The text to normalize; '-' reads standard input.

    OPTIONS:
      --output FILE        Write the text to FILE (atomically) instead of standard output.
      --report FILE        Write the edit report (JSON: every change with line, column,
                           before, after, kind and confidence) to FILE.
      --format text|json   'json' prints the report with the text instead of the text alone.
      --tone-style old|new Write every syllable in one tone style (old: hòa, new: hoà).
                           Default: keep each as written.
      --ocr auto|on|off    OCR repair: decided from the text (default), forced, or off.
      --stdin-name NAME    The name used for standard input in messages.
      --quiet              No summary line.
      -h, --help           Show this help.

    EXIT STATUS: 0 success; 2 usage error or unreadable input (binary, undecodable bytes).
    """

  package static func run(_ arguments: [String], console: Console) -> Int32 {
    let parsed: ParsedArguments
    let format: String
    let toneStyle: ToneStyle?
    let ocr: String
    do {
      parsed = try ParsedArguments(
        arguments,
        valued: ["--output", "--report", "--format", "--tone-style", "--ocr", "--stdin-name"],
        flags: ["--help", "--quiet"])
      if parsed.flags.contains("--help") {
        console.write(help + "\n")
        return 0
      }
      format = try parsed.choice("--format", ["text", "json"]) ?? "text"
      toneStyle = try parsed.choice("--tone-style", ["old", "new"]).flatMap(ToneStyle.init)
      ocr = try parsed.choice("--ocr", ["auto", "on", "off"]) ?? "auto"
      guard parsed.positional.count == 1 else {
        throw UsageError(
          parsed.positional.isEmpty
            ? "missing input file (use '-' for standard input)"
            : "expected one input file, got \(parsed.positional.count)")
      }
    } catch let error as UsageError {
      return CommandLineTool.usageFailure(error.message, command: name, console: console)
    } catch {
      return CommandLineTool.usageFailure("\(error)", command: name, console: console)
    }
    let path = parsed.positional[0]
    let display = InputFile.displayName(path, stdinName: parsed.options["--stdin-name"])
    let bytes: [UInt8]
    do {
      bytes = try InputFile.read(path, console: console)
    } catch {
      return InputFile.report(error, input: display, console: console)
    }
    let tables: NormalizerTables
    do {
      tables = try NormalizerTables.shared()
    } catch {
      console.error("error: cannot load the normalizer tables: \(error)\n")
      return 2
    }
    let options = NormalizationOptions(
      toneStyle: toneStyle, ocrRepair: ocr == "auto" ? nil : ocr == "on",
      collectsEdits: format == "json" || parsed.options["--report"] != nil)
    let result: NormalizationResult
    do {
      result = try Normalizer(tables: tables).normalize(bytes: bytes, options: options)
    } catch {
      return InputFile.report(error, input: display, console: console)
    }
    for warning in result.warnings { console.error(warning.rendered(path: display) + "\n") }
    let report = NormalizationReport(file: display, result: result)
    if let reportPath = parsed.options["--report"],
      let failure = CommandOutput.emit(
        report.json(includingText: false), to: reportPath, console: console)
    {
      return failure
    }
    let output = format == "json" ? report.json(includingText: true) + "\n" : result.text
    if let failure = CommandOutput.emit(output, to: parsed.options["--output"], console: console) {
      return failure
    }
    if !parsed.flags.contains("--quiet") {
      console.error("\(display): \(result.summaryLine)\n")
    }
    return 0
  }
}
