import Foundation
import PlanTestSupport
import XCTest

@testable import PlanCLI

/// `kehoach parse DIR|FILE... --format jsonl`: folders, input order, error lines, summary.
final class BatchParseTests: XCTestCase {
  private func run(_ arguments: [String]) -> (Int32, String, String) {
    let console = Console.capturing()
    let status = CommandLineTool.run(arguments, console: console)
    return (status, console.outputText, console.errorText)
  }

  func testAFolderIsWalkedInNameOrderAndABadFileGetsAnErrorLine() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kehoach-batch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let plan = try TestPaths.document("004")
    try plan.write(to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
    try "Không phải kế hoạch.".write(
      to: folder.appendingPathComponent("sub/a.md"), atomically: true, encoding: .utf8)
    try Data([0x41, 0x00, 0x42]).write(to: folder.appendingPathComponent("c.txt"))
    try "ignored".write(
      to: folder.appendingPathComponent("notes.csv"), atomically: true, encoding: .utf8)
    let (status, output, errors) = run(["parse", folder.path, "--format", "jsonl"])
    XCTAssertEqual(status, 1, "a file failed")
    let lines = output.split(separator: "\n").map(String.init)
    XCTAssertEqual(lines.count, 3)
    XCTAssertTrue(lines[0].contains("\"path\":\"\(folder.path)/b.txt\""), lines[0])
    XCTAssertTrue(lines[1].hasPrefix("{\"error\":\"not a text file"), lines[1])
    XCTAssertTrue(lines[1].hasSuffix("\"path\":\"\(folder.path)/c.txt\"}"), lines[1])
    XCTAssertTrue(lines[2].contains("sub/a.md"), lines[2])
    XCTAssertTrue(errors.contains("3 files, 1 plans,"), errors)
    XCTAssertTrue(errors.contains(" 1 errors in "), errors)
  }

  func testParallelOutputIsTheSequentialOutput() {
    let (status, parallel, _) = run(["parse", TestPaths.documents.path, "--format", "jsonl"])
    XCTAssertEqual(status, 0)
    let (_, sequential, _) = run([
      "parse", TestPaths.documents.path, "--format", "jsonl", "--jobs", "1",
    ])
    XCTAssertEqual(parallel, sequential)
    XCTAssertEqual(parallel.split(separator: "\n").count, 5)
  }

  func testJSONLinesToAFileAreStreamedAndPutInPlace() throws {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kehoach-batch-\(UUID().uuidString).jsonl")
    defer { try? FileManager.default.removeItem(at: output) }
    let (status, printed, _) = run([
      "parse", TestPaths.documents.path, "--format", "jsonl", "--output", output.path,
    ])
    XCTAssertEqual(status, 0)
    XCTAssertEqual(printed, "")
    let written = try String(contentsOf: output, encoding: .utf8)
    XCTAssertEqual(written.split(separator: "\n").count, 5)
    let leftovers = try FileManager.default.contentsOfDirectory(
      atPath: output.deletingLastPathComponent().path
    ).filter { $0.hasPrefix("." + output.lastPathComponent) }
    XCTAssertEqual(leftovers, [], "no temporary file left behind")
  }
}
