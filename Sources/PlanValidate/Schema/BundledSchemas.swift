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
    for directory in resourceDirectories() {
      let file = directory.appendingPathComponent(path).path
      if let data = FileManager.default.contents(atPath: file) { return Array(data) }
    }
    throw SchemaLoadError(
      message: "bundled resource \(path) is missing (looked in "
        + resourceDirectories().map(\.path).joined(separator: ", ") + ")")
  }

  static let bundleName = "kehoach_PlanValidate.resources"

  /// Where the bundled schemas may be, in search order: the resource bundle SwiftPM places
  /// beside the executable (or the main bundle's), then the source tree this file was built
  /// from. Unlike `Bundle.module`, a missing bundle is an error to report, never a trap.
  static func resourceDirectories() -> [URL] {
    var result: [URL] = []
    let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".")
      .resolvingSymlinksInPath()
    result.append(executable.deletingLastPathComponent().appendingPathComponent(bundleName))
    if let main = Bundle.main.resourceURL {
      result.append(main.appendingPathComponent(bundleName))
    }
    result.append(
      Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent(bundleName))
    // Sources/PlanValidate/Schema/BundledSchemas.swift -> Sources/PlanValidate/Resources
    // holds MetaSchemas; the repository root holds Schemas.
    let target = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
    result.append(target.appendingPathComponent("Resources"))
    result.append(target.deletingLastPathComponent().deletingLastPathComponent())
    return result
  }
}

/// A schema file that cannot be read or parsed.
public struct SchemaLoadError: Error, Sendable, CustomStringConvertible {
  public var message: String
  public var description: String { message }
}
