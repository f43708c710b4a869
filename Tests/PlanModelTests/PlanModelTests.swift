import Foundation
import PlanModel
import PlanTestSupport
import XCTest

final class PlanModelTests: XCTestCase {
  private func schema() throws -> [String: Any] {
    let url = TestPaths.repository.appendingPathComponent("Schemas/plan.schema.json")
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    return try XCTUnwrap(object as? [String: Any])
  }

  private func definition(_ name: String, _ property: String) throws -> Set<String> {
    let defs = try XCTUnwrap(try schema()["$defs"] as? [String: Any])
    let type = try XCTUnwrap(defs[name] as? [String: Any], name)
    let properties = try XCTUnwrap(type["properties"] as? [String: Any], name)
    let field = try XCTUnwrap(properties[property] as? [String: Any], "\(name).\(property)")
    let values = try XCTUnwrap(field["enum"] as? [Any], "\(name).\(property) has no enum")
    return Set(values.compactMap { $0 as? String })
  }

  func testEveryEnumCaseIsInTheSchema() throws {
    func check<E: CaseIterable & RawRepresentable>(_: E.Type, _ name: String, _ property: String)
      throws where E.RawValue == String
    {
      XCTAssertEqual(
        Set(E.allCases.map(\.rawValue)), try definition(name, property), "\(name).\(property)")
    }
    try check(DocumentLevel.self, "document", "level")
    try check(SectionKind.self, "section", "kind")
    try check(GoalLevel.self, "goal", "level")
    try check(Comparator.self, "target", "comparator")
    try check(TargetUnit.self, "target", "unit")
    try check(TargetChange.self, "target", "change")
    try check(AgencyLevel.self, "agency", "level")
    try check(AssignmentRole.self, "assignment", "role")
    try check(DeadlineKind.self, "deadline", "kind")
    try check(Recurrence.self, "deadline", "recurrence")
  }

  func testSchemaIsPublishable() throws {
    let schema = try schema()
    XCTAssertEqual(schema["$schema"] as? String, "https://json-schema.org/draft/2020-12/schema")
    XCTAssertNotNil(schema["$id"] as? String)
    XCTAssertNotNil(schema["title"] as? String)
    XCTAssertNotNil(schema["description"] as? String)
    // Every property of every definition is described.
    let defs = try XCTUnwrap(schema["$defs"] as? [String: Any])
    for (name, value) in defs {
      guard let type = value as? [String: Any],
        let properties = type["properties"] as? [String: Any]
      else { continue }
      for (property, field) in properties where property != "span" && property != "id" {
        let described =
          (field as? [String: Any])?["description"] != nil
          || (field as? [String: Any])?["$ref"] != nil
        XCTAssertTrue(described, "\(name).\(property) has no description")
      }
    }
  }

  private func sample() -> Plan {
    let span = Span(line: 4, column: 1, endLine: 4, endColumn: 16)
    return Plan(
      document: PlanDocument(
        number: nil, type: "Kế hoạch", issuer: "Ủy ban nhân dân huyện Phong Thổ",
        level: .district, place: "Phong Thổ", issuedOn: nil, title: "Cai nghiện ma túy",
        period: Period(from: 2023, to: 2023), signer: Signer(name: "Nguyễn Văn A", title: nil)),
      sections: [
        Section(id: "I", number: "I", heading: "MỤC ĐÍCH, YÊU CẦU", kind: .purpose, span: span)
      ],
      indicators: [
        Indicator(
          id: "ind-L4-1", text: "Trên 80% số người nghiện", subject: "người nghiện",
          target: Target(comparator: .gt, value: 80, unit: .percent), deadline: nil,
          agencies: [], section: "I", span: span)
      ])
  }

  func testRoundTripKeepsEveryFieldAndWritesExplicitNulls() throws {
    let plan = sample()
    let data = try plan.jsonData()
    XCTAssertEqual(try JSONDecoder().decode(Plan.self, from: data), plan)
    let text = String(decoding: data, as: UTF8.self)
    XCTAssertTrue(text.contains("\"number\" : null"), text)
    XCTAssertTrue(text.contains("\"upper\" : null"), text)
    XCTAssertEqual(try plan.jsonData(), data, "encoding is deterministic")
  }

  func testNewerSchemaVersionIsRefused() throws {
    var object = try XCTUnwrap(
      JSONSerialization.jsonObject(with: sample().jsonData()) as? [String: Any])
    object["schemaVersion"] = 2
    let data = try JSONSerialization.data(withJSONObject: object)
    XCTAssertThrowsError(try JSONDecoder().decode(Plan.self, from: data)) { error in
      XCTAssertEqual(error as? PlanModelError, .unsupportedVersion(2))
    }
  }

  func testExpectedPlansDecodeAndRoundTrip() throws {
    let folder = TestPaths.corpus.appendingPathComponent("expected")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".json") }.sorted()
    guard !names.isEmpty else { throw XCTSkip("no expected plans in Corpus/expected yet") }
    for name in names {
      let data = try Data(contentsOf: folder.appendingPathComponent(name))
      let plan = try JSONDecoder().decode(Plan.self, from: data)
      XCTAssertEqual(try JSONDecoder().decode(Plan.self, from: plan.jsonData()), plan, name)
      XCTAssertFalse(plan.sections.isEmpty, "\(name) has sections")
      XCTAssertFalse(plan.agencies.isEmpty, "\(name) has agencies")
      // References between items resolve.
      let agencies = Set(plan.agencies.map(\.id))
      for assignment in plan.assignments {
        XCTAssertTrue(agencies.contains(assignment.agency), "\(name): \(assignment.id)")
      }
    }
  }
}
