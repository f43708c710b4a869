import Foundation
import PlanCheck
import PlanExtract
import PlanModel
import PlanNormalize

/// `kehoach check`: reported results held against the plan, for auditors.
package struct CheckCommand {
  package static let name = "check"
  package static let abstract = "Check reported results against a plan: verdicts and coverage."
  package static let help = """
    OVERVIEW: \(abstract)

    PLAN is a plan text (read as `kehoach parse` does) or plan JSON. RESULTS is JSON
    (Schemas/results.schema.json) or CSV with a header row (indicator or chỉ tiêu, value or
    giá trị, unit or đơn vị, reportedBy or đơn vị báo cáo, reportedOn or ngày báo cáo, note
    or ghi chú; comma or semicolon; decimal comma; values like 85%, 10/11, 476).

    USAGE: kehoach check <plan> <results> [--as-of YYYY-MM-DD] [--tolerance 10%]
                         [--format text|json|markdown|html] [--output FILE] [--force]

    OPTIONS:
      --as-of DATE         The check date (default: today); echoed in the output.
      --tolerance T        How far an 'approx' (khoảng) result may be from its target:
                           a percentage (10%) or a fraction (0.1). Default 10%.
      --format text        Aligned tables and a coverage summary (default).
      --format json        The report as JSON (Schemas/findings.schema.json).
      --format markdown    Tables for a written report.
      --format html        One self-contained page with the tables and a coverage chart.
      --output FILE        Write to FILE (atomically) instead of standard output.
      --force              Check even when the results name another plan number.
      -h, --help           Show this help.

    EXIT STATUS: 0 every indicator met and nothing overdue; 1 otherwise; 2 usage error or
    unreadable input.
    """

  package static func run(_ arguments: [String], console: Console, today: CalendarDate? = nil)
    -> Int32
  {
    let parsed: ParsedArguments
    let format: String
    let asOf: CalendarDate
    let tolerance: Double
    do {
      parsed = try ParsedArguments(
        arguments, valued: ["--as-of", "--tolerance", "--format", "--output"],
        flags: ["--help", "--force"])
      if parsed.flags.contains("--help") {
        console.write(help + "\n")
        return 0
      }
      format = try parsed.choice("--format", ["text", "json", "markdown", "html"]) ?? "text"
      guard parsed.positional.count == 2 else {
        throw UsageError("expected a plan and a results file")
      }
      if let text = parsed.options["--as-of"] {
        guard let date = CalendarDate(iso: text) else {
          throw UsageError("invalid --as-of '\(text)'; expected a date such as 2024-12-31")
        }
        asOf = date
      } else {
        asOf = today ?? Self.today()
      }
      tolerance = try Self.tolerance(parsed.options["--tolerance"])
    } catch let error as UsageError {
      return CommandLineTool.usageFailure(error.message, command: name, console: console)
    } catch {
      return CommandLineTool.usageFailure("\(error)", command: name, console: console)
    }
    let planPath = parsed.positional[0]
    let resultsPath = parsed.positional[1]
    let plan: Plan
    do {
      plan = try loadPlan(planPath, console: console)
    } catch let error as ResultsInputError {
      console.error("\(planPath):\(error.line):\(error.column): error: \(error.message)\n")
      return 2
    } catch {
      return InputFile.report(error, input: planPath, console: console)
    }
    let results: ResultsDocument
    do {
      results = try ResultsReader.read(try InputFile.read(resultsPath, console: console))
    } catch let error as ResultsInputError {
      console.error("\(resultsPath):\(error.line):\(error.column): error: \(error.message)\n")
      return 2
    } catch {
      return InputFile.report(error, input: resultsPath, console: console)
    }
    if let claimed = results.plan, let number = plan.document.number,
      Self.canonicalNumber(claimed) != Self.canonicalNumber(number),
      !parsed.flags.contains("--force")
    {
      console.error(
        "\(resultsPath): error: the results are for plan \(claimed), but \(planPath) is plan \(number); use --force to check anyway\n"
      )
      return 2
    }
    // Plan spans are lines of the plan's text: name that file when plan JSON records it.
    let report = ComplianceChecker(tolerance: tolerance, asOf: asOf).check(
      plan: plan, results: results, planPath: plan.source?.path ?? planPath,
      resultsPath: resultsPath)
    let rendered: String
    switch format {
    case "json": rendered = CheckReportRenderer.json(report)
    case "markdown": rendered = CheckReportRenderer.markdown(report)
    case "html": rendered = CheckHTMLRenderer.page(report)
    default: rendered = CheckReportRenderer.text(report)
    }
    if let failure = CommandOutput.emit(rendered, to: parsed.options["--output"], console: console)
    {
      return failure
    }
    return report.summary.compliant ? 0 : 1
  }

  /// A plan from JSON (the plan model) or from text (normalized and parsed).
  private static func loadPlan(_ path: String, console: Console) throws -> Plan {
    let bytes = try InputFile.read(path, console: console)
    let skipped: Set<UInt8> = [0xEF, 0xBB, 0xBF, 0x20, 0x0A, 0x0D, 0x09]
    let first = bytes.first { !skipped.contains($0) }
    if first == 0x7B {
      do {
        return try JSONDecoder().decode(Plan.self, from: Data(bytes))
      } catch {
        throw ResultsInputError(message: "not plan JSON: \(Self.describe(error))")
      }
    }
    let normalizer = Normalizer(tables: try NormalizerTables.shared())
    let normalized = try normalizer.normalize(bytes: bytes)
    let plan = PlanExtractor.extract(normalized, path: path)
    if plan.warnings.contains(where: { $0.id == "parse.not_a_plan" }) {
      throw ResultsInputError(message: "not a plan: no plan header, outline or indicators found")
    }
    return plan
  }

  private static func describe(_ error: any Error) -> String {
    guard let decoding = error as? DecodingError else { return "\(error)" }
    switch decoding {
    case .keyNotFound(let key, let context):
      return
        "missing \"\(key.stringValue)\" at /\(context.codingPath.map(\.stringValue).joined(separator: "/"))"
    case .typeMismatch(_, let context), .valueNotFound(_, let context),
      .dataCorrupted(let context):
      return
        "\(context.debugDescription) at /\(context.codingPath.map(\.stringValue).joined(separator: "/"))"
    @unknown default:
      return "\(error)"
    }
  }

  /// `36/KH-UBND` and `36 /KH-UBND` are one number.
  private static func canonicalNumber(_ text: String) -> String {
    String(text.filter { !$0.isWhitespace }).uppercased()
  }

  private static func tolerance(_ text: String?) throws -> Double {
    guard let text else { return 0.1 }
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    let isPercent = trimmed.hasSuffix("%")
    guard let value = Double(isPercent ? String(trimmed.dropLast()) : trimmed), value.isFinite,
      value >= 0
    else { throw UsageError("invalid --tolerance '\(text)'; expected e.g. 10% or 0.1") }
    let fraction = isPercent ? value / 100 : value
    guard fraction <= 1 else {
      throw UsageError("--tolerance '\(text)' is more than 100% of the target")
    }
    return fraction
  }

  /// Today's date in the local time zone.
  static func today() -> CalendarDate { CalendarDate.today() }
}
