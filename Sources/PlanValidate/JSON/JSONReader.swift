import PlanText

/// Reads RFC 8259 JSON from UTF-8 bytes into `JSONValue`s that keep their byte offsets.
///
/// A leading byte-order mark is skipped. Nesting deeper than `maximumDepth` is an error, not a
/// stack overflow. Duplicate keys keep the last value and are listed in `duplicateKeys`.
/// Numbers keep their literal text. Errors carry the byte offset of the offending byte.
public struct JSONReader {
  /// The deepest nesting of arrays and objects accepted.
  public static let defaultMaximumDepth = 512

  /// A key that occurred twice in one object.
  public struct DuplicateKey: Sendable, Equatable {
    public var key: String
    /// Offset of the later occurrence (whose value is kept).
    public var offset: Int
    /// Offset of the earlier occurrence.
    public var firstOffset: Int

    public init(key: String, offset: Int, firstOffset: Int) {
      self.key = key
      self.offset = offset
      self.firstOffset = firstOffset
    }
  }

  /// The result of a successful read.
  public struct Document: Sendable {
    public var value: JSONValue
    public var duplicateKeys: [DuplicateKey]
  }

  /// Reads one JSON text. `knownValidUTF8` says the caller has checked that the bytes are
  /// UTF-8 (as `DocumentValidator` does); otherwise they are checked first.
  ///
  /// - Throws: `JSONSyntaxError` at the first byte that breaks the grammar.
  public static func read(
    _ bytes: [UInt8], maximumDepth: Int = defaultMaximumDepth, knownValidUTF8: Bool = false
  ) throws(JSONSyntaxError) -> Document {
    var result: Result<Document, JSONSyntaxError> = .failure(
      JSONSyntaxError(message: "empty input", offset: 0))
    // Valid input lets strings be decoded without a second check each; invalid input keeps
    // the per-string check, which places the error in its string.
    let validUTF8 = knownValidUTF8 || UTF8Validation.firstInvalidOffset(in: bytes) == nil
    bytes.withUnsafeBufferPointer { buffer in
      var scanner = Scanner(bytes: buffer, maximumDepth: maximumDepth, validUTF8: validUTF8)
      do throws(JSONSyntaxError) {
        let value = try scanner.readDocument()
        result = .success(Document(value: value, duplicateKeys: scanner.duplicates))
      } catch {
        result = .failure(error)
      }
    }
    return try result.get()
  }

  public static func read(_ text: String) throws(JSONSyntaxError) -> Document {
    try read(Array(text.utf8))
  }
}

/// A JSON syntax error at a byte offset.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  public var offset: Int

  public init(message: String, offset: Int) {
    self.message = message
    self.offset = offset
  }

  public var description: String { message }
}

private struct Scanner {
  let bytes: UnsafeBufferPointer<UInt8>
  let maximumDepth: Int
  /// Whether `bytes` are known to be UTF-8: then a string's bytes (between ASCII quotes) are.
  let validUTF8: Bool
  var index = 0
  var depth = 0
  var duplicates: [JSONReader.DuplicateKey] = []

