import Foundation

/// Paths of the repository and of the optional `../shared/` folder, found from this file.
public enum TestPaths {
  /// The repository root.
  public static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  public static let corpus = repository.appendingPathComponent("Corpus")
  public static let documents = corpus.appendingPathComponent("documents")
  public static let tables = repository.appendingPathComponent("Sources/PlanNormalize/Tables")
  /// `../shared/` beside the repository, when present (optional extra checks only).
  public static let shared: URL? = {
    let url = repository.deletingLastPathComponent().appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }()

  /// The official JSON Schema test suite (draft 2020-12) in `../shared/`, when present.
  public static var jsonSchemaTestSuite: String? {
    guard let shared else { return nil }
    let path = shared.appendingPathComponent("json-schema-test-suite").path
    return FileManager.default.fileExists(atPath: path) ? path : nil
  }

  /// The text of a corpus document by its name prefix, such as `001`.
  public static func document(_ prefix: String) throws -> String {
    let names = try FileManager.default.contentsOfDirectory(atPath: documents.path)
    guard let name = names.sorted().first(where: { $0.hasPrefix(prefix) }),
      let data = FileManager.default.contents(atPath: documents.appendingPathComponent(name).path)
    else { throw CocoaError(.fileNoSuchFile) }
    return String(decoding: data, as: UTF8.self)
  }
}
