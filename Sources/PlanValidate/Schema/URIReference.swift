/// An RFC 3986 URI reference split into its parts, with reference resolution (§5.2).
///
/// Enough of RFC 3986 for `$id` and `$ref`: no percent-decoding and no normalization beyond
/// removing dot segments, so two spellings of one URI are two URIs (as in JSON Schema).
struct URIReference: Equatable {
  var scheme: String?
  var authority: String?
  var path: String
  var query: String?
  var fragment: String?

  init(_ text: String) {
    var rest = Substring(text)
    if let hash = rest.firstIndex(of: "#") {
      fragment = String(rest[rest.index(after: hash)...])
      rest = rest[..<hash]
    }
    if let question = rest.firstIndex(of: "?") {
      query = String(rest[rest.index(after: question)...])
      rest = rest[..<question]
    }
    if let colon = rest.firstIndex(of: ":"), Self.isScheme(rest[..<colon]) {
      scheme = String(rest[..<colon])
      rest = rest[rest.index(after: colon)...]
    }
    if rest.hasPrefix("//") {
      rest = rest.dropFirst(2)
      let end = rest.firstIndex(of: "/") ?? rest.endIndex
      authority = String(rest[..<end])
      rest = rest[end...]
    }
    path = String(rest)
  }

  private init(
    scheme: String?, authority: String?, path: String, query: String?, fragment: String?
  ) {
    self.scheme = scheme
    self.authority = authority
    self.path = path
    self.query = query
    self.fragment = fragment
  }

  private static func isScheme(_ text: Substring) -> Bool {
    guard let first = text.unicodeScalars.first, first.isLetter else { return false }
    return text.unicodeScalars.allSatisfy {
      $0.isASCIILetterOrDigit || $0 == "+" || $0 == "-" || $0 == "."
    }
  }

  /// The reference as text.
  var text: String {
    var result = ""
    if let scheme { result += scheme + ":" }
    if let authority { result += "//" + authority }
    result += path
    if let query { result += "?" + query }
    if let fragment { result += "#" + fragment }
    return result
  }

  /// The URI without its fragment.
  var withoutFragment: URIReference {
    var copy = self
    copy.fragment = nil
    return copy
  }

  /// `reference` resolved against `self` as the base (RFC 3986 §5.2.2).
  func resolving(_ reference: URIReference) -> URIReference {
    if reference.scheme != nil {
      return URIReference(
        scheme: reference.scheme, authority: reference.authority,
        path: Self.removeDotSegments(reference.path), query: reference.query,
        fragment: reference.fragment)
    }
    if reference.authority != nil {
      return URIReference(
        scheme: scheme, authority: reference.authority,
        path: Self.removeDotSegments(reference.path), query: reference.query,
        fragment: reference.fragment)
    }
    if reference.path.isEmpty {
      return URIReference(
        scheme: scheme, authority: authority, path: path, query: reference.query ?? query,
        fragment: reference.fragment)
    }
    let mergedPath: String
    if reference.path.hasPrefix("/") {
      mergedPath = reference.path
    } else if authority != nil, path.isEmpty {
      mergedPath = "/" + reference.path
    } else if let slash = path.lastIndex(of: "/") {
      mergedPath = String(path[...slash]) + reference.path
    } else {
      mergedPath = reference.path
    }
    return URIReference(
      scheme: scheme, authority: authority, path: Self.removeDotSegments(mergedPath),
      query: reference.query, fragment: reference.fragment)
  }

  private static func removeDotSegments(_ path: String) -> String {
    guard path.contains(".") else { return path }
    var output: [Substring] = []
    let segments = path.split(separator: "/", omittingEmptySubsequences: false)
    for (position, segment) in segments.enumerated() {
      let isLast = position == segments.count - 1
      switch segment {
      case ".":
        if isLast { output.append("") }
      case "..":
        if output.count > 1 || (output.count == 1 && !output[0].isEmpty) { output.removeLast() }
        if isLast { output.append("") }
      default:
        output.append(segment)
      }
    }
    var result = output.joined(separator: "/")
    if path.hasPrefix("/"), !result.hasPrefix("/") { result = "/" + result }
    return result
  }
}

extension Unicode.Scalar {
  fileprivate var isLetter: Bool {
    (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
  }

  fileprivate var isASCIILetterOrDigit: Bool {
    isLetter || (0x30...0x39).contains(value)
  }
}
