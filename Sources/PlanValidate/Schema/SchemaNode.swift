/// One compiled schema: a boolean schema or the keywords of a schema object, ready to apply.
///
/// Nodes form a graph (`$ref` may point back up), so they are classes; a `$ref` is resolved on
/// first use, after every schema document has been loaded.
final class SchemaNode {
  /// Where the schema is: the document's name and the JSON pointer inside it.
  let location: SchemaLocation
  /// The schema resource this node belongs to (one shared object per resource URI, so
  /// resources compare by identity while validating).
  let resource: SchemaResource
  /// The canonical URI of the schema resource this node belongs to.
  var resourceURI: String { resource.uri }
  /// Whether this node starts a schema resource (a root or a `$id`); it enters the dynamic scope.
  var startsResource = false
  /// `true` or `false` for boolean schemas.
  var boolean: Bool?

  var types: JSONTypeSet?
  var enumValues: [JSONValue]?
  var constValue: JSONValue?

  var properties: [String: SchemaNode] = [:]
  var patternProperties: [(pattern: SchemaPattern, schema: SchemaNode)] = []
  var additionalProperties: SchemaNode?
  var propertyNames: SchemaNode?
  var required: [String] = []
  var minProperties: Int?
  var maxProperties: Int?
  var dependentRequired: [(property: String, requires: [String])] = []
  var dependentSchemas: [(property: String, schema: SchemaNode)] = []

  var prefixItems: [SchemaNode] = []
  var items: SchemaNode?
  var contains: SchemaNode?
  var minContains: Int?
  var maxContains: Int?
  var minItems: Int?
  var maxItems: Int?
  var uniqueItems = false

  var minLength: Int?
  var maxLength: Int?
  var pattern: SchemaPattern?
  var format: String?

  var minimum: JSONNumber?
  var maximum: JSONNumber?
  var exclusiveMinimum: JSONNumber?
  var exclusiveMaximum: JSONNumber?
  var multipleOf: JSONNumber?

  var allOf: [SchemaNode] = []
  var anyOf: [SchemaNode] = []
  var oneOf: [SchemaNode] = []
  var not: SchemaNode?
  var ifSchema: SchemaNode?
  var thenSchema: SchemaNode?
  var elseSchema: SchemaNode?

  var reference: SchemaReference?
  var dynamicReference: SchemaReference?
  /// The `$dynamicAnchor` name declared here, if any.
  var dynamicAnchor: String?

  var unevaluatedProperties: SchemaNode?
  var unevaluatedItems: SchemaNode?

  init(location: SchemaLocation, resource: SchemaResource) {
    self.location = location
    self.resource = resource
  }

  /// Whether the node needs the annotations of its in-place subschemas.
  var needsAnnotations: Bool { unevaluatedProperties != nil || unevaluatedItems != nil }

  var hasInPlaceApplicators: Bool {
    !allOf.isEmpty || !anyOf.isEmpty || !oneOf.isEmpty || not != nil || ifSchema != nil
      || !dependentSchemas.isEmpty || reference != nil || dynamicReference != nil
  }
}

/// A schema's place for messages: document name and JSON pointer.
struct SchemaLocation: CustomStringConvertible {
  var document: String
  var pointer: String
  /// Byte offset of the schema in its document (for errors in the schema itself).
  var offset: Int

  var description: String { document + "#" + pointer }

  func appending(_ token: String) -> SchemaLocation {
    SchemaLocation(
      document: document, pointer: pointer + "/" + JSONPointer.escape(token), offset: offset)
  }
}

/// A `$ref` or `$dynamicRef`: the absolute target URI, resolved to a node on first use.
final class SchemaReference {
  let target: URIReference
  /// Weak: the registry owns every node; a strong link would make `$ref` cycles leak.
  weak var resolved: SchemaNode?

  init(target: URIReference) {
    self.target = target
  }
}

/// The set of JSON types a `type` keyword allows.
struct JSONTypeSet: OptionSet {
  let rawValue: UInt8

  static let null = JSONTypeSet(rawValue: 1)
  static let boolean = JSONTypeSet(rawValue: 2)
  static let integer = JSONTypeSet(rawValue: 4)
  static let number = JSONTypeSet(rawValue: 8)
  static let string = JSONTypeSet(rawValue: 16)
  static let array = JSONTypeSet(rawValue: 32)
  static let object = JSONTypeSet(rawValue: 64)

  static let names: [(String, JSONTypeSet)] = [
    ("null", .null), ("boolean", .boolean), ("integer", .integer), ("number", .number),
    ("string", .string), ("array", .array), ("object", .object),
  ]

  init(rawValue: UInt8) { self.rawValue = rawValue }

  init?(name: String) {
    guard let match = Self.names.first(where: { $0.0 == name }) else { return nil }
    self = match.1
  }

  /// Whether `value` is of one of the types.
  func admits(_ value: JSONValue) -> Bool {
    switch value.kind {
    case .null: contains(.null)
    case .bool: contains(.boolean)
    case .number(let number):
      contains(.number) || (contains(.integer) && number.isInteger)
    case .string: contains(.string)
    case .array: contains(.array)
    case .object: contains(.object)
    }
  }

  /// `"integer"` or `one of "string", "null"` for messages.
  var text: String {
    let listed = Self.names.filter { contains($0.1) }.map { $0.0 }
    return listed.count == 1 ? listed[0] : listed.joined(separator: " or ")
  }
}

/// A schema resource: the unit `$id` starts and the dynamic scope is made of.
final class SchemaResource {
  let uri: String

  init(uri: String) {
    self.uri = uri
  }
}
