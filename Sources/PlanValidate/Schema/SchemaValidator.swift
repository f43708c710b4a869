/// Validates JSON instances against compiled schemas (JSON Schema draft 2020-12).
public struct SchemaValidator {
  /// Whether `format` is an assertion (`--format-assert`) rather than an annotation.
  public var assertFormats: Bool
  /// Errors beyond this many are not collected (the instance is still reported invalid).
  public var errorLimit: Int

  public init(assertFormats: Bool = false, errorLimit: Int = 1000) {
    self.assertFormats = assertFormats
    self.errorLimit = errorLimit
  }

  /// Every error of `instance` against `schema`, in document order of discovery.
  public func validate(_ instance: JSONValue, against schema: Schema) -> [ValidationError] {
    let evaluation = SchemaEvaluation(
      registry: schema.registry, assertFormats: assertFormats, errorLimit: errorLimit)
    var none: Annotations?
    _ = evaluation.evaluate(instance, schema.node, report: true, into: &none)
    return evaluation.errors
  }

  /// Whether `instance` is valid, without building messages (faster).
  public func isValid(_ instance: JSONValue, against schema: Schema) -> Bool {
    let evaluation = SchemaEvaluation(
      registry: schema.registry, assertFormats: assertFormats, errorLimit: 0)
    var none: Annotations?
    return evaluation.evaluate(instance, schema.node, report: false, into: &none)
  }
}

/// The state of one validation run: errors, the instance path, the dynamic scope.
final class SchemaEvaluation {
  /// Nested evaluations allowed before a `$ref` cycle is reported instead of overflowing.
  static let maximumDepth = 1024

  let registry: SchemaRegistry
  let assertFormats: Bool
  let errorLimit: Int
  private(set) var errors: [ValidationError] = []
  private var path = InstancePath()
  fileprivate(set) var dynamicScope: [SchemaResource] = []
  private var depth = 0
  /// `$ref` targets being applied, with the instance they are applied to, innermost last:
  /// meeting one again is a cycle that makes no progress through the instance.
  private var activeReferences: [ActiveReference] = []
  /// Whether failed `anyOf`/`oneOf` say why each alternative failed (not inside such a probe).
  private var explains = true

  private struct ActiveReference {
    var node: ObjectIdentifier
    var instanceOffset: Int
    var path: Int
  }

  /// Whether `reference` is already being applied to the same value. References applied to
  /// one value are contiguous at the top of the stack (deeper values come later), so the
  /// scan stops at the first entry for another value.
  private func isActive(_ reference: ActiveReference) -> Bool {
    for entry in activeReferences.reversed() {
      guard entry.instanceOffset == reference.instanceOffset, entry.path == reference.path else {
        return false
      }
      if entry.node == reference.node { return true }
    }
    return false
  }

  init(registry: SchemaRegistry, assertFormats: Bool, errorLimit: Int) {
    self.registry = registry
    self.assertFormats = assertFormats
    self.errorLimit = errorLimit
  }

  private func fail(
    _ keyword: String, _ message: String, at offset: Int, _ node: SchemaNode
  ) {
    guard errors.count < errorLimit else { return }
    errors.append(
      ValidationError(
        instancePointer: path.pointer, offset: offset, keyword: keyword, message: message,
        schemaLocation: node.location.appending(keyword).description))
  }

  /// Applies `node` to `instance`; when valid and `parent` collects annotations, adds this
  /// node's to it. With `report` false, stops at the first failure and records nothing.
  func evaluate(
    _ instance: JSONValue, _ node: SchemaNode, report: Bool, into parent: inout Annotations?
  ) -> Bool {
    if let boolean = node.boolean {
      if !boolean, report { fail("false", "no value is allowed here", at: instance.offset, node) }
      return boolean
    }
    depth += 1
    defer { depth -= 1 }
    guard depth <= Self.maximumDepth else {
      if report {
        fail(
          "$ref", "schema recursion deeper than \(Self.maximumDepth) levels (a $ref cycle?)",
          at: instance.offset, node)
      }
      return false
    }
    if node.startsResource { dynamicScope.append(node.resource) }
    defer { if node.startsResource { dynamicScope.removeLast() } }

    var local: Annotations? = parent != nil || node.needsAnnotations ? Annotations() : nil
    var valid = true
    if !generalKeywords(instance, node, report: report) {
      valid = false
      if !report { return false }
    }
    let typed: Bool
    switch instance.kind {
    case .object(let object):
      typed = objectKeywords(instance, object, node, report: report, local: &local)
    case .array(let array):
      typed = arrayKeywords(instance, array, node, report: report, local: &local)
    case .string(let string): typed = stringKeywords(instance, string, node, report: report)
    case .number(let number): typed = numberKeywords(instance, number, node, report: report)
    default: typed = true
    }
    if !typed {
      valid = false
      if !report { return false }
    }
    if node.hasInPlaceApplicators, !inPlaceKeywords(instance, node, report: report, local: &local) {
      valid = false
      if !report { return false }
    }
    if node.needsAnnotations, !unevaluatedKeywords(instance, node, report: report, local: &local) {
      valid = false
    }
    if valid, let local, parent != nil { parent?.merge(local) }
    return valid
  }

