import PlanText
import XCTest

final class DiagnosticTests: XCTestCase {
  func testRenderedFormIsPathLineColumnSeverityMessageID() {
    let diagnostic = Diagnostic(
      severity: .warning, id: "normalize.autocorrect_suspect", message: "'nghiên cứu' may be wrong",
      location: SourceLocation(line: 12, column: 7, offset: 300))
    XCTAssertEqual(
      diagnostic.rendered(path: "plan.txt"),
      "plan.txt:12:7: warning: 'nghiên cứu' may be wrong [normalize.autocorrect_suspect]")
  }

  func testFileLevelDiagnosticHasNoLocation() {
    let diagnostic = Diagnostic(severity: .error, id: "input.not_text", message: "not a text file")
    XCTAssertEqual(
      diagnostic.rendered(path: "<stdin>"), "<stdin>: error: not a text file [input.not_text]")
  }
}
