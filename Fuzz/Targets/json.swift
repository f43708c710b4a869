/// Fuzzes the JSON reader and the schema validator: the input is read as JSON; when it reads,
/// it is validated against the plan schema, and compiled as a schema that validates itself.
nonisolated(unsafe) private let validator: DocumentValidator? = try? DocumentValidator(
  choice: .named("plan"))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  guard let validator else { fatalError("bundled schemas not found") }
  let bytes = fuzzBytes(start, count)
  _ = validator.validate(bytes: bytes, path: "fuzz.json")
  guard let document = try? JSONReader.read(bytes) else { return 0 }
  _ = PlanSemanticChecker().check(document.value)
  if let registry = try? BundledSchemas.registryWithMetaSchemas(),
    let schema = try? registry.add(document.value, name: "fuzz-schema.json")
  {
    _ = registry.unresolvedReferences()
    _ = SchemaValidator(assertFormats: true).validate(document.value, against: schema)
    _ = SchemaValidator().isValid(document.value, against: schema)
  }
  return 0
}
