import Foundation

/// Runs the official JSON Schema test suite (draft 2020-12 files: an array of
/// `{description, schema, tests: [{description, data, valid}]}` per file).
public struct ConformanceSuite {
  /// Files not targeted, and why (they need what this validator deliberately does not do).
  public static let untargeted: [String: String] = [
    "refRemote.json":
      "needs remote schemas served from localhost:1234; the validator never fetches",
    "dynamicRef.json":
      "$dynamicRef is supported for the meta-schema's use, not every edge of the spec",
    "vocabulary.json": "custom $vocabulary meta-schemas are not supported",
    "format.json":
      "format is an annotation by default; --format-assert checks only date, date-time, time, email, uri",
  ]

  /// The outcome for one file.
  public struct FileResult: Sendable {
    public var file: String
    public var passed: Int
    public var total: Int
    /// `group / test` descriptions of the failures.
    public var failures: [String]
    public var targeted: Bool { ConformanceSuite.untargeted[file] == nil }
  }

  public init() {}

  /// Runs every `*.json` file in `directory`, sorted by name.
  public func run(directory: String) throws(SchemaLoadError) -> [FileResult] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
        .filter { $0.hasSuffix(".json") }.sorted()
    } catch {
      throw SchemaLoadError(message: "\(directory): cannot list the directory")
    }
    guard !names.isEmpty else { throw SchemaLoadError(message: "\(directory): no .json files") }
    var results: [FileResult] = []
    for name in names {
      let path = (directory as NSString).appendingPathComponent(name)
      guard let data = FileManager.default.contents(atPath: path) else {
        throw SchemaLoadError(message: "\(path): cannot read")
      }
      results.append(try run(file: name, bytes: Array(data)))
    }
    return results
  }

  /// Runs one suite file.
  public func run(file: String, bytes: [UInt8]) throws(SchemaLoadError) -> FileResult {
    let groups: [JSONValue]
    do {
      guard let array = try JSONReader.read(bytes).value.arrayValue else {
        throw SchemaLoadError(message: "\(file): expected an array of test groups")
      }
      groups = array
    } catch let error as JSONSyntaxError {
      throw SchemaLoadError(message: "\(file): \(error.message)")
    } catch {
      throw SchemaLoadError(message: "\(file): \(error)")
    }
    var result = FileResult(file: file, passed: 0, total: 0, failures: [])
    for group in groups {
      let groupName = group["description"]?.stringValue ?? "?"
      let tests = group["tests"]?.arrayValue ?? []
      let schema: Schema?
      do {
        let registry = try BundledSchemas.registryWithMetaSchemas()
        schema = try registry.add(group["schema"] ?? JSONValue(.bool(true)), name: file)
      } catch {
        schema = nil
      }
      for test in tests {
        result.total += 1
        let expected = test["valid"]?.boolValue ?? true
        let data = test["data"] ?? JSONValue(.null)
        let verdict = schema.map { SchemaValidator().isValid(data, against: $0) }
        let reported = schema.map { SchemaValidator().validate(data, against: $0).isEmpty }
        if let verdict, verdict == expected, reported == expected {
          result.passed += 1
        } else {
          let testName = test["description"]?.stringValue ?? "?"
          result.failures.append("\(groupName) / \(testName)")
        }
      }
    }
    return result
  }
}
