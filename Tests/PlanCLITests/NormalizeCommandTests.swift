import Foundation
import XCTest

@testable import PlanCLI

/// `kehoach normalize` run in-process, with captured streams.
final class NormalizeCommandTests: XCTestCase {
  private func run(_ arguments: [String], input: [UInt8] = []) -> (Int32, String, String) {
    let console = Console.capturing(input: input)
    let status = CommandLineTool.run(arguments, console: console)
    return (status, console.outputText, console.errorText)
  }

  private func temporaryFile(_ bytes: [UInt8], name: String = "input.txt") throws -> String {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("kehoach-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  func testRepairsStandardInputAndSummarisesOnStandardError() {
    let (status, output, error) = run(
      ["normalize", "-"], input: Array("S6: 36 /KH-UBND\ncai nghién ma tay va ngudi".utf8))
    XCTAssertEqual(status, 0)
    XCTAssertEqual(output, "Số: 36 /KH-UBND\ncai nghiện ma túy và người")
    XCTAssertTrue(error.hasPrefix("<stdin>: repaired "), error)
    XCTAssertTrue(error.contains("encoding: utf-8"), error)
  }

  func testCleanTextPassesThroughByteForByte() throws {
    let text = "Kế hoạch cai nghiện ma túy\r\n\r\nhòa nhập cộng đồng, hoà giải\n"
    let (status, output, _) = run(["normalize", "-", "--quiet"], input: Array(text.utf8))
    XCTAssertEqual(status, 0)
    XCTAssertEqual(output, text)
  }

  func testEmptyInputGivesEmptyOutputAndSuccess() {
    let (status, output, _) = run(["normalize", "-"], input: [])
    XCTAssertEqual(status, 0)
    XCTAssertEqual(output, "")
  }

  func testBinaryInputIsRefusedAsNotText() throws {
    let path = try temporaryFile([0x4B, 0x00, 0x01, 0x02])
    let (status, output, error) = run(["normalize", path])
    XCTAssertEqual(status, 2)
    XCTAssertEqual(output, "")
    XCTAssertTrue(error.contains("not a text file"), error)
    XCTAssertTrue(error.hasPrefix(path + ": error:"), error)
  }

  func testUndecodableBytesNameTheirOffset() throws {
    // 0x81 is undefined in Windows-1252 and Windows-1258, and not UTF-8.
    let path = try temporaryFile(Array("abc ".utf8) + [0x81, 0x81])
    let (status, _, error) = run(["normalize", path])
    XCTAssertEqual(status, 2)
    XCTAssertTrue(error.contains("offset 4"), error)
  }

  func testMissingFileAndDirectoryAreInputErrors() throws {
    let (status, _, error) = run(["normalize", "/no/such/file.txt"])
    XCTAssertEqual(status, 2)
    XCTAssertTrue(error.contains("no such file"), error)
    let directory = FileManager.default.temporaryDirectory.path
    let (directoryStatus, _, directoryError) = run(["normalize", directory])
    XCTAssertEqual(directoryStatus, 2)
    XCTAssertTrue(directoryError.contains("is a directory"), directoryError)
  }

  func testUsageErrorsExitTwoWithHelpHint() {
    let (status, _, error) = run(["normalize"])
    XCTAssertEqual(status, 2)
    XCTAssertTrue(error.contains("missing input file"), error)
    XCTAssertTrue(error.contains("See 'kehoach normalize --help'"), error)
    let (unknownStatus, _, unknownError) = run(["normalize", "-", "--outptu", "x"])
    XCTAssertEqual(unknownStatus, 2)
    XCTAssertTrue(unknownError.contains("did you mean '--output'?"), unknownError)
    let (badValue, _, badValueError) = run(["normalize", "-", "--format", "xml"])
    XCTAssertEqual(badValue, 2)
    XCTAssertTrue(badValueError.contains("expected one of: text, json"), badValueError)
  }

  func testHelpGoesToStandardOutput() {
    let (status, output, _) = run(["normalize", "--help"])
    XCTAssertEqual(status, 0)
    XCTAssertTrue(output.contains("USAGE: kehoach normalize"))
    XCTAssertEqual(run(["--version"]).0, 0)
    XCTAssertEqual(run(["frobnicate"]).0, 2)
  }

  func testOutputAndReportAreWrittenAndInputIsUntouched() throws {
    let original = Array("ngudi nghién ma tay\n".utf8)
    let input = try temporaryFile(original)
    let directory = URL(fileURLWithPath: input).deletingLastPathComponent()
    let output = directory.appendingPathComponent("out.txt").path
    let report = directory.appendingPathComponent("report.json").path
    let (status, stdout, _) = run(
      ["normalize", input, "--output", output, "--report", report, "--quiet"])
    XCTAssertEqual(status, 0)
    XCTAssertEqual(stdout, "")
    XCTAssertEqual(try String(contentsOfFile: output, encoding: .utf8), "người nghiện ma túy\n")
    XCTAssertEqual(Array(try Data(contentsOf: URL(fileURLWithPath: input))), original)
    let json = try JSONSerialization.jsonObject(
      with: Data(contentsOf: URL(fileURLWithPath: report)))
    let object = try XCTUnwrap(json as? [String: Any])
    let edits = try XCTUnwrap(object["edits"] as? [[String: Any]])
    XCTAssertEqual(edits.count, 3)
    XCTAssertEqual(edits.first?["before"] as? String, "ngudi")
    XCTAssertEqual(edits.first?["after"] as? String, "người")
    XCTAssertEqual(edits.first?["line"] as? Int, 1)
    XCTAssertEqual(edits.first?["column"] as? Int, 1)
    XCTAssertEqual(edits.first?["kind"] as? String, "ocr")
    XCTAssertNil(object["text"])
  }

  func testJSONFormatIsDeterministicAndCarriesTheText() {
    let input = Array("cong tac cai nghién ma tay".utf8)
    let first = run(["normalize", "-", "--format", "json", "--quiet"], input: input)
    let second = run(["normalize", "-", "--format", "json", "--quiet"], input: input)
    XCTAssertEqual(first.0, 0)
    XCTAssertEqual(first.1, second.1)
    XCTAssertTrue(first.1.contains("\"text\" : \"công tác cai nghiện ma túy\""), first.1)
  }

  func testLegacyEncodingsAreRepaired() {
    // TCVN3 (ABC) shown as Windows-1252: "Kế hoạch" is "KÕ ho¹ch".
    let (status, output, error) = run(["normalize", "-"], input: Array("KÕ ho¹ch n¨m 2024".utf8))
    XCTAssertEqual(status, 0)
    XCTAssertEqual(output, "Kế hoạch năm 2024")
    XCTAssertTrue(error.contains("tcvn3"), error)
    // Windows-1258 bytes (not UTF-8): "Kế" with a combining acute.
    let bytes: [UInt8] = [0x4B, 0xEA, 0xEC, 0x20, 0x68, 0x6F, 0x61, 0xF2, 0x63, 0x68]
    let (cp1258Status, cp1258Output, cp1258Error) = run(["normalize", "-"], input: bytes)
    XCTAssertEqual(cp1258Status, 0)
    XCTAssertEqual(cp1258Output, "Kế hoạch")
    XCTAssertTrue(cp1258Error.contains("windows-1258"), cp1258Error)
  }
}

/// Inputs made to be hard: they must end in output, never a trap (their time is measured
/// by `kehoach-bench --stage hostile`, not here).
final class HostileInputTests: XCTestCase {
  private func run(_ input: [UInt8], _ arguments: [String] = []) -> (Int32, String, String) {
    let console = Console.capturing(input: input)
    let status = CommandLineTool.run(["normalize", "-", "--quiet"] + arguments, console: console)
    return (status, console.outputText, console.errorText)
  }

