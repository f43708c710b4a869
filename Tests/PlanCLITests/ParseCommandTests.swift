import Foundation
import PlanModel
import PlanTestSupport
import XCTest

@testable import PlanCLI

/// `kehoach parse` in-process.
final class ParseCommandTests: XCTestCase {
  private func run(_ arguments: [String], input: [UInt8] = []) -> (Int32, String, String) {
    let console = Console.capturing(input: input)
    let status = CommandLineTool.run(arguments, console: console)
    return (status, console.outputText, console.errorText)
  }

  func testASeedParsesToAPlanThatDecodesAndIsDeterministic() throws {
    let path = TestPaths.documents.appendingPathComponent("002_dc19ec08a48449ad.txt").path
    let (status, output, _) = run(["parse", path])
    XCTAssertEqual(status, 0)
    let plan = try JSONDecoder().decode(Plan.self, from: Data(output.utf8))
    XCTAssertEqual(plan.document.number, "137/KH-UBND")
    XCTAssertEqual(plan.indicators.count, 10)
    XCTAssertFalse(plan.agencies.isEmpty)
    XCTAssertEqual(run(["parse", path]).1, output, "same input, same bytes")
  }

  func testJSONLinesGiveOneLinePerInputAndMarkdownHasTables() throws {
    let first = TestPaths.documents.appendingPathComponent("001_aa44d5999c57a7ee.txt").path
    let second = TestPaths.documents.appendingPathComponent("004_f09fa728a4930ea7.txt").path
    let (status, output, _) = run(["parse", first, second, "--format", "jsonl"])
    XCTAssertEqual(status, 0)
    XCTAssertEqual(output.split(separator: "\n").count, 2)
    let (markdownStatus, markdown, _) = run(["parse", first, "--format", "markdown"])
    XCTAssertEqual(markdownStatus, 0)
    XCTAssertTrue(markdown.contains("## Indicators (8)"), markdown)
    XCTAssertTrue(markdown.contains("| line | target |"))
  }

  func testTextThatIsNotAPlanGivesAnEmptyModelAndAWarning() {
    let input = Array("Một ngày đẹp trời, chúng tôi đi chơi.\nHết.".utf8)
    let (status, output, error) = run(["parse", "-"], input: input)
    XCTAssertEqual(status, 0)
    XCTAssertTrue(error.contains("[parse.not_a_plan]"), error)
    XCTAssertTrue(
      output.contains("\"indicators\" : [\n\n  ]") || output.contains("\"indicators\" : ["), output)
    XCTAssertEqual(run(["parse", "-", "--strict"], input: input).0, 1)
  }

  func testBadInputIsExitTwoAndTheOtherFilesStillParse() {
    let good = TestPaths.documents.appendingPathComponent("001_aa44d5999c57a7ee.txt").path
    let (status, output, error) = run(["parse", "/no/such.txt", good])
    XCTAssertEqual(status, 2)
    XCTAssertTrue(error.contains("/no/such.txt: error: no such file"), error)
    XCTAssertTrue(output.hasPrefix("{"))
    XCTAssertEqual(run(["parse"]).0, 2)
    let (missingStatus, missingOutput, _) = run(["parse", "/no/such.txt"])
    XCTAssertEqual(missingStatus, 2)
    XCTAssertEqual(missingOutput, "", "nothing to print when no input could be read")
  }
  func testNoNormalizeReadsTheTextAsWritten() throws {
    let clean = TestPaths.documents.appendingPathComponent("001_aa44d5999c57a7ee.txt").path
    let scan = TestPaths.documents.appendingPathComponent("000_7eb6cb2be2d3f47a.txt").path
    let decode = { (output: String) in try JSONDecoder().decode(Plan.self, from: Data(output.utf8))
    }
    // A clean plan needs no repair: the same outline and items either way.
    let normalized = try decode(run(["parse", clean]).1)
    let asWritten = try decode(run(["parse", clean, "--no-normalize"]).1)
    XCTAssertEqual(asWritten.sections.map(\.id), normalized.sections.map(\.id))
    XCTAssertEqual(asWritten.indicators.count, normalized.indicators.count)
    XCTAssertEqual(asWritten.normalization?.repairedSyllables, 0)
    // A scan read as written keeps its OCR damage; normalized, its number is repaired.
    let repaired = try decode(run(["parse", scan]).1)
    let damaged = try decode(run(["parse", scan, "--no-normalize"]).1)
    XCTAssertGreaterThan(repaired.normalization?.repairedSyllables ?? 0, 0)
    XCTAssertEqual(damaged.normalization?.repairedSyllables, 0)
    XCTAssertNotEqual(damaged.document.title, repaired.document.title)
    XCTAssertEqual(run(["parse", "-", "--no-normalize"], input: [0x41, 0x00]).0, 2)
  }
}
