import Foundation
import PlanModel
import PlanTestSupport
import XCTest

@testable import PlanExtract

/// Every span points at the text it claims: read back from the ORIGINAL file, the text
/// under an item's span is its `text` (line breaks and runs of spaces read as one space).
final class SpanReadBackTests: XCTestCase {
  private func read(_ span: Span, in lines: [String]) -> String {
    var parts: [String] = []
    for line in span.line...span.endLine where line - 1 < lines.count {
      let scalars = Array(lines[line - 1].unicodeScalars)
      let start = line == span.line ? span.column - 1 : 0
      let end = line == span.endLine ? span.endColumn - 1 : scalars.count
      guard start >= 0, start <= end, end <= scalars.count else { return "<span out of line>" }
      parts.append(String(String.UnicodeScalarView(scalars[start..<end])))
    }
    return parts.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// References, goals, deadlines and indicators of a context, as (id, span, text).
  private func items(_ context: ExtractionContext, goals: Bool) -> [(String, Span, String)] {
    var ids = ItemIDs()
    var items: [(String, Span, String)] = []
    items += ReferenceExtractor.extract(context, ids: &ids).map { ($0.id, $0.span, $0.text) }
    if goals {
      items += GoalExtractor.extract(context, ids: &ids).map { ($0.id, $0.span, $0.text) }
    }
    items += DeadlineExtractor.extract(context, ids: &ids).map { ($0.id, $0.span, $0.text) }
    items += IndicatorExtractor.extract(context, ids: &ids).map { ($0.id, $0.span, $0.text) }
    return items
  }

  private func squeezed(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  func testSpansOfCleanSeedsReadBackAsTheirText() throws {
    for name in try SeedFixtures.names() where !name.hasPrefix("000") && !name.hasPrefix("004") {
      let context = try SeedFixtures.context(name)
      let original = try TestPaths.document(String(name.prefix(3)))
        .precomposedStringWithCanonicalMapping.components(separatedBy: "\n")
      let items = items(context, goals: true)
      XCTAssertGreaterThan(items.count, 10, name)
      for (id, span, text) in items {
        // Markdown marks the extractors drop (`**`) may stand inside the span.
        let underSpan = read(span, in: original).replacingOccurrences(of: "**", with: "")
        XCTAssertEqual(underSpan, squeezed(text), "\(name) \(id) @\(span.line):\(span.column)")
      }
    }
  }
}

extension SpanReadBackTests {
  /// On the scans the original is the OCR'd text: a span must lie inside its lines and
  /// cover about as many tokens as the repaired text it stands for.
  func testSpansOfScannedSeedsStayInsideTheirLines() throws {
    for name in try SeedFixtures.names() where name.hasPrefix("000") || name.hasPrefix("004") {
      let context = try SeedFixtures.context(name)
      let original = try TestPaths.document(String(name.prefix(3)))
        .precomposedStringWithCanonicalMapping.components(separatedBy: "\n")
      let items = items(context, goals: false)
      XCTAssertFalse(items.isEmpty, name)
      for (id, span, text) in items {
        let underSpan = read(span, in: original)
        XCTAssertNotEqual(underSpan, "<span out of line>", "\(name) \(id)")
        let want = Double(text.split(separator: " ").count)
        let got = Double(underSpan.split(separator: " ").count)
        XCTAssertLessThanOrEqual(
          abs(got - want), max(2, want * 0.3), "\(name) \(id): '\(underSpan)' for '\(text)'")
      }
    }
  }
}
