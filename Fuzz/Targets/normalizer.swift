/// Fuzzes the normalizer: any bytes either normalize or give an input error, and the output
/// keeps the input's line count.
private let tables: NormalizerTables? = try? NormalizerTables()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNormalizer(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  guard let tables else { fatalError("normalizer tables not found; set KEHOACH_TABLES") }
  let bytes = fuzzBytes(start, count)
  let normalizer = Normalizer(tables: tables)
  guard let result = try? normalizer.normalize(bytes: bytes) else { return 0 }
  let inputLines = LineTable(bytes: bytes).lineCount
  let outputLines = LineTable(text: result.text).lineCount
  if inputLines != outputLines {
    fatalError("line count changed: \(inputLines) -> \(outputLines)")
  }
  return 0
}
