import Foundation

/// The schemas shipped with the tool: the draft 2020-12 meta-schemas and the project's own
/// `Schemas/` (plan, results, findings).
public enum BundledSchemas {
  /// The meta-schema and its vocabulary schemas, as published at json-schema.org.
  static let metaSchemaFiles = [
    "schema", "meta/core", "meta/applicator", "meta/unevaluated", "meta/validation",
    "meta/meta-data", "meta/format-annotation", "meta/content",
  ]

  /// The URI of the draft 2020-12 meta-schema.
  public static let metaSchemaURI = "https://json-schema.org/draft/2020-12/schema"

  /// The names `--schema` accepts for the project's schemas.
  public static let projectSchemaNames = ["plan", "results", "findings"]

  /// Parsed meta-schemas, read once per process.
  private static let metaSchemaDocuments: Result<[(String, JSONValue)], SchemaLoadError> = {
    var documents: [(String, JSONValue)] = []
    for name in metaSchemaFiles {
      do throws(SchemaLoadError) {
        documents.append((name, try readResource("MetaSchemas/\(name).json")))
      } catch {
        return .failure(error)
      }
    }
    return .success(documents)
  }()

  /// A registry holding the meta-schemas, so `$ref` to the 2020-12 meta-schema resolves.
  public static func registryWithMetaSchemas() throws(SchemaLoadError) -> SchemaRegistry {
    let registry = SchemaRegistry()
    for (name, value) in try metaSchemaDocuments.get() {
      do {
        try registry.add(value, name: "\(name).json")
      } catch {
        throw SchemaLoadError(message: "bundled meta-schema \(name): \(error)")
      }
    }
    return registry
  }

  /// The bytes of a project schema (`plan` -> `Schemas/plan.schema.json`), as bundled.
  public static func projectSchemaBytes(_ name: String) throws(SchemaLoadError) -> [UInt8] {
    try resourceBytes("Schemas/\(name).schema.json")
  }

  private static func readResource(_ path: String) throws(SchemaLoadError) -> JSONValue {
    let bytes = try resourceBytes(path)
    do {
      return try JSONReader.read(bytes).value
    } catch {
      throw SchemaLoadError(message: "bundled \(path): \(error.message)")
    }
  }

  private static func resourceBytes(_ path: String) throws(SchemaLoadError) -> [UInt8] {
    guard let base = Bundle.module.resourceURL,
      let data = FileManager.default.contents(atPath: base.appendingPathComponent(path).path)
    else {
      throw SchemaLoadError(message: "bundled resource \(path) is missing")
    }
    return Array(data)
  }
}

/// A schema file that cannot be read or parsed.
public struct SchemaLoadError: Error, Sendable, CustomStringConvertible {
  public var message: String
  public var description: String { message }
}
