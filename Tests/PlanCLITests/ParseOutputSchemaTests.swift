import Foundation
import PlanTestSupport
import PlanValidate
import XCTest

@testable import PlanCLI

/// Every parse output validates against `Schemas/plan.schema.json` and the plan rules, with
/// spans inside the parsed file: the corpus documents and their OCR-damaged versions.
final class ParseOutputSchemaTests: XCTestCase {
  func testEveryCorpusParseValidatesAgainstThePlanSchemaAndRules() throws {
    let pairs = TestPaths.corpus.appendingPathComponent("ocr-pairs")
    let documents = try FileManager.default.contentsOfDirectory(atPath: TestPaths.documents.path)
      .filter { $0.hasSuffix(".txt") }.map { TestPaths.documents.appendingPathComponent($0) }
    let damaged = try FileManager.default.contentsOfDirectory(atPath: pairs.path)
      .filter { $0.hasSuffix(".ocr.txt") }.map { pairs.appendingPathComponent($0) }
    let inputs = (documents + damaged).sorted { $0.path < $1.path }
    XCTAssertGreaterThanOrEqual(inputs.count, 20)
    for input in inputs {
      let console = Console.capturing()
      XCTAssertEqual(CommandLineTool.run(["parse", input.path], console: console), 0, input.path)
      let validator = try DocumentValidator(
        choice: .named("plan"), source: SourceLines(bytes: try Array(Data(contentsOf: input))))
      let outcome = validator.validate(bytes: console.standardOutput, path: input.lastPathComponent)
      XCTAssertEqual(
        outcome.problems.map { "\($0.line):\($0.column): \($0.text)" }, [], input.lastPathComponent)
    }
  }
}
