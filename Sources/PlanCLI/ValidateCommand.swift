import Foundation
import PlanValidate

/// `kehoach validate`: JSON Schema and plan rules for CI, with line:column locations.
package struct ValidateCommand {
  package static let name = "validate"
  package static let abstract = "Check plan, results or findings JSON against its schema and rules."
  package static let help = """
    OVERVIEW: \(abstract)

    Each file is read as JSON (positions kept), validated against a JSON Schema (draft
    2020-12), and, for plans, checked against the plan rules: unique ids, references that
    resolve, ranges, percentages, real dates, spans inside the source.

    USAGE: kehoach validate <file|->... [--schema plan|results|findings|PATH]
                            [--format text|json|github|junit|sarif] [--source FILE]
                            [--format-assert] [--output FILE]
           kehoach validate --conformance DIR

    ARGUMENTS:
      <file|->             JSON files to validate; '-' reads standard input.

    OPTIONS:
      --schema NAME|PATH   The schema: a project schema by name, or a schema file (its
                           sibling .json files are loaded too, for $ref between them).
                           Default: the document's $schema, else its shape.
      --format text        file:line:column: error: /pointer: message (keyword) (default).
      --format json        One JSON report.
      --format github      GitHub Actions ::error annotations.
      --format junit       JUnit XML, one testcase per file.
      --format sarif       SARIF 2.1.0.
      --source FILE        The plan's source text: spans must lie inside it.
      --format-assert      Treat format (date, date-time, time, email, uri) as assertions.
      --output FILE        Write the report to FILE (atomically) instead of standard output.
      --conformance DIR    Run the official JSON Schema test suite files in DIR.
      --stdin-name NAME    The name used for standard input.
      -h, --help           Show this help.

    EXIT STATUS: 0 all files valid; 1 any file invalid; 2 usage error, unreadable file or
    invalid schema.
    """

  package static func run(_ arguments: [String], console: Console) -> Int32 {
    let parsed: ParsedArguments
    let format: String
    do {
      parsed = try ParsedArguments(
        arguments,
        valued: ["--schema", "--format", "--source", "--output", "--conformance", "--stdin-name"],
        flags: ["--help", "--format-assert"])
      if parsed.flags.contains("--help") {
        console.write(help + "\n")
        return 0
      }
      format =
        try parsed.choice("--format", ValidationReport.Format.allCases.map(\.rawValue)) ?? "text"
      if parsed.options["--conformance"] == nil, parsed.positional.isEmpty {
        throw UsageError("missing input file (use '-' for standard input)")
      }
    } catch let error as UsageError {
      return CommandLineTool.usageFailure(error.message, command: name, console: console)
    } catch {
      return CommandLineTool.usageFailure("\(error)", command: name, console: console)
    }
    if let directory = parsed.options["--conformance"] {
      return ConformanceReport.run(directory: directory, console: console)
    }
    let validator: DocumentValidator
    do {
      validator = try DocumentValidator(
        choice: schemaChoice(parsed.options["--schema"]),
        assertFormats: parsed.flags.contains("--format-assert"),
        source: try sourceLines(parsed.options["--source"], console: console))
    } catch let error as SchemaLoadError {
      console.error("error: \(error.message)\n")
      return 2
    } catch {
      return InputFile.report(error, input: parsed.options["--source"] ?? "", console: console)
    }
    var outcomes: [FileValidation] = []
    for path in parsed.positional {
      let display = InputFile.displayName(path, stdinName: parsed.options["--stdin-name"])
      do {
        let bytes = try InputFile.read(path, console: console)
        outcomes.append(validator.validate(bytes: bytes, path: display))
      } catch {
        let reason = InputFile.reason(for: error)
        outcomes.append(
          FileValidation(
            path: display, schema: nil,
            problems: [
              ValidationProblem(
                severity: .error, line: 1, column: 1, pointer: "", rule: "input", message: reason)
            ], unreadable: true))
      }
    }
    let report = ValidationReport(files: outcomes)
    let rendered = report.render(ValidationReport.Format(rawValue: format) ?? .text)
    if let failure = CommandOutput.emit(rendered, to: parsed.options["--output"], console: console)
    {
      return failure
    }
    if format != "text", parsed.options["--output"] != nil {
      // The machine report went to a file; a person still sees the problems on stderr.
      for line in report.textLines() { console.error(line + "\n") }
    }
    if outcomes.contains(where: \.unreadable) { return 2 }
    return outcomes.allSatisfy(\.valid) ? 0 : 1
  }

  private static func schemaChoice(_ option: String?) -> DocumentValidator.SchemaChoice {
    guard let option else { return .automatic }
    if BundledSchemas.projectSchemaNames.contains(option) { return .named(option) }
    return .file(option)
  }

  private static func sourceLines(_ path: String?, console: Console) throws -> SourceLines? {
    guard let path else { return nil }
    return SourceLines(bytes: try InputFile.read(path, console: console))
  }
}

/// `kehoach validate --conformance DIR`: pass counts per suite file and in total.
enum ConformanceReport {
  static func run(directory: String, console: Console) -> Int32 {
    let results: [ConformanceSuite.FileResult]
    do {
      results = try ConformanceSuite().run(directory: directory)
    } catch {
      console.error("error: \(error.message)\n")
      return 2
    }
    var lines: [String] = []
    var targetedPassed = 0
    var targetedTotal = 0
    for result in results {
      let status = result.passed == result.total ? "PASS" : (result.targeted ? "FAIL" : "SKIP")
      var line =
        "\(status)  \(result.file.padding(toLength: 28, withPad: " ", startingAt: 0)) \(result.passed)/\(result.total)"
      if let reason = ConformanceSuite.untargeted[result.file] {
        line += "  (not targeted: \(reason))"
      }
      lines.append(line)
      if result.targeted {
        targetedPassed += result.passed
        targetedTotal += result.total
        for failure in result.failures { lines.append("      failed: \(failure)") }
      }
    }
    let allPassed = results.reduce(0) { $0 + $1.passed }
    let allTotal = results.reduce(0) { $0 + $1.total }
    lines.append(
      "total: \(allPassed)/\(allTotal) tests in \(results.count) files; targeted files: \(targetedPassed)/\(targetedTotal)"
    )
    console.write(lines.joined(separator: "\n") + "\n")
    return targetedPassed == targetedTotal ? 0 : 1
  }
}
