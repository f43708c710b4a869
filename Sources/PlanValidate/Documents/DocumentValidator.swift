import Foundation
import PlanText

/// Validates JSON files against a schema chosen by name, path or the document itself, and
/// plan documents against the plan rules as well.
public final class DocumentValidator {
  /// How the schema for each file is chosen.
  public enum SchemaChoice: Sendable, Equatable {
    /// From the document's `$schema`, else from its shape.
    case automatic
    /// A project schema (`plan`, `results`, `findings`).
    case named(String)
    /// A schema file; its sibling `*.json` files are loaded too, for `$ref`s between them.
    case file(String)
  }

  private let registry: SchemaRegistry
  private let choice: SchemaChoice
  private var projectSchemas: [String: Schema] = [:]
  private var fileSchema: Schema?
  private let validator: SchemaValidator
  private let source: SourceLines?
  /// The schema documents whose references must all resolve, with their bytes (for
  /// locations): the project schemas and the named schema file, not its siblings.
  private var checkedDocuments: [String: [UInt8]] = [:]

  /// - Throws: `SchemaLoadError` when a schema cannot be read, parsed or compiled, or is not a
  ///   valid draft 2020-12 schema (the message gives its location).
  public init(choice: SchemaChoice, assertFormats: Bool = false, source: SourceLines? = nil)
    throws(SchemaLoadError)
  {
    self.choice = choice
    self.source = source
    validator = SchemaValidator(assertFormats: assertFormats)
    registry = try BundledSchemas.registryWithMetaSchemas()
    for name in BundledSchemas.projectSchemaNames {
      guard let bytes = try? BundledSchemas.projectSchemaBytes(name) else { continue }
      let documentName = "Schemas/\(name).schema.json"
      projectSchemas[name] = try load(bytes: bytes, name: documentName, uri: nil)
      checkedDocuments[documentName] = bytes
    }
    switch choice {
    case .automatic:
      break
    case .named(let name):
      guard projectSchemas[name] != nil else {
        throw SchemaLoadError(
          message: "unknown schema '\(name)'; expected one of: "
            + projectSchemas.keys.sorted().joined(separator: ", ") + ", or a path")
      }
    case .file(let path):
      fileSchema = try loadSchemaFile(path)
    }
    let unresolved = registry.unresolvedReferences(in: Set(checkedDocuments.keys))
    if let first = unresolved.first {
      let place = checkedDocuments[first.document].map { locate(first.document, $0, first.offset) }
      throw SchemaLoadError(
        message: "\(place ?? first.document): \(first.pointer): \(first.message)")
    }
  }

  private func loadSchemaFile(_ path: String) throws(SchemaLoadError) -> Schema {
    let url = URL(fileURLWithPath: path).standardizedFileURL
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
      !isDirectory.boolValue, let data = FileManager.default.contents(atPath: url.path)
    else { throw SchemaLoadError(message: "\(path): cannot read the schema file") }
    let directory = url.deletingLastPathComponent()
    let siblings =
      (try? FileManager.default.contentsOfDirectory(atPath: directory.path))?
      .filter { $0.hasSuffix(".json") && $0 != url.lastPathComponent }.sorted() ?? []
    let schema = try load(bytes: Array(data), name: path, uri: url.absoluteString)
    checkedDocuments[path] = Array(data)
    for sibling in siblings {
      let siblingURL = directory.appendingPathComponent(sibling)
      guard let bytes = FileManager.default.contents(atPath: siblingURL.path) else { continue }
      // Siblings that are not schemas are not an error; only the named schema must be one.
      _ = try? load(bytes: Array(bytes), name: siblingURL.path, uri: siblingURL.absoluteString)
    }
    return schema
  }

  /// Reads, checks against the meta-schema, compiles and registers one schema document.
  private func load(bytes: [UInt8], name: String, uri: String?) throws(SchemaLoadError) -> Schema {
    let document: JSONValue
    do {
      document = try JSONReader.read(bytes).value
    } catch {
      throw SchemaLoadError(
        message: "\(locate(name, bytes, error.offset)): invalid JSON: \(error.message)")
    }
    if let meta = registry.schema(at: BundledSchemas.metaSchemaURI) {
      let errors = validator.validate(document, against: meta)
      if let first = errors.first {
        throw SchemaLoadError(
          message: "\(locate(name, bytes, first.offset)): not a valid JSON Schema: \(first.text)")
      }
    }
    do {
      return try registry.add(document, name: name, retrievalURI: uri)
    } catch {
      throw SchemaLoadError(
        message: "\(locate(name, bytes, error.offset)): \(error.pointer): \(error.message)")
    }
  }

  private func locate(_ name: String, _ bytes: [UInt8], _ offset: Int) -> String {
    let location = Self.location(in: bytes, table: LineTable(bytes: bytes), offset: offset)
    return "\(name):\(location.line):\(location.column)"
  }

