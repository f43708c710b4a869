import Foundation

/// Fuzzes the parser on decoded (not repaired) text: it must return a model whose spans lie
/// inside the input and whose JSON encodes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  let bytes = fuzzBytes(start, count)
  guard let result = try? Normalizer.decodeOnly(bytes: bytes) else { return 0 }
  let plan = PlanExtractor.extract(result, path: "fuzz.txt")
  let lines = LineTable(bytes: bytes).lineCount
  for span in plan.indicators.map(\.span) + plan.assignments.map(\.span) + plan.deadlines.map(\.span)
  where span.line < 1 || span.endLine > lines {
    fatalError("span \(span.line)-\(span.endLine) outside \(lines) lines")
  }
  _ = try? JSONEncoder().encode(plan)
  return 0
}
