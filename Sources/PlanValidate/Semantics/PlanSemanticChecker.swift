/// Plan rules a JSON Schema cannot express, checked on plan JSON (as read, with offsets).
///
/// Rules (each finding's `keyword`):
/// - `unique-id`: ids are unique within each collection (sections across the whole tree).
/// - `reference`: assignment and deadline agencies, indicator agencies and every `section`
///   resolve to an existing agency or section id.
/// - `range`: a `range` target has an `upper` greater than its `value`.
/// - `percent`: percentages lie within 0–100.
/// - `date`: dates are real calendar days (`2024-02-30` is not); `dueDay` a real day-month;
///   a period does not end before it starts.
/// - `span`: a span does not end before it starts and, when the source text is given, lies
///   inside it.
///
/// Values of the wrong shape are left to the schema; these rules skip them.
public struct PlanSemanticChecker {
  /// The source text's line table, for span checks (`--source`).
  public var source: SourceLines?

  public init(source: SourceLines? = nil) {
    self.source = source
  }

  /// Every rule violation in `plan`, in document order.
  public func check(_ plan: JSONValue) -> [ValidationError] {
    var run = Run(source: source)
    run.check(plan)
    return run.findings.sorted { $0.offset < $1.offset }
  }
}

/// The lengths of a source file's lines, in Unicode scalars.
public struct SourceLines: Sendable {
  public let lengths: [Int]

  public init(bytes: [UInt8]) {
    var lengths: [Int] = []
    var length = 0
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x0A || byte == 0x0D {
        lengths.append(length)
        length = 0
        if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
      } else if byte & 0xC0 != 0x80 {
        length += 1
      }
      index += 1
    }
    lengths.append(length)
    self.lengths = lengths
  }
}

private struct Run {
  let source: SourceLines?
  var findings: [ValidationError] = []

  static let collections = [
    "references", "goals", "indicators", "agencies", "assignments", "deadlines",
  ]

  mutating func check(_ plan: JSONValue) {
    guard let root = plan.objectValue else { return }
    let sections = collectSections(root["sections"])
    var sectionIDs: Set<String> = []
    checkUnique(sections.map { ($0.id, $0.value, $0.pointer) }, into: &sectionIDs)
    var agencyIDs: Set<String> = []
    for name in Self.collections {
      var seen: Set<String> = []
      let items = elements(root[name], pointer: "/" + name)
      checkUnique(
        items.compactMap { item in
          item.value["id"].flatMap { id in id.stringValue.map { ($0, id, item.pointer + "/id") } }
        }, into: &seen)
      if name == "agencies" { agencyIDs = seen }
    }
    checkReferences(root, sectionIDs: sectionIDs, agencyIDs: agencyIDs)
    for item in elements(root["indicators"], pointer: "/indicators") {
      if let target = item.value["target"] {
        checkTarget(target, pointer: item.pointer + "/target")
      }
      checkDate(item.value["deadline"], pointer: item.pointer + "/deadline")
    }
    if let document = root["document"] {
      checkDate(document["issuedOn"], pointer: "/document/issuedOn")
      checkPeriod(document["period"], pointer: "/document/period")
    }
    for item in elements(root["references"], pointer: "/references") {
      checkDate(item.value["date"], pointer: item.pointer + "/date")
    }
    for item in elements(root["deadlines"], pointer: "/deadlines") {
      checkDate(item.value["date"], pointer: item.pointer + "/date")
      checkDueDay(item.value["dueDay"], pointer: item.pointer + "/dueDay")
    }
    checkSpans(plan, pointer: "")
  }

  private mutating func report(
    _ rule: String, _ message: String, _ value: JSONValue, _ pointer: String
  ) {
    findings.append(
      ValidationError(
        instancePointer: pointer, offset: value.offset, keyword: rule, message: message,
        schemaLocation: "plan semantics"))
  }

  private func elements(_ value: JSONValue?, pointer: String) -> [(
    value: JSONValue, pointer: String
  )] {
    guard let array = value?.arrayValue else { return [] }
    return array.enumerated().map { ($0.element, pointer + "/" + String($0.offset)) }
  }

  /// Every section in the tree with its id, depth first.
  private func collectSections(_ value: JSONValue?) -> [(
    id: String, value: JSONValue, pointer: String
  )] {
    var result: [(String, JSONValue, String)] = []
    var stack = elements(value, pointer: "/sections").reversed().map { $0 }
    while let (section, pointer) = stack.popLast() {
      if let id = section["id"], let text = id.stringValue {
        result.append((text, id, pointer + "/id"))
      }
      stack.append(
        contentsOf: elements(section["children"], pointer: pointer + "/children").reversed())
    }
    return result
  }

  private mutating func checkUnique(
    _ ids: [(id: String, value: JSONValue, pointer: String)], into seen: inout Set<String>
  ) {
    var first: [String: JSONValue] = [:]
    for (id, value, pointer) in ids {
      if first[id] != nil {
        report("unique-id", "duplicate id \(ValueDescription.quoted(id))", value, pointer)
      } else {
        first[id] = value
        seen.insert(id)
      }
    }
  }

