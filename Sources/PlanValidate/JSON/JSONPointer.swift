import Foundation

/// JSON Pointer (RFC 6901) helpers.
public enum JSONPointer {
  /// One reference token, escaped (`~` -> `~0`, `/` -> `~1`).
  public static func escape(_ token: String) -> String {
    guard token.contains("~") || token.contains("/") else { return token }
    return token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
  }

  /// The reference tokens of a pointer (`/a/b~1c` -> `["a", "b/c"]`); nil when it does not
  /// start with `/` and is not empty.
  public static func tokens(_ pointer: String) -> [String]? {
    if pointer.isEmpty { return [] }
    guard pointer.hasPrefix("/") else { return nil }
    return pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
      $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
    }
  }

  /// The value `pointer` designates inside `root`, or nil.
  public static func resolve(_ pointer: String, in root: JSONValue) -> JSONValue? {
    guard let tokens = tokens(pointer) else { return nil }
    var current = root
    for token in tokens {
      switch current.kind {
      case .object(let object):
        guard let next = object[token] else { return nil }
        current = next
      case .array(let array):
        guard let index = Int(token), index >= 0, index < array.count,
          token == String(index)
        else { return nil }
        current = array[index]
      default:
        return nil
      }
    }
    return current
  }

  /// Percent-decodes a URI fragment (`%25` -> `%`); invalid escapes are kept as written.
  public static func percentDecoded(_ text: String) -> String {
    guard text.contains("%") else { return text }
    var bytes: [UInt8] = []
    let utf8 = Array(text.utf8)
    var index = 0
    while index < utf8.count {
      if utf8[index] == 0x25, index + 2 < utf8.count,
        let high = hexValue(utf8[index + 1]), let low = hexValue(utf8[index + 2])
      {
        bytes.append(high << 4 | low)
        index += 3
      } else {
        bytes.append(utf8[index])
        index += 1
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case 0x30...0x39: byte - 0x30
    case 0x41...0x46: byte - 0x41 + 10
    case 0x61...0x66: byte - 0x61 + 10
    default: nil
    }
  }
}

/// An instance location being built during validation: a stack of keys and indices.
struct InstancePath {
  enum Component {
    case key(String)
    case index(Int)
  }

  private(set) var components: [Component] = []

  mutating func push(_ component: Component) { components.append(component) }
  mutating func pop() { components.removeLast() }

  /// The RFC 6901 pointer (`""` for the root).
  var pointer: String {
    var result = ""
    for component in components {
      switch component {
      case .key(let key): result += "/" + JSONPointer.escape(key)
      case .index(let index): result += "/" + String(index)
      }
    }
    return result
  }
}