  // MARK: - Any type

  private func generalKeywords(_ instance: JSONValue, _ node: SchemaNode, report: Bool) -> Bool {
    var valid = true
    if let types = node.types, !types.admits(instance) {
      if !report { return false }
      valid = false
      fail(
        "type", "expected \(types.text), found \(instance.typeName)", at: instance.offset, node)
    }
    if let constant = node.constValue, !JSONEquality.equal(instance, constant) {
      if !report { return false }
      valid = false
      fail(
        "const",
        "\(ValueDescription.of(instance)) is not the required value \(ValueDescription.of(constant))",
        at: instance.offset, node)
    }
    if let values = node.enumValues, !values.contains(where: { JSONEquality.equal(instance, $0) }) {
      if !report { return false }
      valid = false
      let listed = values.prefix(12).map(ValueDescription.of).joined(separator: ", ")
      fail(
        "enum",
        "\(ValueDescription.of(instance)) is not one of \(listed)\(values.count > 12 ? ", ..." : "")",
        at: instance.offset, node)
    }
    return valid
  }

  // MARK: - Objects

  private func objectKeywords(
    _ instance: JSONValue, _ object: JSONObject, _ node: SchemaNode, report: Bool,
    local: inout Annotations?
  ) -> Bool {
    var valid = true
    var none: Annotations?
    let missing = node.required.filter { object.member($0) == nil }
    if !missing.isEmpty {
      if !report { return false }
      valid = false
      let names = missing.map(ValueDescription.quoted).joined(separator: ", ")
      fail(
        "required", "missing required propert\(missing.count == 1 ? "y" : "ies") \(names)",
        at: instance.offset, node)
    }
    if let minimum = node.minProperties, object.count < minimum {
      if !report { return false }
      valid = false
      fail(
        "minProperties", "has \(object.count) properties, fewer than \(minimum)",
        at: instance.offset, node)
    }
    if let maximum = node.maxProperties, object.count > maximum {
      if !report { return false }
      valid = false
      fail(
        "maxProperties", "has \(object.count) properties, more than \(maximum)",
        at: instance.offset, node)
    }
    for (property, requires) in node.dependentRequired where object.member(property) != nil {
      for name in requires where object.member(name) == nil {
        if !report { return false }
        valid = false
        fail(
          "dependentRequired",
          "property \(ValueDescription.quoted(property)) requires property \(ValueDescription.quoted(name))",
          at: instance.offset, node)
      }
    }
    let checksMembers =
      !node.properties.isEmpty || !node.patternProperties.isEmpty
      || node.additionalProperties != nil || node.propertyNames != nil
    guard checksMembers else { return valid }
    for member in object.members {
      if let names = node.propertyNames {
        let key = JSONValue(.string(member.key), offset: member.keyOffset)
        if !evaluate(key, names, report: false, into: &none) {
          if !report { return false }
          valid = false
          path.push(.key(member.key))
          fail(
            "propertyNames", "property name \(ValueDescription.quoted(member.key)) is not allowed",
            at: member.keyOffset, node)
          path.pop()
        }
      }
      var matched = false
      if let position = node.properties.index(forKey: member.key),
        node.properties[position].key.hasSameScalars(as: member.key)
      {
        let schema = node.properties[position].value
        matched = true
        if !apply(schema, to: member, keyword: "properties", node, report: report) {
          if !report { return false }
          valid = false
        }
      }
      for (pattern, schema) in node.patternProperties where pattern.matches(member.key) {
        matched = true
        if !apply(schema, to: member, keyword: "patternProperties", node, report: report) {
          if !report { return false }
          valid = false
        }
      }
      if matched {
        local?.properties.insert(member.key)
      } else if let additional = node.additionalProperties {
        local?.properties.insert(member.key)
        if !apply(additional, to: member, keyword: "additionalProperties", node, report: report) {
          if !report { return false }
          valid = false
        }
      }
    }
    return valid
  }