  init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int, validUTF8: Bool) {
    self.bytes = bytes
    self.maximumDepth = maximumDepth
    self.validUTF8 = validUTF8
  }

  mutating func readDocument() throws(JSONSyntaxError) -> JSONValue {
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    skipWhitespace()
    guard index < bytes.count else {
      throw JSONSyntaxError(message: "empty input: expected a JSON value", offset: index)
    }
    let value = try readValue()
    skipWhitespace()
    guard index == bytes.count else {
      throw error("unexpected \(describe(index)) after the JSON value")
    }
    return value
  }

  private func error(_ message: String) -> JSONSyntaxError {
    JSONSyntaxError(message: message, offset: index)
  }

  /// A readable name for the byte at `position`.
  private func describe(_ position: Int) -> String {
    guard position < bytes.count else { return "end of input" }
    let byte = bytes[position]
    switch byte {
    case 0x20...0x7E: return "'\(Character(Unicode.Scalar(byte)))'"
    case 0x0A: return "line break"
    case 0x09: return "tab"
    case 0x0D: return "carriage return"
    default: return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }
  }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x0A, 0x0D, 0x09: index += 1
      default: return
      }
    }
  }

  private mutating func readValue() throws(JSONSyntaxError) -> JSONValue {
    guard index < bytes.count else { throw error("unexpected end of input: expected a value") }
    let start = index
    switch bytes[index] {
    case 0x7B: return try readObject()
    case 0x5B: return try readArray()
    case 0x22: return JSONValue(.string(try readString()), offset: start)
    case 0x74:
      try expectWord("true")
      return JSONValue(.bool(true), offset: start)
    case 0x66:
      try expectWord("false")
      return JSONValue(.bool(false), offset: start)
    case 0x6E:
      try expectWord("null")
      return JSONValue(.null, offset: start)
    case 0x2D, 0x30...0x39:
      return JSONValue(.number(try readNumber()), offset: start)
    default:
      throw error("unexpected \(describe(index)): expected a value")
    }
  }

  private mutating func expectWord(_ word: StaticString) throws(JSONSyntaxError) {
    let count = word.utf8CodeUnitCount
    let start = word.utf8Start
    for position in 0..<count {
      guard index + position < bytes.count, bytes[index + position] == start[position] else {
        index += position
        throw error("unexpected \(describe(index)): expected '\(word)'")
      }
    }
    index += count
  }

  private mutating func enter() throws(JSONSyntaxError) {
    depth += 1
    guard depth <= maximumDepth else {
      throw error("nesting deeper than \(maximumDepth) levels")
    }
  }

  private mutating func readArray() throws(JSONSyntaxError) -> JSONValue {
    let start = index
    try enter()
    index += 1
    var elements: [JSONValue] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == 0x5D {
      index += 1
      depth -= 1
      return JSONValue(.array(elements), offset: start)
    }
    while true {
      skipWhitespace()
      elements.append(try readValue())
      skipWhitespace()
      guard index < bytes.count else { throw error("unexpected end of input: expected ',' or ']'") }
      if bytes[index] == 0x2C {
        index += 1
        continue
      }
      if bytes[index] == 0x5D {
        index += 1
        break
      }
      throw error("unexpected \(describe(index)): expected ',' or ']'")
    }
    depth -= 1
    return JSONValue(.array(elements), offset: start)
  }

  private mutating func readObject() throws(JSONSyntaxError) -> JSONValue {
    let start = index
    try enter()
    index += 1
    var members: [JSONMember] = []
    var positions: [String: Int] = [:]
    skipWhitespace()
    if index < bytes.count, bytes[index] == 0x7D {
      index += 1
      depth -= 1
      return JSONValue(.object(JSONObject(members)), offset: start)
    }
    while true {
      skipWhitespace()
      guard index < bytes.count, bytes[index] == 0x22 else {
        throw error("unexpected \(describe(index)): expected a string key")
      }
      let keyOffset = index
      let key = try readString()
      skipWhitespace()
      guard index < bytes.count, bytes[index] == 0x3A else {
        throw error("unexpected \(describe(index)): expected ':' after the key")
      }
      index += 1
      skipWhitespace()
      let value = try readValue()
      let member = JSONMember(key: key, keyOffset: keyOffset, value: value)
      if let earlier = earlierPosition(of: key, in: members, index: &positions) {
        duplicates.append(
          .init(key: key, offset: keyOffset, firstOffset: members[earlier].keyOffset))
        members[earlier] = member
      } else {
        members.append(member)
      }
      skipWhitespace()
      guard index < bytes.count else { throw error("unexpected end of input: expected ',' or '}'") }
      if bytes[index] == 0x2C {
        index += 1
        continue
      }
      if bytes[index] == 0x7D {
        index += 1
        break
      }
      throw error("unexpected \(describe(index)): expected ',' or '}'")
    }
    depth -= 1
    return JSONValue(.object(JSONObject(members)), offset: start)
  }

  /// Where `key` already is among `members`: a linear search for small objects, a dictionary
  /// (built on demand) for large ones.
  private func earlierPosition(
    of key: String, in members: [JSONMember], index: inout [String: Int]
  ) -> Int? {
    if members.count < 16 {
      for (position, member) in members.enumerated() where member.key.hasSameScalars(as: key) {
        return position
      }
      return nil
    }
    if index.isEmpty {
      for (position, member) in members.enumerated() { index[member.key] = position }
    }
    if let position = index[key] {
      if members[position].key.hasSameScalars(as: key) { return position }
      // Canonically equivalent but different code points: a different key.
      return members.firstIndex { $0.key.hasSameScalars(as: key) }
    }
    index[key] = members.count
    return nil
  }

  private mutating func readNumber() throws(JSONSyntaxError) -> JSONNumber {
    let start = index
    if bytes[index] == 0x2D { index += 1 }
    guard index < bytes.count, isDigit(bytes[index]) else {
      throw error("unexpected \(describe(index)): expected a digit")
    }
    if bytes[index] == 0x30 {
      index += 1
      if index < bytes.count, isDigit(bytes[index]) {
        throw error("leading zero in a number")
      }
    } else {
      skipDigits()
    }
    if index < bytes.count, bytes[index] == 0x2E {
      index += 1
      guard index < bytes.count, isDigit(bytes[index]) else {
        throw error("unexpected \(describe(index)): expected a digit after '.'")
      }
      skipDigits()
    }
    if index < bytes.count, bytes[index] == 0x65 || bytes[index] == 0x45 {
      index += 1
      if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
      guard index < bytes.count, isDigit(bytes[index]) else {
        throw error("unexpected \(describe(index)): expected a digit in the exponent")
      }
      skipDigits()
    }
    let literal = String(
      decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    return JSONNumber(validatedLiteral: literal)
  }

  private func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

  private mutating func skipDigits() {
    while index < bytes.count, isDigit(bytes[index]) { index += 1 }
  }

  private mutating func readString() throws(JSONSyntaxError) -> String {
    index += 1
    let start = index
    // Fast path: no escapes; the bytes between the quotes are the string.
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x22 {
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
        if validUTF8 {
          index += 1
          return String(decoding: slice, as: UTF8.self)
        }
        guard let string = String(validating: slice, as: UTF8.self) else {
          index = start + (UTF8Validation.firstInvalidOffset(in: Array(slice)) ?? 0)
          throw error("invalid UTF-8 in a string")
        }
        index += 1
        return string
      }
      if byte == 0x5C { break }
      if byte < 0x20 { throw error("unescaped \(describe(index)) in a string") }
      index += 1
    }
    guard index < bytes.count else {
      index = start - 1
      throw error("unterminated string")
    }
    return try readEscapedString(from: start)
  }

  private mutating func readEscapedString(from start: Int) throws(JSONSyntaxError) -> String {
    var buffer = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case 0x22:
        index += 1
        guard let string = String(validating: buffer, as: UTF8.self) else {
          index = start
          throw error("invalid UTF-8 in a string")
        }
        return string
      case 0x5C:
        try readEscape(into: &buffer)
      case 0..<0x20:
        throw error("unescaped \(describe(index)) in a string")
      default:
        buffer.append(byte)
        index += 1
      }
    }
    index = start - 1
    throw error("unterminated string")
  }

  private mutating func readEscape(into buffer: inout [UInt8]) throws(JSONSyntaxError) {
    index += 1
    guard index < bytes.count else { throw error("unterminated escape") }
    let escape = bytes[index]
    index += 1
    switch escape {
    case 0x22, 0x5C, 0x2F: buffer.append(escape)
    case 0x62: buffer.append(0x08)
    case 0x66: buffer.append(0x0C)
    case 0x6E: buffer.append(0x0A)
    case 0x72: buffer.append(0x0D)
    case 0x74: buffer.append(0x09)
    case 0x75:
      var scalar = try readHex4()
      if (0xD800..<0xDC00).contains(scalar) {
        let high = scalar
        guard index + 1 < bytes.count, bytes[index] == 0x5C, bytes[index + 1] == 0x75 else {
          index -= 6
          throw error("lone high surrogate \\u\(String(high, radix: 16, uppercase: true))")
        }
        index += 2
        let low = try readHex4()
        guard (0xDC00..<0xE000).contains(low) else {
          index -= 6
          throw error(
            "expected a low surrogate after \\u\(String(high, radix: 16, uppercase: true))")
        }
        scalar = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
      } else if (0xDC00..<0xE000).contains(scalar) {
        index -= 6
        throw error("lone low surrogate \\u\(String(scalar, radix: 16, uppercase: true))")
      }
      guard let unicode = Unicode.Scalar(scalar) else {
        index -= 6
        throw error("invalid \\u escape")
      }
      buffer.append(contentsOf: Array(String(Character(unicode)).utf8))
    default:
      index -= 2
      throw error("invalid escape: \(describe(index + 1)) after a backslash")
    }
  }

  private mutating func readHex4() throws(JSONSyntaxError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard index < bytes.count else { throw error("unexpected end of input in \\u escape") }
      let byte = bytes[index]
      let digit: UInt32
      switch byte {
      case 0x30...0x39: digit = UInt32(byte - 0x30)
      case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
      case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
      default: throw error("unexpected \(describe(index)): expected a hex digit in \\u escape")
      }
      value = value << 4 | digit
      index += 1
    }
    return value
  }
}