  private mutating func checkReferences(
    _ root: JSONObject, sectionIDs: Set<String>, agencyIDs: Set<String>
  ) {
    func resolve(
      _ value: JSONValue?, pointer: String, in ids: Set<String>, kind: String,
      findings run: inout Run
    ) {
      guard let value, let id = value.stringValue, !ids.contains(id) else { return }
      run.report(
        "reference", "\(kind) \(ValueDescription.quoted(id)) does not exist", value, pointer)
    }
    for name in ["goals", "indicators", "assignments", "deadlines"] {
      for item in elements(root[name], pointer: "/" + name) {
        resolve(
          item.value["section"], pointer: item.pointer + "/section", in: sectionIDs,
          kind: "section", findings: &self)
        if name == "assignments" || name == "deadlines" {
          resolve(
            item.value["agency"], pointer: item.pointer + "/agency", in: agencyIDs, kind: "agency",
            findings: &self)
        }
        if name == "indicators" {
          for agency in elements(item.value["agencies"], pointer: item.pointer + "/agencies") {
            resolve(
              agency.value, pointer: agency.pointer, in: agencyIDs, kind: "agency", findings: &self)
          }
        }
      }
    }
  }

  private mutating func checkTarget(_ target: JSONValue, pointer: String) {
    let value = target["value"]?.numberValue
    let upper = target["upper"]
    if target["comparator"]?.stringValue == "range" {
      if let upper, let upperNumber = upper.numberValue {
        if let value, upperNumber.compare(value) <= 0 {
          report(
            "range", "upper \(upperNumber.literal) is not greater than value \(value.literal)",
            upper, pointer + "/upper")
        }
      } else if let comparator = target["comparator"] {
        report("range", "a range needs a numeric upper bound", comparator, pointer + "/comparator")
      }
    }
    guard target["unit"]?.stringValue == "percent" else { return }
    for key in ["value", "upper"] {
      guard let member = target[key], let number = member.numberValue else { continue }
      if number.isNegative || number.compare(JSONNumber(100)) > 0 {
        report(
          "percent", "percentage \(number.literal) is outside 0–100", member, pointer + "/" + key)
      }
    }
  }

  private mutating func checkDate(_ value: JSONValue?, pointer: String) {
    guard let value, let text = value.stringValue else { return }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]),
      let day = Int(parts[2]),
      CalendarDay.isValid(year: year, month: month, day: day)
    else {
      report("date", "\(ValueDescription.quoted(text)) is not a real calendar date", value, pointer)
      return
    }
  }

  private mutating func checkDueDay(_ value: JSONValue?, pointer: String) {
    guard let value, let text = value.stringValue else { return }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, let day = Int(parts[0]), let month = Int(parts[1]),
      CalendarDay.isValid(year: 2024, month: month, day: day)
    else {
      report(
        "date", "\(ValueDescription.quoted(text)) is not a real day-month (DD-MM)", value, pointer)
      return
    }
  }

  private mutating func checkPeriod(_ value: JSONValue?, pointer: String) {
    guard let period = value, let from = period["from"]?.numberValue, let toValue = period["to"],
      let to = toValue.numberValue, to.compare(from) < 0
    else { return }
    report(
      "date", "the period ends (\(to.literal)) before it starts (\(from.literal))", toValue,
      pointer + "/to")
  }

  /// Checks every object named `span` anywhere in the plan.
  private mutating func checkSpans(_ value: JSONValue, pointer: String) {
    switch value.kind {
    case .object(let object):
      for member in object.members {
        let childPointer = pointer + "/" + JSONPointer.escape(member.key)
        if member.key == "span", case .object = member.value.kind {
          checkSpan(member.value, pointer: childPointer)
        } else {
          checkSpans(member.value, pointer: childPointer)
        }
      }
    case .array(let array):
      for (index, element) in array.enumerated() {
        checkSpans(element, pointer: pointer + "/" + String(index))
      }
    default:
      break
    }
  }

  private mutating func checkSpan(_ span: JSONValue, pointer: String) {
    func int(_ key: String) -> Int? { span[key]?.numberValue?.smallInteger }
    guard let line = int("line"), let column = int("column") else { return }
    let endLine = int("endLine") ?? line
    let endColumn = int("endColumn") ?? column
    if endLine < line || (endLine == line && endColumn < column) {
      report(
        "span", "the span ends (\(endLine):\(endColumn)) before it starts (\(line):\(column))",
        span, pointer)
      return
    }
    guard let source else { return }
    for (key, lineNumber, columnNumber) in [
      ("line", line, column), ("endLine", endLine, endColumn),
    ] {
      guard lineNumber >= 1, lineNumber <= source.lengths.count else {
        report(
          "span", "line \(lineNumber) is outside the source (\(source.lengths.count) lines)",
          span[key] ?? span, pointer + "/" + key)
        return
      }
      let length = source.lengths[lineNumber - 1]
      if columnNumber < 1 || columnNumber > length + 1 {
        let columnKey = key == "line" ? "column" : "endColumn"
        report(
          "span", "column \(columnNumber) is outside line \(lineNumber) (\(length) characters)",
          span[columnKey] ?? span, pointer + "/" + columnKey)
        return
      }
    }
  }
}