  /// Applies a property subschema to a member's value; a `false` schema is reported as a
  /// property that is not allowed, located at its key.
  private func apply(
    _ schema: SchemaNode, to member: JSONMember, keyword: String, _ node: SchemaNode, report: Bool
  ) -> Bool {
    path.push(.key(member.key))
    defer { path.pop() }
    if schema.boolean == false {
      if report {
        fail(
          keyword, "property \(ValueDescription.quoted(member.key)) is not allowed",
          at: member.keyOffset, node)
      }
      return false
    }
    var none: Annotations?
    return evaluate(member.value, schema, report: report, into: &none)
  }

  // MARK: - Arrays

  private func arrayKeywords(
    _ instance: JSONValue, _ array: [JSONValue], _ node: SchemaNode, report: Bool,
    local: inout Annotations?
  ) -> Bool {
    var valid = true
    var none: Annotations?
    if let minimum = node.minItems, array.count < minimum {
      if !report { return false }
      valid = false
      fail("minItems", "has \(array.count) items, fewer than \(minimum)", at: instance.offset, node)
    }
    if let maximum = node.maxItems, array.count > maximum {
      if !report { return false }
      valid = false
      fail("maxItems", "has \(array.count) items, more than \(maximum)", at: instance.offset, node)
    }
    if node.uniqueItems, let (first, second) = JSONEquality.firstDuplicate(in: array) {
      if !report { return false }
      valid = false
      fail("uniqueItems", "items \(first) and \(second) are equal", at: array[second].offset, node)
    }
    let prefixCount = min(node.prefixItems.count, array.count)
    for index in 0..<prefixCount {
      path.push(.index(index))
      let ok = evaluate(array[index], node.prefixItems[index], report: report, into: &none)
      path.pop()
      if !ok {
        if !report { return false }
        valid = false
      }
    }
    if prefixCount > 0, let previous = local?.itemPrefix {
      local?.itemPrefix = max(previous, prefixCount)
    }
    if let items = node.items, array.count > node.prefixItems.count {
      for index in node.prefixItems.count..<array.count {
        path.push(.index(index))
        let ok = evaluate(array[index], items, report: report, into: &none)
        path.pop()
        if !ok {
          if !report { return false }
          valid = false
        }
      }
      local?.allItems = true
    }
    if let contains = node.contains {
      var matches = 0
      for (index, element) in array.enumerated()
      where evaluate(element, contains, report: false, into: &none) {
        matches += 1
        local?.itemIndices.insert(index)
      }
      let minimum = node.minContains ?? 1
      if matches < minimum {
        if !report { return false }
        valid = false
        let message =
          minimum == 1 && node.minContains == nil
          ? "no item matches the contains schema"
          : "\(matches) items match the contains schema, fewer than minContains \(minimum)"
        fail(
          node.minContains == nil ? "contains" : "minContains", message, at: instance.offset, node)
      }
      if let maximum = node.maxContains, matches > maximum {
        if !report { return false }
        valid = false
        fail(
          "maxContains",
          "\(matches) items match the contains schema, more than maxContains \(maximum)",
          at: instance.offset, node)
      }
    }
    return valid
  }

  // MARK: - Strings and numbers

  private func stringKeywords(
    _ instance: JSONValue, _ string: String, _ node: SchemaNode, report: Bool
  ) -> Bool {
    var valid = true
    if node.minLength != nil || node.maxLength != nil {
      let length = string.unicodeScalars.count
      if let minimum = node.minLength, length < minimum {
        if !report { return false }
        valid = false
        fail(
          "minLength", "\(ValueDescription.quoted(string)) is shorter than \(minimum) characters",
          at: instance.offset, node)
      }
      if let maximum = node.maxLength, length > maximum {
        if !report { return false }
        valid = false
        fail(
          "maxLength", "\(ValueDescription.quoted(string)) is longer than \(maximum) characters",
          at: instance.offset, node)
      }
    }
    if let pattern = node.pattern, !pattern.matches(string) {
      if !report { return false }
      valid = false
      fail(
        "pattern",
        "\(ValueDescription.quoted(string)) does not match the pattern \(ValueDescription.quoted(pattern.source))",
        at: instance.offset, node)
    }
    if assertFormats, let format = node.format, FormatChecker.check(format, string) == false {
      if !report { return false }
      valid = false
      fail(
        "format", "\(ValueDescription.quoted(string)) is not a valid \(format)",
        at: instance.offset, node)
    }
    return valid
  }

