/// One way an instance fails its schema, located in the instance.
public struct ValidationError: Sendable, Equatable {
  /// JSON pointer to the failing value (`/indicators/3/target/value`).
  public var instancePointer: String
  /// Byte offset of the failing value (of the key, for a property that is not allowed).
  public var offset: Int
  /// The keyword that failed (`maximum`, `required`, ...).
  public var keyword: String
  /// What is wrong, in words (`120 is greater than the maximum 100`).
  public var message: String
  /// Where the failing keyword is: schema document and pointer.
  public var schemaLocation: String

  public init(
    instancePointer: String, offset: Int, keyword: String, message: String, schemaLocation: String
  ) {
    self.instancePointer = instancePointer
    self.offset = offset
    self.keyword = keyword
    self.message = message
    self.schemaLocation = schemaLocation
  }

  /// `/indicators/3/target/value: 120 is greater than the maximum 100 (maximum)`.
  public var text: String {
    let place = instancePointer.isEmpty ? "(root)" : instancePointer
    return "\(place): \(message) (\(keyword))"
  }
}

/// Short, readable renderings of instance values for messages.
enum ValueDescription {
  static func of(_ value: JSONValue) -> String {
    switch value.kind {
    case .null: return "null"
    case .bool(let flag): return flag ? "true" : "false"
    case .number(let number): return number.literal
    case .string(let string): return quoted(string)
    case .array(let array): return "an array of \(array.count) item\(array.count == 1 ? "" : "s")"
    case .object(let object):
      return "an object with \(object.count) propert\(object.count == 1 ? "y" : "ies")"
    }
  }

  /// A string in double quotes, shortened past 60 scalars, with control characters escaped.
  static func quoted(_ string: String) -> String {
    var result = "\""
    var count = 0
    for scalar in string.unicodeScalars {
      if count == 60 {
        result += "…"
        break
      }
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      case "\r": result += "\\r"
      default:
        if scalar.value < 0x20 {
          result += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
      count += 1
    }
    return result + "\""
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
