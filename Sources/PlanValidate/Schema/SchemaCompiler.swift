/// Turns one schema document's JSON into `SchemaNode`s and registers its identifiers.
struct SchemaCompiler {
  let registry: SchemaRegistry
  let document: Int

  /// Compiles the schema `value` found at `location`, whose base URI is `base`.
  mutating func compile(
    _ value: JSONValue, location: SchemaLocation, base: URIReference, isRoot: Bool
  ) throws(SchemaError) -> SchemaNode {
    if let boolean = value.boolValue {
      let node = SchemaNode(location: location, resource: registry.resource(for: base.text))
      node.boolean = boolean
      register(node, at: location, startsResource: isRoot)
      return node
    }
    guard let object = value.objectValue else {
      throw error("a schema must be an object or a boolean, not \(value.typeName)", location)
    }
    var base = base
    var startsResource = isRoot
    if let id = object["$id"] {
      guard let text = id.stringValue else { throw error("$id must be a string", location) }
      base = base.resolving(URIReference(text)).withoutFragment
      startsResource = true
    }
    let node = SchemaNode(location: location, resource: registry.resource(for: base.text))
    register(node, at: location, startsResource: startsResource)
    for anchorKeyword in ["$anchor", "$dynamicAnchor"] {
      guard let anchor = object[anchorKeyword] else { continue }
      guard let name = anchor.stringValue else {
        throw error("\(anchorKeyword) must be a string", location.appending(anchorKeyword))
      }
      registry.anchors[base.text + "#" + name] = node
      if anchorKeyword == "$dynamicAnchor" {
        node.dynamicAnchor = name
        registry.dynamicAnchors[base.text, default: [:]][name] = node
      }
    }
    for member in object.members {
      try compileKeyword(member, into: node, location: location.appending(member.key), base: base)
    }
    return node
  }

  private func register(_ node: SchemaNode, at location: SchemaLocation, startsResource: Bool) {
    registry.documents[document].nodes[location.pointer] = node
    guard startsResource else { return }
    node.startsResource = true
    if registry.resources[node.resourceURI] == nil || location.pointer.isEmpty {
      registry.resources[node.resourceURI] = .init(
        node: node, document: document, pointer: location.pointer)
    }
  }

  private func error(_ message: String, _ location: SchemaLocation) -> SchemaError {
    SchemaError(
      document: location.document, offset: location.offset, pointer: location.pointer,
      message: message)
  }

  // swiftlint:disable:next cyclomatic_complexity function_body_length
  private mutating func compileKeyword(
    _ member: JSONMember, into node: SchemaNode, location: SchemaLocation, base: URIReference
  ) throws(SchemaError) {
    let value = member.value
    let location = SchemaLocation(
      document: location.document, pointer: location.pointer, offset: value.offset)
    switch member.key {
    case "type": node.types = try typeSet(value, location)
    case "enum":
      guard let values = value.arrayValue else { throw error("enum must be an array", location) }
      node.enumValues = values
    case "const": node.constValue = value
    case "properties":
      for (key, schema) in try schemaMap(value, location, base) { node.properties[key] = schema }
    case "patternProperties":
      for (key, schema) in try schemaMap(value, location, base) {
        node.patternProperties.append((try pattern(key, location.appending(key)), schema))
      }
    case "additionalProperties": node.additionalProperties = try subschema(value, location, base)
    case "propertyNames": node.propertyNames = try subschema(value, location, base)
    case "required": node.required = try stringArray(value, location)
    case "minProperties": node.minProperties = try count(value, location)
    case "maxProperties": node.maxProperties = try count(value, location)
    case "dependentRequired":
      guard let object = value.objectValue else {
        throw error("dependentRequired must be an object", location)
      }
      for dependency in object.members {
        let requires = try stringArray(dependency.value, location.appending(dependency.key))
        node.dependentRequired.append((dependency.key, requires))
      }
    case "dependentSchemas":
      node.dependentSchemas = try schemaMap(value, location, base).map { ($0.0, $0.1) }
    case "prefixItems": node.prefixItems = try schemaArray(value, location, base)
    case "items":
      guard value.arrayValue == nil else {
        throw error("items must be a schema (draft 2020-12 uses prefixItems for tuples)", location)
      }
      node.items = try subschema(value, location, base)
    case "contains": node.contains = try subschema(value, location, base)
    case "minContains": node.minContains = try count(value, location)
    case "maxContains": node.maxContains = try count(value, location)
    case "minItems": node.minItems = try count(value, location)
    case "maxItems": node.maxItems = try count(value, location)
    case "uniqueItems":
      guard let flag = value.boolValue else {
        throw error("uniqueItems must be a boolean", location)
      }
      node.uniqueItems = flag
    case "minLength": node.minLength = try count(value, location)
    case "maxLength": node.maxLength = try count(value, location)
    case "pattern":
      guard let source = value.stringValue else {
        throw error("pattern must be a string", location)
      }
      node.pattern = try pattern(source, location)
    case "format":
      guard let name = value.stringValue else { throw error("format must be a string", location) }
      node.format = name
    case "minimum": node.minimum = try number(value, location)
    case "maximum": node.maximum = try number(value, location)
    case "exclusiveMinimum": node.exclusiveMinimum = try number(value, location)
    case "exclusiveMaximum": node.exclusiveMaximum = try number(value, location)
    case "multipleOf":
      let divisor = try number(value, location)
      guard divisor.compare(JSONNumber(0)) > 0 else {
        throw error("multipleOf must be greater than 0", location)
      }
      node.multipleOf = divisor
    case "allOf": node.allOf = try schemaArray(value, location, base, nonEmpty: true)
    case "anyOf": node.anyOf = try schemaArray(value, location, base, nonEmpty: true)
    case "oneOf": node.oneOf = try schemaArray(value, location, base, nonEmpty: true)
    case "not": node.not = try subschema(value, location, base)
    case "if": node.ifSchema = try subschema(value, location, base)
    case "then": node.thenSchema = try subschema(value, location, base)
    case "else": node.elseSchema = try subschema(value, location, base)
    case "$ref": node.reference = try reference(value, location, base)
    case "$dynamicRef": node.dynamicReference = try reference(value, location, base)
    case "$defs", "definitions": _ = try schemaMap(value, location, base)
    case "unevaluatedProperties": node.unevaluatedProperties = try subschema(value, location, base)
    case "unevaluatedItems": node.unevaluatedItems = try subschema(value, location, base)
    default: break  // annotations ($comment, title, description, ...) and unknown keywords
    }
  }