  private func numberKeywords(
    _ instance: JSONValue, _ number: JSONNumber, _ node: SchemaNode, report: Bool
  ) -> Bool {
    var valid = true
    for bound in NumberBound.allCases {
      guard let limit = bound.limit(in: node), !bound.accepts(number.compare(limit)) else {
        continue
      }
      if !report { return false }
      valid = false
      fail(
        bound.rawValue, "\(number.literal) is \(bound.words) \(limit.literal)",
        at: instance.offset, node)
    }
    if let divisor = node.multipleOf, !number.isMultiple(of: divisor) {
      if !report { return false }
      valid = false
      fail(
        "multipleOf", "\(number.literal) is not a multiple of \(divisor.literal)",
        at: instance.offset, node)
    }
    return valid
  }

  // MARK: - In-place applicators

  private func inPlaceKeywords(
    _ instance: JSONValue, _ node: SchemaNode, report: Bool, local: inout Annotations?
  ) -> Bool {
    var valid = true
    if let reference = node.reference {
      if !follow(
        reference, keyword: "$ref", dynamic: false, instance, node, report: report, local: &local)
      {
        if !report { return false }
        valid = false
      }
    }
    if let reference = node.dynamicReference {
      if !follow(
        reference, keyword: "$dynamicRef", dynamic: true, instance, node, report: report,
        local: &local)
      {
        if !report { return false }
        valid = false
      }
    }
    for schema in node.allOf where !evaluate(instance, schema, report: report, into: &local) {
      if !report { return false }
      valid = false
    }
    if !node.anyOf.isEmpty {
      var matched = false
      for schema in node.anyOf {
        var branch: Annotations? = local == nil ? nil : Annotations()
        if evaluate(instance, schema, report: false, into: &branch) {
          matched = true
          if let branch { local?.merge(branch) } else { break }
        }
      }
      if !matched {
        if !report { return false }
        valid = false
        fail(
          "anyOf",
          "matches none of the \(node.anyOf.count) alternatives\(whyNot(instance, node.anyOf))",
          at: instance.offset, node)
      }
    }
    if !node.oneOf.isEmpty {
      var matching: [Int] = []
      var matchedAnnotations: Annotations?
      for (index, schema) in node.oneOf.enumerated() {
        var branch: Annotations? = local == nil ? nil : Annotations()
        if evaluate(instance, schema, report: false, into: &branch) {
          matching.append(index)
          matchedAnnotations = branch
          if matching.count > 1 { break }
        }
      }
      if matching.count == 1 {
        if let matchedAnnotations { local?.merge(matchedAnnotations) }
      } else {
        if !report { return false }
        valid = false
        let message =
          matching.isEmpty
          ? "matches none of the \(node.oneOf.count) alternatives\(whyNot(instance, node.oneOf))"
          : "matches alternatives \(matching[0]) and \(matching[1]); exactly one is required"
        fail("oneOf", message, at: instance.offset, node)
      }
    }
    if let negated = node.not {
      var none: Annotations?
      if evaluate(instance, negated, report: false, into: &none) {
        if !report { return false }
        valid = false
        fail("not", "must not match the schema in 'not'", at: instance.offset, node)
      }
    }
    if let condition = node.ifSchema {
      var branch: Annotations? = local == nil ? nil : Annotations()
      if evaluate(instance, condition, report: false, into: &branch) {
        if let branch { local?.merge(branch) }
        if let then = node.thenSchema, !evaluate(instance, then, report: report, into: &local) {
          if !report { return false }
          valid = false
        }
      } else if let otherwise = node.elseSchema,
        !evaluate(instance, otherwise, report: report, into: &local)
      {
        if !report { return false }
        valid = false
      }
    }
    if case .object(let object) = instance.kind {
      for (property, schema) in node.dependentSchemas where object.member(property) != nil {
        if !evaluate(instance, schema, report: report, into: &local) {
          if !report { return false }
          valid = false
        }
      }
    }
    return valid
  }