  /// Line and column of a byte offset; a leading byte-order mark is not a column.
  static func location(in bytes: [UInt8], table: LineTable, offset: Int) -> (line: Int, column: Int)
  {
    let location = table.location(ofOffset: offset)
    let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    if hasBOM, location.line == 1, offset >= 3 { return (1, location.column - 1) }
    return (location.line, location.column)
  }

  /// Validates one file's bytes.
  public func validate(bytes: [UInt8], path: String) -> FileValidation {
    if let problem = InputScreen.problem(in: bytes) {
      let location = Self.location(
        in: bytes, table: LineTable(bytes: bytes), offset: problem.offset)
      return FileValidation(
        path: path, schema: nil,
        problems: [
          ValidationProblem(
            severity: .error, line: location.line, column: location.column, pointer: "",
            rule: "input", message: problem.message)
        ], unreadable: true)
    }
    let document: JSONReader.Document
    do {
      // The input screen above has checked the UTF-8.
      document = try JSONReader.read(bytes, knownValidUTF8: true)
    } catch {
      let location = Self.location(in: bytes, table: LineTable(bytes: bytes), offset: error.offset)
      return FileValidation(
        path: path, schema: nil,
        problems: [
          ValidationProblem(
            severity: .error, line: location.line, column: location.column, pointer: "",
            rule: "syntax", message: error.message)
        ], unreadable: false)
    }
    var errors: [(ValidationError, ValidationProblem.Severity)] = document.duplicateKeys.map {
      (
        ValidationError(
          instancePointer: "", offset: $0.offset, keyword: "duplicate-key",
          message: "duplicate key \(ValueDescription.quoted($0.key)); the earlier one is ignored",
          schemaLocation: ""), .error
      )
    }
    let chosen = schema(for: document.value)
    if let (name, schema) = chosen {
      errors += validator.validate(document.value, against: schema).map { ($0, .error) }
      if name == "plan" {
        errors += PlanSemanticChecker(source: source).check(document.value).map { ($0, .error) }
      }
    } else {
      errors.append(
        (
          ValidationError(
            instancePointer: "", offset: document.value.offset, keyword: "schema",
            message: "cannot tell which schema applies; pass --schema plan|results|findings|PATH",
            schemaLocation: ""), .error
        ))
    }
    return FileValidation(
      path: path, schema: chosen?.0, problems: locate(errors, in: bytes), unreadable: false)
  }

  private func locate(
    _ errors: [(ValidationError, ValidationProblem.Severity)], in bytes: [UInt8]
  ) -> [ValidationProblem] {
    guard !errors.isEmpty else { return [] }
    let table = LineTable(bytes: bytes)
    return errors.map { error, severity in
      let location = Self.location(in: bytes, table: table, offset: error.offset)
      return ValidationProblem(
        severity: severity, line: location.line, column: location.column,
        pointer: error.instancePointer, rule: error.keyword, message: error.message,
        schemaLocation: error.schemaLocation.isEmpty ? nil : error.schemaLocation)
    }.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
  }

  /// The schema for a document and its display name.
  private func schema(for document: JSONValue) -> (String, Schema)? {
    switch choice {
    case .named(let name):
      return projectSchemas[name].map { (name, $0) }
    case .file(let path):
      return fileSchema.map { (path, $0) }
    case .automatic:
      if let declared = document["$schema"]?.stringValue {
        for (name, schema) in projectSchemas where schema.uri == declared { return (name, schema) }
        if let schema = registry.schema(at: declared) { return (declared, schema) }
      }
      guard let object = document.objectValue else { return nil }
      let name: String?
      if object["indicators"] != nil || object["sections"] != nil || object["document"] != nil {
        name = "plan"
      } else if object["results"] != nil {
        name = "results"
      } else if object["verdicts"] != nil || object["coverage"] != nil {
        name = "findings"
      } else {
        name = nil
      }
      guard let name, let schema = projectSchemas[name] else { return nil }
      return (name, schema)
    }
  }
}

/// Rejects what is not a JSON text at all before parsing: empty, binary, not UTF-8.
enum InputScreen {
  struct Problem {
    var message: String
    var offset: Int
  }

  static func problem(in bytes: [UInt8]) -> Problem? {
    var start = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
    if !bytes[start...].contains(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) })
    {
      return Problem(message: "empty file: expected a JSON value", offset: 0)
    }
    if let nul = bytes.firstIndex(of: 0) {
      return Problem(message: "binary file (NUL byte at offset \(nul))", offset: nul)
    }
    if let bad = UTF8Validation.firstInvalidOffset(in: bytes) {
      return Problem(message: "invalid UTF-8 at byte offset \(bad)", offset: bad)
    }
    return nil
  }

}
