import Foundation
import PlanTestSupport
import PlanValidate
import XCTest

/// `Schemas/` is published: each schema is a valid draft 2020-12 schema with `$id`, `title`,
/// and a description on every property; the corpus examples validate against them.
final class PublishedSchemasTests: XCTestCase {
  private let schemas = TestPaths.repository.appendingPathComponent("Schemas")

  private func schemaFiles() throws -> [URL] {
    try FileManager.default.contentsOfDirectory(atPath: schemas.path)
      .filter { $0.hasSuffix(".schema.json") }.sorted()
      .map { schemas.appendingPathComponent($0) }
  }

  func testEverySchemaHasAnIdATitleAndDescribedProperties() throws {
    let files = try schemaFiles()
    XCTAssertGreaterThanOrEqual(files.count, 2)
    for file in files {
      let root = try JSONReader.read(Array(Data(contentsOf: file))).value
      XCTAssertNotNil(root["$id"]?.stringValue, file.lastPathComponent)
      XCTAssertNotNil(root["title"]?.stringValue, file.lastPathComponent)
      XCTAssertNotNil(root["description"]?.stringValue, file.lastPathComponent)
      XCTAssertEqual(undescribedProperties(root, pointer: ""), [], file.lastPathComponent)
      // Loading checks it against the meta-schema and resolves every $ref.
      XCTAssertNoThrow(try DocumentValidator(choice: .file(file.path)), file.lastPathComponent)
    }
  }

  /// Pointers of properties that have neither a description nor a `$ref` to a described
  /// definition.
  private func undescribedProperties(_ schema: JSONValue, pointer: String) -> [String] {
    guard let object = schema.objectValue else { return [] }
    var missing: [String] = []
    for member in object.members {
      let childPointer = pointer + "/" + JSONPointer.escape(member.key)
      if member.key == "properties", let properties = member.value.objectValue {
        for property in properties.members {
          let described =
            property.value["description"] != nil || property.value["$ref"] != nil
            || property.value.boolValue != nil
          if !described { missing.append(childPointer + "/" + property.key) }
          missing += undescribedProperties(
            property.value, pointer: childPointer + "/" + property.key)
        }
      } else if case .array(let array) = member.value.kind {
        for (index, element) in array.enumerated() {
          missing += undescribedProperties(element, pointer: childPointer + "/\(index)")
        }
      } else if member.key != "const" && member.key != "enum" {
        missing += undescribedProperties(member.value, pointer: childPointer)
      }
    }
    return missing
  }

  func testTheBundledCopyIsTheRepositoryCopy() throws {
    for name in BundledSchemas.projectSchemaNames {
      let file = schemas.appendingPathComponent("\(name).schema.json")
      guard FileManager.default.fileExists(atPath: file.path) else { continue }
      XCTAssertEqual(
        try BundledSchemas.projectSchemaBytes(name), try Array(Data(contentsOf: file)), name)
    }
  }

  func testTheExpectedPlansInTheCorpusValidateWithTheirSources() throws {
    let expected = TestPaths.corpus.appendingPathComponent("expected")
    let names = try FileManager.default.contentsOfDirectory(atPath: expected.path)
      .filter { $0.hasSuffix(".json") }.sorted()
    XCTAssertEqual(names.count, 5)
    for name in names {
      let source = TestPaths.documents.appendingPathComponent(
        String(name.dropLast(".json".count)) + ".txt")
      let validator = try DocumentValidator(
        choice: .automatic, source: SourceLines(bytes: Array(Data(contentsOf: source))))
      let outcome = validator.validate(
        bytes: try Array(Data(contentsOf: expected.appendingPathComponent(name))), path: name)
      XCTAssertEqual(outcome.schema, "plan", name)
      XCTAssertEqual(outcome.problems.map(\.text), [], name)
    }
  }

  func testTheResultsAndFindingsExamplesValidate() throws {
    let results = TestPaths.corpus.appendingPathComponent("results")
    let names = try FileManager.default.contentsOfDirectory(atPath: results.path)
      .filter { $0.hasSuffix(".json") }.sorted()
    XCTAssertEqual(names.count, 4)
    let validator = try DocumentValidator(choice: .automatic)
    for name in names {
      let outcome = validator.validate(
        bytes: try Array(Data(contentsOf: results.appendingPathComponent(name))), path: name)
      XCTAssertEqual(
        outcome.schema, name.hasSuffix(".expected.json") ? "findings" : "results", name)
      XCTAssertEqual(outcome.problems.map(\.text), [], name)
    }
  }
}
