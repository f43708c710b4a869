import Foundation
import PlanTestSupport
import XCTest

@testable import PlanCLI

/// Inputs made to break things end in output or a clear error, never a trap. Times are
/// measured by `kehoach-bench --stage hostile` (at two sizes), not here.
final class HostileParseValidateCheckTests: XCTestCase {
  private func run(_ arguments: [String], input: [UInt8] = []) -> (Int32, String, String) {
    let console = Console.capturing(input: input)
    let status = CommandLineTool.run(arguments, console: console)
    return (status, console.outputText, console.errorText)
  }

  private func repeated(_ piece: String, bytes: Int) -> [UInt8] {
    let unit = Array(piece.utf8)
    return Array(
      Array(repeating: unit, count: bytes / unit.count + 1).joined().prefix(bytes))
  }

  func testPathologicalLinesParse() {
    for piece in ["1/", "- ", "(", "Số 1/2/3 ngày, ", "99999999999999999999% "] {
      let (status, output, errors) = run(
        ["parse", "-", "--no-normalize"], input: repeated(piece, bytes: 60_000))
      XCTAssertEqual(status, 0, "\(piece): \(errors)")
      XCTAssertTrue(output.hasPrefix("{"), piece)
    }
  }

  func testAMillionBlankLinesParse() {
    let (status, output, _) = run(
      ["parse", "-", "--no-normalize", "--format", "jsonl"],
      input: [UInt8](repeating: 0x0A, count: 1_000_000))
    XCTAssertEqual(status, 0)
    XCTAssertTrue(output.contains("\"lines\":1000001"), String(output.prefix(300)))
  }

  func testATenMegabyteLineOfJSONAndOfCSV() throws {
    let string = Array("{\"title\": \"".utf8) + repeated("a", bytes: 10_000_000) + Array("\"}".utf8)
    let (status, output, _) = run(["validate", "-", "--schema", "plan"], input: string)
    XCTAssertEqual(status, 1, "a plan missing its parts")
    XCTAssertTrue(output.contains("missing required properties"))
    let csv = Array("text,value\n".utf8) + repeated("x", bytes: 10_000_000) + Array(",5\n".utf8)
    let plan = TestPaths.corpus.appendingPathComponent("expected/002_dc19ec08a48449ad.json").path
    let console = Console.capturing(input: csv)
    let checkStatus = CheckCommand.run([plan, "-", "--as-of", "2024-01-15"], console: console)
    XCTAssertEqual(checkStatus, 1)
    XCTAssertTrue(console.outputText.contains("matches no indicator"))
  }

  func testNestedBracketsAndManyColumnsAreErrorsNotCrashes() {
    let nested = [UInt8](repeating: 0x5B, count: 100_000) + [UInt8](repeating: 0x5D, count: 100_000)
    let (status, output, _) = run(["validate", "-", "--schema", "plan"], input: nested)
    XCTAssertEqual(status, 1)
    XCTAssertTrue(output.contains("<stdin>:1:513: error: nesting deeper than 512 levels"), output)
    let row = Array(repeating: "1", count: 100_000).joined(separator: ",")
    let plan = TestPaths.corpus.appendingPathComponent("expected/002_dc19ec08a48449ad.json").path
    let console = Console.capturing(input: Array("indicator,value\n\(row)\n".utf8))
    XCTAssertEqual(CheckCommand.run([plan, "-", "--as-of", "2024-01-15"], console: console), 1)
    XCTAssertTrue(console.outputText.contains("row has 100000 fields, the header has 2"))
  }

  func testNulBytesAndInvalidUTF8OfEveryKindAreInputErrors() throws {
    let cases: [(String, [UInt8])] = [
      ("NUL", [0x41, 0x00, 0x42]),
      ("lone continuation", [0x7B, 0x80, 0x7D]),
      ("truncated sequence", [0x5B, 0x22, 0xE1, 0xBB]),
      ("overlong", [0x5B, 0xC0, 0x80, 0x5D]),
      ("surrogate", [0x5B, 0xED, 0xA0, 0x80, 0x5D]),
      ("beyond U+10FFFF", [0x5B, 0xF4, 0x90, 0x80, 0x80, 0x5D]),
      ("invalid lead", [0x5B, 0xFF, 0x5D]),
    ]
    let plan = TestPaths.corpus.appendingPathComponent("expected/002_dc19ec08a48449ad.json").path
    for (name, bytes) in cases {
      let (status, _, _) = run(["validate", "-"], input: bytes)
      XCTAssertEqual(status, 2, "validate: \(name)")
      let console = Console.capturing(input: bytes)
      XCTAssertEqual(CheckCommand.run([plan, "-"], console: console), 2, "check: \(name)")
      // The parser decodes legacy encodings, so these may read as text: any outcome but a trap.
      let (parseStatus, _, _) = run(["parse", "-"], input: bytes)
      XCTAssertTrue([0, 2].contains(parseStatus), "parse: \(name)")
    }
  }
}
