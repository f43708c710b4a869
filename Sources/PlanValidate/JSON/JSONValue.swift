import Foundation

/// A JSON value with the byte offset, in its source, of its first byte.
public struct JSONValue: Sendable {
  /// The value itself.
  public enum Kind: Sendable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
  }

  public var kind: Kind
  /// Byte offset of the value's first byte in the text it was read from (0 when built in code).
  public var offset: Int

  public init(_ kind: Kind, offset: Int = 0) {
    self.kind = kind
    self.offset = offset
  }

  /// The JSON type name used in messages and by the `type` keyword.
  public var typeName: String {
    switch kind {
    case .null: "null"
    case .bool: "boolean"
    case .number(let number): number.isInteger ? "integer" : "number"
    case .string: "string"
    case .array: "array"
    case .object: "object"
    }
  }

  public var objectValue: JSONObject? {
    if case .object(let object) = kind { return object }
    return nil
  }

  public var arrayValue: [JSONValue]? {
    if case .array(let array) = kind { return array }
    return nil
  }

  public var stringValue: String? {
    if case .string(let string) = kind { return string }
    return nil
  }

  public var numberValue: JSONNumber? {
    if case .number(let number) = kind { return number }
    return nil
  }

  public var boolValue: Bool? {
    if case .bool(let bool) = kind { return bool }
    return nil
  }

  public var isNull: Bool {
    if case .null = kind { return true }
    return false
  }

  /// The member `key` of an object, or nil.
  public subscript(key: String) -> JSONValue? {
    objectValue?[key]
  }
}

/// One `"key": value` pair of an object, with the offset of the key's opening quote.
public struct JSONMember: Sendable {
  public var key: String
  public var keyOffset: Int
  public var value: JSONValue

  public init(key: String, keyOffset: Int, value: JSONValue) {
    self.key = key
    self.keyOffset = keyOffset
    self.value = value
  }
}

/// An object's members in source order; keys are unique (the reader reports duplicates).
public struct JSONObject: Sendable {
  public private(set) var members: [JSONMember]
  /// Index by key, built only for objects large enough that a linear search would cost more.
  private let index: [String: Int]?

  private static let indexedFrom = 12

  public init(_ members: [JSONMember]) {
    self.members = members
    if members.count >= Self.indexedFrom {
      var index = [String: Int](minimumCapacity: members.count)
      for (position, member) in members.enumerated() { index[member.key] = position }
      self.index = index
    } else {
      index = nil
    }
  }

  public var count: Int { members.count }

  public subscript(key: String) -> JSONValue? {
    member(key)?.value
  }

  /// The member named `key`, or nil.
  public func member(_ key: String) -> JSONMember? {
    if let index, let position = index[key], members[position].key.hasSameScalars(as: key) {
      return members[position]
    }
    for member in members where member.key.hasSameScalars(as: key) { return member }
    return nil
  }
}

extension String {
  /// Code-point equality, as JSON compares strings; Swift's `==` would also equate canonically
  /// equivalent spellings (`é` and `e` + U+0301).
  /// (Called for every member of every object: the nested storage calls are kept here, as
  /// `withUTF8Bytes` measured a sixth slower on schema validation.)
  func hasSameScalars(as other: String) -> Bool {
    guard utf8.count == other.utf8.count else { return false }
    let compared = utf8.withContiguousStorageIfAvailable { mine in
      other.utf8.withContiguousStorageIfAvailable { theirs in
        guard let left = mine.baseAddress, let right = theirs.baseAddress else {
          return mine.count == theirs.count
        }
        return memcmp(left, right, mine.count) == 0
      }
    }
    return (compared ?? nil) ?? utf8.elementsEqual(other.utf8)
  }
}