  private mutating func subschema(
    _ value: JSONValue, _ location: SchemaLocation, _ base: URIReference
  ) throws(SchemaError) -> SchemaNode {
    try compile(value, location: location, base: base, isRoot: false)
  }

  private mutating func schemaArray(
    _ value: JSONValue, _ location: SchemaLocation, _ base: URIReference, nonEmpty: Bool = false
  ) throws(SchemaError) -> [SchemaNode] {
    guard let array = value.arrayValue, !(nonEmpty && array.isEmpty) else {
      throw error(
        nonEmpty ? "expected a non-empty array of schemas" : "expected an array of schemas",
        location)
    }
    var nodes: [SchemaNode] = []
    for (index, element) in array.enumerated() {
      nodes.append(try subschema(element, location.appending(String(index)), base))
    }
    return nodes
  }

  private mutating func schemaMap(
    _ value: JSONValue, _ location: SchemaLocation, _ base: URIReference
  ) throws(SchemaError) -> [(String, SchemaNode)] {
    guard let object = value.objectValue else {
      throw error("expected an object whose values are schemas", location)
    }
    var nodes: [(String, SchemaNode)] = []
    for member in object.members {
      nodes.append((member.key, try subschema(member.value, location.appending(member.key), base)))
    }
    return nodes
  }

  private func typeSet(_ value: JSONValue, _ location: SchemaLocation) throws(SchemaError)
    -> JSONTypeSet
  {
    let names: [String]
    if let name = value.stringValue {
      names = [name]
    } else {
      names = try stringArray(value, location)
    }
    var types: JSONTypeSet = []
    for name in names {
      guard let type = JSONTypeSet(name: name) else {
        throw error("unknown type '\(name)'", location)
      }
      types.insert(type)
    }
    return types
  }

  private func stringArray(_ value: JSONValue, _ location: SchemaLocation) throws(SchemaError)
    -> [String]
  {
    guard let array = value.arrayValue else {
      throw error("expected an array of strings", location)
    }
    var strings: [String] = []
    for element in array {
      guard let string = element.stringValue else {
        throw error("expected an array of strings", location)
      }
      strings.append(string)
    }
    return strings
  }

  private func count(_ value: JSONValue, _ location: SchemaLocation) throws(SchemaError) -> Int {
    guard let number = value.numberValue, number.isInteger, !number.isNegative else {
      throw error("expected a non-negative integer", location)
    }
    // Counts beyond Int are unreachable limits; clamp instead of trapping.
    if let exact = number.smallInteger { return exact }
    let decimal = number.decimal
    guard decimal.exponent <= 18 else { return Int.max }
    return Int(number.doubleValue)
  }

  private func number(_ value: JSONValue, _ location: SchemaLocation) throws(SchemaError)
    -> JSONNumber
  {
    guard let number = value.numberValue else { throw error("expected a number", location) }
    return number
  }

  private func pattern(_ source: String, _ location: SchemaLocation) throws(SchemaError)
    -> SchemaPattern
  {
    do {
      return try SchemaPattern(source)
    } catch let refused as SchemaPatternError {
      throw self.error("pattern '\(source)' refused: \(refused.message)", location)
    } catch {
      throw self.error("invalid regular expression '\(source)'", location)
    }
  }

  private func reference(
    _ value: JSONValue, _ location: SchemaLocation, _ base: URIReference
  ) throws(SchemaError) -> SchemaReference {
    guard let text = value.stringValue else { throw error("expected a URI reference", location) }
    return SchemaReference(target: base.resolving(URIReference(text)))
  }
}
