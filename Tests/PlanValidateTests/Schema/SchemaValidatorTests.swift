import Foundation
import PlanValidate
import XCTest

final class SchemaValidatorTests: XCTestCase {
  private func errors(_ schema: String, _ instance: String, assertFormats: Bool = false) throws
    -> [ValidationError]
  {
    let registry = try BundledSchemas.registryWithMetaSchemas()
    let compiled = try registry.add(try JSONReader.read(schema).value, name: "test.json")
    return SchemaValidator(assertFormats: assertFormats).validate(
      try JSONReader.read(instance).value, against: compiled)
  }

  func testMessagesNameThePointerTheValueAndTheKeyword() throws {
    let schema = """
      {"properties": {"indicators": {"items": {"properties": {"target": {"properties":
        {"value": {"type": "number", "maximum": 100}}}}}}}}
      """
    let found = try errors(schema, #"{"indicators": [{}, {}, {}, {"target": {"value": 120}}]}"#)
    XCTAssertEqual(
      found.map(\.text),
      ["/indicators/3/target/value: 120 is greater than the maximum 100 (maximum)"])
    XCTAssertEqual(found.first?.offset, 49)
  }

  func testPropertyNotAllowedIsLocatedAtItsKey() throws {
    let found = try errors(
      #"{"properties": {"a": true}, "additionalProperties": false}"#, #"{"a": 1, "zz": 2}"#)
    XCTAssertEqual(
      found.map(\.text), [#"/zz: property "zz" is not allowed (additionalProperties)"#])
    XCTAssertEqual(found.first?.offset, 9)
  }

  func testAllErrorsAreReportedNotOnlyTheFirst() throws {
    let found = try errors(
      #"{"items": {"type": "string", "minLength": 2}}"#, #"["a", 3, "ok", "b"]"#)
    XCTAssertEqual(
      found.map(\.text),
      [
        #"/0: "a" is shorter than 2 characters (minLength)"#,
        "/1: expected string, found integer (type)",
        #"/3: "b" is shorter than 2 characters (minLength)"#,
      ])
  }

  func testLengthsCountCodePoints() throws {
    XCTAssertTrue(try errors(#"{"maxLength": 2}"#, "\"\u{1F600}\u{1F600}\"").isEmpty)
    XCTAssertEqual(try errors(#"{"maxLength": 1}"#, "\"e\u{301}\"").count, 1)
  }

  func testFormatIsAnAnnotationUnlessAsserted() throws {
    let schema = #"{"format": "date"}"#
    XCTAssertTrue(try errors(schema, #""2024-02-30""#).isEmpty)
    XCTAssertEqual(
      try errors(schema, #""2024-02-30""#, assertFormats: true).map(\.text),
      [#"(root): "2024-02-30" is not a valid date (format)"#])
    XCTAssertTrue(try errors(schema, #""2024-02-29""#, assertFormats: true).isEmpty)
    XCTAssertTrue(
      try errors(#"{"format": "date-time"}"#, #""2024-02-29T10:00:00+07:00""#, assertFormats: true)
        .isEmpty)
    XCTAssertEqual(try errors(#"{"format": "email"}"#, #""a@@b""#, assertFormats: true).count, 1)
    XCTAssertEqual(try errors(#"{"format": "uri"}"#, #""no scheme""#, assertFormats: true).count, 1)
  }

  func testReferenceCycleThatConsumesNothingIsReportedNotAStackOverflow() throws {
    let found = try errors(##"{"$ref": "#"}"##, "1")
    XCTAssertEqual(found.count, 1)
    XCTAssertEqual(found.first?.keyword, "$ref")
  }

  func testDeepInstancesWithRecursiveSchemasValidate() throws {
    let deep = String(repeating: "[", count: 400) + String(repeating: "]", count: 400)
    XCTAssertTrue(try errors(##"{"type": "array", "items": {"$ref": "#"}}"##, deep).isEmpty)
  }

  func testAnchorsAndPointersAcrossFilesResolve() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kehoach-schema-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try #"{"$ref": "common.json#/$defs/percent"}"#.write(
      to: directory.appendingPathComponent("main.json"), atomically: true, encoding: .utf8)
    try #"{"$defs": {"percent": {"$anchor": "pct", "type": "number", "maximum": 100}}}"#.write(
      to: directory.appendingPathComponent("common.json"), atomically: true, encoding: .utf8)
    let validator = try DocumentValidator(
      choice: .file(directory.appendingPathComponent("main.json").path))
    XCTAssertTrue(validator.validate(bytes: Array("50".utf8), path: "ok.json").valid)
    let outcome = validator.validate(bytes: Array("150".utf8), path: "bad.json")
    XCTAssertEqual(
      outcome.problems.map(\.text), ["(root): 150 is greater than the maximum 100 (maximum)"])
  }

  func testInvalidSchemasAreReportedWithTheirLocation() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kehoach-schema-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("bad.json").path
    try "{\n  \"type\": \"integr\"\n}".write(toFile: path, atomically: true, encoding: .utf8)
    XCTAssertThrowsError(try DocumentValidator(choice: .file(path))) { error in
      let message = (error as? SchemaLoadError)?.message ?? ""
      XCTAssertTrue(message.hasPrefix(path + ":2:11: not a valid JSON Schema"), message)
    }
    try ##"{"$ref": "#/$defs/missing"}"##.write(toFile: path, atomically: true, encoding: .utf8)
    XCTAssertThrowsError(try DocumentValidator(choice: .file(path))) { error in
      let message = (error as? SchemaLoadError)?.message ?? ""
      XCTAssertTrue(message.contains("cannot resolve $ref"), message)
    }
  }
}

/// Regressions from review: inputs that crashed, hung or were judged wrongly.
final class SchemaValidatorRegressionTests: XCTestCase {
  private func errors(_ schema: String, _ instance: String) throws -> [ValidationError] {
    let registry = try BundledSchemas.registryWithMetaSchemas()
    let compiled = try registry.add(try JSONReader.read(schema).value, name: "test.json")
    return SchemaValidator().validate(try JSONReader.read(instance).value, against: compiled)
  }

  func testReferenceCyclesInsideAlternativesEndWithoutOverflowOrBlowUp() throws {
    XCTAssertEqual(try errors(##"{"anyOf": [{"$ref": "#"}]}"##, "1").count, 1)
    XCTAssertEqual(try errors(##"{"anyOf": [{"$ref": "#"}, {"$ref": "#"}]}"##, "1").count, 1)
  }

  func testPatternsThatBacktrackExponentiallyAreRefused() throws {
    let registry = try BundledSchemas.registryWithMetaSchemas()
    for pattern in ["^(a+)+$", "(\\\\s*\\\\w+)*$", "((ab)*)*"] {
      XCTAssertThrowsError(
        try registry.add(try JSONReader.read("{\"pattern\": \"\(pattern)\"}").value, name: "p"),
        pattern)
    }
    for pattern in ["^([a-z]+,)*[a-z]+$", "^[A-Za-z0-9][A-Za-z0-9._-]*$", "^(ab)+$"] {
      XCTAssertNoThrow(
        try registry.add(try JSONReader.read("{\"pattern\": \"\(pattern)\"}").value, name: "p"),
        pattern)
    }
  }

  func testUniqueItemsHashesObjectsAndHugeNumbersByValue() throws {
    let objects = "[" + (0..<20_000).map { "{\"a\": \($0)}" }.joined(separator: ",") + "]"
    XCTAssertTrue(try errors(#"{"uniqueItems": true}"#, objects).isEmpty)
    let numbers = "[" + (0..<20_000).map { "1e\(400 + $0)" }.joined(separator: ",") + "]"
    XCTAssertTrue(try errors(#"{"uniqueItems": true}"#, numbers).isEmpty)
    XCTAssertEqual(
      try errors(#"{"uniqueItems": true}"#, #"[{"a": 1, "b": 2}, {"b": 2, "a": 1.0}]"#).count, 1)
  }

  func testDynamicScopeIncludesResourcesEnteredThroughAReference() throws {
    let schema = """
      {"$id": "https://example.com/root", "$ref": "https://example.com/b#/$defs/x",
       "$defs": {"b": {"$id": "https://example.com/b", "$defs": {
         "x": {"$dynamicRef": "#t"},
         "t": {"$dynamicAnchor": "t", "type": "string"}}}}}
      """
    XCTAssertEqual(try errors(schema, "1").count, 1, "1 is not a string")
  }
}