  /// `: <first error of alternative 1>; <first error of alternative 2>` (up to three), so a
  /// failed `anyOf` or `oneOf` says what each alternative wanted.
  private func whyNot(_ instance: JSONValue, _ alternatives: [SchemaNode]) -> String {
    guard explains else { return "" }
    var reasons: [String] = []
    for schema in alternatives.prefix(3) {
      let probe = SchemaEvaluation(registry: registry, assertFormats: assertFormats, errorLimit: 1)
      probe.dynamicScope = dynamicScope
      probe.depth = depth
      probe.explains = false
      var none: Annotations?
      _ = probe.evaluate(instance, schema, report: true, into: &none)
      guard let first = probe.errors.first else { continue }
      // The probe's pointers are relative to this instance.
      let pointer = path.pointer + first.instancePointer
      reasons.append(
        first.instancePointer.isEmpty ? first.message : "\(pointer): \(first.message)")
    }
    guard !reasons.isEmpty else { return "" }
    return ": " + reasons.joined(separator: "; ") + (alternatives.count > 3 ? "; ..." : "")
  }

  private func follow(
    _ reference: SchemaReference, keyword: String, dynamic: Bool, _ instance: JSONValue,
    _ node: SchemaNode, report: Bool, local: inout Annotations?
  ) -> Bool {
    guard var target = registry.link(reference) else {
      if report {
        fail(
          keyword, "cannot resolve \(keyword) '\(reference.target.text)'", at: instance.offset, node
        )
      }
      return false
    }
    if dynamic, let name = target.dynamicAnchor, reference.target.fragment == name {
      // The outermost resource in the dynamic scope that declares the same dynamic anchor wins.
      for resource in dynamicScope {
        if let outer = registry.dynamicAnchors[resource.uri]?[name] {
          target = outer
          break
        }
      }
    }
    let active = ActiveReference(
      node: ObjectIdentifier(target), instanceOffset: instance.offset, path: path.components.count)
    guard !isActive(active) else {
      if report {
        fail(
          keyword, "\(keyword) '\(reference.target.text)' loops back to itself on the same value",
          at: instance.offset, node)
      }
      return false
    }
    activeReferences.append(active)
    defer { activeReferences.removeLast() }
    // Entering another schema resource through a reference puts it in the dynamic scope.
    let entersResource = !target.startsResource && dynamicScope.last !== target.resource
    if entersResource { dynamicScope.append(target.resource) }
    defer { if entersResource { dynamicScope.removeLast() } }
    return evaluate(instance, target, report: report, into: &local)
  }

  // MARK: - unevaluatedProperties, unevaluatedItems

  private func unevaluatedKeywords(
    _ instance: JSONValue, _ node: SchemaNode, report: Bool, local: inout Annotations?
  ) -> Bool {
    var valid = true
    let seen = local ?? Annotations()
    var none: Annotations?
    if let schema = node.unevaluatedProperties, case .object(let object) = instance.kind {
      for member in object.members where !seen.evaluated(property: member.key) {
        if !apply(schema, to: member, keyword: "unevaluatedProperties", node, report: report) {
          if !report { return false }
          valid = false
        }
      }
      local?.allProperties = true
    }
    if let schema = node.unevaluatedItems, case .array(let array) = instance.kind {
      for (index, element) in array.enumerated() where !seen.evaluated(item: index) {
        path.push(.index(index))
        let ok = evaluate(element, schema, report: report, into: &none)
        path.pop()
        if !ok {
          if !report { return false }
          valid = false
        }
      }
      local?.allItems = true
    }
    return valid
  }
}

/// The four bounds of a number, named by their keyword (one table for every number, not an
/// array of closures built for each).
private enum NumberBound: String, CaseIterable {
  case minimum, maximum, exclusiveMinimum, exclusiveMaximum

  func limit(in node: SchemaNode) -> JSONNumber? {
    switch self {
    case .minimum: node.minimum
    case .maximum: node.maximum
    case .exclusiveMinimum: node.exclusiveMinimum
    case .exclusiveMaximum: node.exclusiveMaximum
    }
  }

  /// Whether a number that compares with the limit as `comparison` (-1, 0, 1) is within it.
  func accepts(_ comparison: Int) -> Bool {
    switch self {
    case .minimum: comparison >= 0
    case .maximum: comparison <= 0
    case .exclusiveMinimum: comparison > 0
    case .exclusiveMaximum: comparison < 0
    }
  }

  var words: String {
    switch self {
    case .minimum: "less than the minimum"
    case .maximum: "greater than the maximum"
    case .exclusiveMinimum: "not greater than the exclusive minimum"
    case .exclusiveMaximum: "not less than the exclusive maximum"
    }
  }
}