  func testALongOCRLineIsRepairedWhole() {
    let line = String(
      repeating: "cong tac cai nghién ma tay va ngudi sau cai nghién, ", count: 4000)
    let (status, output, _) = run(Array(line.utf8))
    XCTAssertEqual(status, 0)
    XCTAssertFalse(output.contains("\n"))
    XCTAssertTrue(
      output.hasPrefix("công tác cai nghiện ma túy và người sau cai nghiện, "),
      String(output.prefix(80)))
  }

  func testManyShortLinesKeepTheirCount() {
    let text = Array(repeating: "cai nghién ma tay\n\n12/2024\n- - - -", count: 20_000)
      .joined(separator: "\n")
    let (status, output, _) = run(Array(text.utf8))
    XCTAssertEqual(status, 0)
    XCTAssertEqual(output.split(separator: "\n", omittingEmptySubsequences: false).count, 80_000)
  }

  func testPathologicalPunctuationAndNumbersEndInOutput() {
    for text in [
      String(repeating: "1/", count: 50_000) + "1",
      String(repeating: "- ", count: 50_000),
      String(repeating: "(", count: 100_000),
      "99999999999999999999% " + String(repeating: "9", count: 10_000),
      String(repeating: "\u{0301}", count: 10_000),
      String(repeating: "ơ\u{0301}", count: 10_000),
    ] {
      let (status, output, _) = run(Array(text.utf8))
      XCTAssertEqual(status, 0)
      XCTAssertFalse(output.isEmpty)
    }
  }

  func testInvalidUTF8AtEveryPositionClassIsAnInputError() {
    let cases: [[UInt8]] = [
      [0x80], [0x61, 0xC3], [0xE1, 0xBA], [0xF0, 0x9F, 0x98], [0xC0, 0x80], [0xED, 0xA0, 0x80],
      [0x61, 0x62, 0xFF, 0x63],
    ]
    for bytes in cases {
      let (status, _, error) = run(bytes)
      // Either a legacy code page reads it, or it is refused with a byte offset; never a trap.
      XCTAssertTrue(status == 0 || (status == 2 && error.contains("offset")), "\(bytes): \(error)")
    }
  }
}
