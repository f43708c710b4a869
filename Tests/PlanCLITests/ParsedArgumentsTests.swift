import XCTest

@testable import PlanCLI

final class ParsedArgumentsTests: XCTestCase {
  func testOptionsFlagsAndPositionals() throws {
    let parsed = try ParsedArguments(
      ["a.txt", "--output=o.txt", "--format", "json", "--quiet", "--", "--b.txt", "-"],
      valued: ["--output", "--format"], flags: ["--quiet"])
    XCTAssertEqual(parsed.options, ["--output": "o.txt", "--format": "json"])
    XCTAssertEqual(parsed.flags, ["--quiet"])
    XCTAssertEqual(parsed.positional, ["a.txt", "--b.txt", "-"])
  }

  func testMissingValueAndValueOnFlagAreErrors() {
    XCTAssertThrowsError(try ParsedArguments(["--output"], valued: ["--output"], flags: []))
    XCTAssertThrowsError(try ParsedArguments(["--quiet=1"], valued: [], flags: ["--quiet"]))
  }
}
