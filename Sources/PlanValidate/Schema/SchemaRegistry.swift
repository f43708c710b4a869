/// The schema documents known to a validator, indexed by URI, `$anchor` and `$dynamicAnchor`.
///
/// Adding a document compiles every subschema in it (so every `$id` and anchor is known before
/// anything is validated); `$ref`s are resolved on first use.
public final class SchemaRegistry {
  struct Document {
    var name: String
    var root: JSONValue
    var nodes: [String: SchemaNode] = [:]
  }

  struct ResourceEntry {
    var node: SchemaNode
    var document: Int
    var pointer: String
  }

  var documents: [Document] = []
  var resources: [String: ResourceEntry] = [:]
  var anchors: [String: SchemaNode] = [:]
  /// `$dynamicAnchor`s by resource URI, then name.
  var dynamicAnchors: [String: [String: SchemaNode]] = [:]
  private var anonymousCount = 0
  private var resourceObjects: [String: SchemaResource] = [:]

  /// The one resource object for a URI.
  func resource(for uri: String) -> SchemaResource {
    if let existing = resourceObjects[uri] { return existing }
    let created = SchemaResource(uri: uri)
    resourceObjects[uri] = created
    return created
  }

  public init() {}

  /// Compiles and registers a schema document.
  ///
  /// - Parameters:
  ///   - name: how messages name the document (a file path).
  ///   - retrievalURI: the base URI when the document has no `$id` of its own.
  /// - Returns: the document's root schema.
  @discardableResult
  public func add(_ root: JSONValue, name: String, retrievalURI: String? = nil) throws(SchemaError)
    -> Schema
  {
    let uri: String
    if let retrievalURI {
      uri = retrievalURI
    } else {
      anonymousCount += 1
      uri = "urn:kehoach:anonymous-schema:\(anonymousCount)"
    }
    documents.append(Document(name: name, root: root))
    var compiler = SchemaCompiler(registry: self, document: documents.count - 1)
    let node = try compiler.compile(
      root, location: SchemaLocation(document: name, pointer: "", offset: root.offset),
      base: URIReference(uri).withoutFragment, isRoot: true)
    return Schema(node: node, registry: self)
  }

  /// The schema registered under `uri` (with or without fragment), if any.
  public func schema(at uri: String) -> Schema? {
    resolve(URIReference(uri)).map { Schema(node: $0, registry: self) }
  }

  /// The node an absolute URI designates: a resource, a JSON pointer into one, or an anchor.
  func resolve(_ uri: URIReference) -> SchemaNode? {
    let base = uri.withoutFragment.text
    guard let entry = resources[base] else { return nil }
    let fragment = JSONPointer.percentDecoded(uri.fragment ?? "")
    if fragment.isEmpty { return entry.node }
    guard fragment.hasPrefix("/") else { return anchors[base + "#" + fragment] }
    let pointer = entry.pointer + fragment
    if let node = documents[entry.document].nodes[pointer] { return node }
    // A pointer to a place the compiler did not visit (inside an unknown keyword): compile it now.
    guard let value = JSONPointer.resolve(pointer, in: documents[entry.document].root) else {
      return nil
    }
    var compiler = SchemaCompiler(registry: self, document: entry.document)
    let location = SchemaLocation(
      document: documents[entry.document].name, pointer: pointer, offset: value.offset)
    return try? compiler.compile(
      value, location: location, base: URIReference(entry.node.resourceURI), isRoot: false)
  }

  /// Every `$ref` and `$dynamicRef` that does not resolve, as schema errors.
  ///
  /// - Parameter names: only the documents with these names; all when nil.
  public func unresolvedReferences(in names: Set<String>? = nil) -> [SchemaError] {
    var errors: [SchemaError] = []
    for document in documents where names?.contains(document.name) ?? true {
      for pointer in document.nodes.keys.sorted() {
        guard let node = document.nodes[pointer] else { continue }
        for (keyword, reference) in [
          ("$ref", node.reference), ("$dynamicRef", node.dynamicReference),
        ] {
          guard let reference, link(reference) == nil else { continue }
          errors.append(
            SchemaError(
              document: document.name, offset: node.location.offset,
              pointer: pointer + "/" + JSONPointer.escape(keyword),
              message: "cannot resolve \(keyword) '\(reference.target.text)'"))
        }
      }
    }
    return errors
  }

  /// The node a reference designates, cached on the reference.
  func link(_ reference: SchemaReference) -> SchemaNode? {
    if let resolved = reference.resolved { return resolved }
    let node = resolve(reference.target)
    reference.resolved = node
    return node
  }
}

/// A compiled schema, ready to validate instances (see `SchemaValidator`).
public struct Schema {
  let node: SchemaNode
  let registry: SchemaRegistry

  /// The canonical URI of the schema resource.
  public var uri: String { node.resourceURI }
}
