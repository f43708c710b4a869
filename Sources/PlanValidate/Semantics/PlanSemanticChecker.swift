import PlanText

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
  /// The instance location being checked; turned into a pointer only for a finding.
  var path = InstancePath()

  static let collections = [
    "references", "goals", "indicators", "agencies", "assignments", "deadlines",
  ]

  mutating func check(_ plan: JSONValue) {
    guard let root = plan.objectValue else { return }
    var sectionIDs: Set<String> = []
    collectSections(root["sections"], key: "sections", ids: &sectionIDs)
    var agencyIDs: Set<String> = []
    for name in Self.collections {
      var seen: Set<String> = []
      forEach(root, name) { run, item in
        guard let id = item["id"], let text = id.stringValue else { return }
        if !seen.insert(text).inserted {
          run.at("id") {
            $0.report("unique-id", "duplicate id \(ValueDescription.quoted(text))", id)
          }
        }
      }
      if name == "agencies" { agencyIDs = seen }
    }
    for name in ["goals", "indicators", "assignments", "deadlines"] {
      forEach(root, name) { run, item in
        run.resolve(item["section"], key: "section", in: sectionIDs, kind: "section")
        if name == "assignments" || name == "deadlines" {
          run.resolve(item["agency"], key: "agency", in: agencyIDs, kind: "agency")
        }
        if name == "indicators", let agencies = item["agencies"]?.arrayValue {
          run.at("agencies") { run in
            for (index, agency) in agencies.enumerated() {
              run.path.push(.index(index))
              run.resolve(agency, key: nil, in: agencyIDs, kind: "agency")
              run.path.pop()
            }
          }
        }
      }
    }
    forEach(root, "indicators") { run, item in
      if let target = item["target"] { run.at("target") { $0.checkTarget(target) } }
      run.checkDate(item["deadline"], key: "deadline")
    }
    if let document = root["document"] {
      at("document") { run in
        run.checkDate(document["issuedOn"], key: "issuedOn")
        run.checkPeriod(document["period"])
      }
    }
    forEach(root, "references") { run, item in run.checkDate(item["date"], key: "date") }
    forEach(root, "assignments") { run, item in run.checkDate(item["deadline"], key: "deadline") }
    forEach(root, "deadlines") { run, item in
      run.checkDate(item["date"], key: "date")
      run.checkDueDay(item["dueDay"])
    }
    checkSpans(plan)
  }

  /// Runs `body` with `key` pushed onto the path.
  private mutating func at(_ key: String, _ body: (inout Run) -> Void) {
    path.push(.key(key))
    body(&self)
    path.pop()
  }

  /// Runs `body` for each object in the array `root[name]`, with the path set to it.
  private mutating func forEach(
    _ root: JSONObject, _ name: String, _ body: (inout Run, JSONValue) -> Void
  ) {
    guard let array = root[name]?.arrayValue else { return }
    path.push(.key(name))
    for (index, item) in array.enumerated() where item.objectValue != nil {
      path.push(.index(index))
      body(&self, item)
      path.pop()
    }
    path.pop()
  }

  private mutating func report(_ rule: String, _ message: String, _ value: JSONValue) {
    findings.append(
      ValidationError(
        instancePointer: path.pointer, offset: value.offset, keyword: rule, message: message,
        schemaLocation: "plan semantics"))
  }

  /// Every section id in the tree, depth first; duplicates are reported.
  private mutating func collectSections(
    _ value: JSONValue?, key: String, ids: inout Set<String>
  ) {
    guard let array = value?.arrayValue else { return }
    path.push(.key(key))
    for (index, section) in array.enumerated() {
      path.push(.index(index))
      if let id = section["id"], let text = id.stringValue, !ids.insert(text).inserted {
        at("id") { $0.report("unique-id", "duplicate id \(ValueDescription.quoted(text))", id) }
      }
      collectSections(section["children"], key: "children", ids: &ids)
      path.pop()
    }
    path.pop()
  }

  private mutating func resolve(
    _ value: JSONValue?, key: String?, in ids: Set<String>, kind: String
  ) {
    guard let value, let id = value.stringValue, !ids.contains(id) else { return }
    let message = "\(kind) \(ValueDescription.quoted(id)) does not exist"
    if let key {
      at(key) { $0.report("reference", message, value) }
    } else {
      report("reference", message, value)
    }
  }

  private mutating func checkTarget(_ target: JSONValue) {
    let value = target["value"]?.numberValue
    if target["comparator"]?.stringValue == "range" {
      if let upper = target["upper"], let upperNumber = upper.numberValue {
        if let value, upperNumber.compare(value) <= 0 {
          at("upper") {
            $0.report(
              "range", "upper \(upperNumber.literal) is not greater than value \(value.literal)",
              upper)
          }
        }
      } else if let comparator = target["comparator"] {
        at("comparator") { $0.report("range", "a range needs a numeric upper bound", comparator) }
      }
    }
    guard target["unit"]?.stringValue == "percent" else { return }
    for key in ["value", "upper"] {
      guard let member = target[key], let number = member.numberValue else { continue }
      if number.isNegative || number.compare(JSONNumber(100)) > 0 {
        at(key) { $0.report("percent", "percentage \(number.literal) is outside 0–100", member) }
      }
    }
  }

  private mutating func checkDate(_ value: JSONValue?, key: String) {
    guard let value, let text = value.stringValue else { return }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    if parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]),
      let day = Int(parts[2]), CalendarDay.isValid(year: year, month: month, day: day)
    {
      return
    }
    at(key) {
      $0.report("date", "\(ValueDescription.quoted(text)) is not a real calendar date", value)
    }
  }

  private mutating func checkDueDay(_ value: JSONValue?) {
    guard let value, let text = value.stringValue else { return }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    if parts.count == 2, let day = Int(parts[0]), let month = Int(parts[1]),
      CalendarDay.isValid(year: 2024, month: month, day: day)
    {
      return
    }
    at("dueDay") {
      $0.report("date", "\(ValueDescription.quoted(text)) is not a real day-month (DD-MM)", value)
    }
  }

  private mutating func checkPeriod(_ value: JSONValue?) {
    guard let period = value, let from = period["from"]?.numberValue, let toValue = period["to"],
      let to = toValue.numberValue, to.compare(from) < 0
    else { return }
    at("period") { run in
      run.at("to") {
        $0.report(
          "date", "the period ends (\(to.literal)) before it starts (\(from.literal))", toValue)
      }
    }
  }

  /// Checks every object named `span` anywhere in the plan.
  private mutating func checkSpans(_ value: JSONValue) {
    switch value.kind {
    case .object(let object):
      for member in object.members {
        path.push(.key(member.key))
        if member.key == "span", case .object = member.value.kind {
          checkSpan(member.value)
        } else {
          checkSpans(member.value)
        }
        path.pop()
      }
    case .array(let array):
      for (index, element) in array.enumerated() {
        switch element.kind {
        case .object, .array:
          path.push(.index(index))
          checkSpans(element)
          path.pop()
        default: continue
        }
      }
    default:
      break
    }
  }

  private mutating func checkSpan(_ span: JSONValue) {
    // `10.0` is the integer 10 to the schema: read it as one.
    func int(_ key: String) -> Int? {
      guard let number = span[key]?.numberValue else { return nil }
      if let small = number.smallInteger { return small }
      let value = number.doubleValue
      guard number.isInteger, abs(value) < 1e15 else { return nil }
      return Int(value)
    }
    guard let line = int("line"), let column = int("column") else { return }
    let endLine = int("endLine") ?? line
    let endColumn = int("endColumn") ?? column
    if endLine < line || (endLine == line && endColumn < column) {
      report(
        "span", "the span ends (\(endLine):\(endColumn)) before it starts (\(line):\(column))", span
      )
      return
    }
    guard let source else { return }
    for (key, lineNumber, columnNumber) in [
      ("line", line, column), ("endLine", endLine, endColumn),
    ] {
      guard lineNumber >= 1, lineNumber <= source.lengths.count else {
        at(key) {
          $0.report(
            "span", "line \(lineNumber) is outside the source (\(source.lengths.count) lines)",
            span[key] ?? span)
        }
        return
      }
      let length = source.lengths[lineNumber - 1]
      if columnNumber < 1 || columnNumber > length + 1 {
        let columnKey = key == "line" ? "column" : "endColumn"
        at(columnKey) {
          $0.report(
            "span", "column \(columnNumber) is outside line \(lineNumber) (\(length) characters)",
            span[columnKey] ?? span)
        }
        return
      }
    }
  }
}
