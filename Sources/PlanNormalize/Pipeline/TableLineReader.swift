/// Reads a data table line by line as UTF-8 bytes, skipping blank lines and `#` comments,
/// and remembers the line number for error messages.
package struct TableLineReader {
  private let bytes: [UInt8]
  private var position = 0
  private let name: String
  package private(set) var lineNumber = 0

  package init(text: String, name: String) {
    bytes = Array(text.utf8)
    self.name = name
  }

  /// The next line that is neither blank nor a comment, without its terminator.
  package mutating func next() -> ArraySlice<UInt8>? {
    while position < bytes.count {
      let start = position
      while position < bytes.count, bytes[position] != 0x0A { position += 1 }
      var end = position
      if end > start, bytes[end - 1] == 0x0D { end -= 1 }
      position += 1
      lineNumber += 1
      if end == start || bytes[start] == UInt8(ascii: "#") { continue }
      return bytes[start..<end]
    }
    return nil
  }

  /// A malformed-table error at the current line.
  package func error(_ reason: String) -> TableError {
    .malformed(table: name, line: lineNumber, reason: reason)
  }
}

/// Number parsing for table fields without going through `String`.
package enum TableNumber {
  /// A decimal such as `-2.3456` or `12`; nil when malformed.
  package static func float(_ field: ArraySlice<UInt8>) -> Float? {
    var index = field.startIndex
    guard index < field.endIndex else { return nil }
    var negative = false
    if field[index] == UInt8(ascii: "-") {
      negative = true
      index += 1
    }
    var value: Double = 0
    var digits = 0
    while index < field.endIndex, field[index] >= 48, field[index] <= 57 {
      value = value * 10 + Double(field[index] - 48)
      index += 1
      digits += 1
    }
    if index < field.endIndex, field[index] == UInt8(ascii: ".") {
      index += 1
      var scale = 0.1
      while index < field.endIndex, field[index] >= 48, field[index] <= 57 {
        value += Double(field[index] - 48) * scale
        scale *= 0.1
        index += 1
        digits += 1
      }
    }
    guard digits > 0, index == field.endIndex else { return nil }
    return Float(negative ? -value : value)
  }

  /// A non-negative integer below `limit`; nil when malformed or out of range.
  package static func int32(_ field: ArraySlice<UInt8>, below limit: Int) -> Int32? {
    guard !field.isEmpty, field.count <= 9 else { return nil }
    var value = 0
    for byte in field {
      guard byte >= 48, byte <= 57 else { return nil }
      value = value * 10 + Int(byte - 48)
    }
    return value < limit ? Int32(value) : nil
  }

  /// A non-negative integer; nil when malformed or over a billion.
  package static func int(_ field: ArraySlice<UInt8>) -> Int? {
    guard !field.isEmpty, field.count <= 9 else { return nil }
    var value = 0
    for byte in field {
      guard byte >= 48, byte <= 57 else { return nil }
      value = value * 10 + Int(byte - 48)
    }
    return value
  }
}

/// Reads the separated fields of one table line in order, without allocating.
package struct FieldCursor {
  private let line: ArraySlice<UInt8>
  private var position: Int

  package init(_ line: ArraySlice<UInt8>) {
    self.line = line
    position = line.startIndex
  }

  /// The bytes up to `separator` (consumed), or up to the end when `separator` is nil; nil
  /// when the separator is missing, or when the end is expected but more follows.
  package mutating func field(until separator: UInt8?) -> ArraySlice<UInt8>? {
    guard position <= line.endIndex else { return nil }
    let start = position
    if let separator {
      while position < line.endIndex, line[position] != separator { position += 1 }
      guard position < line.endIndex else { return nil }
      let result = line[start..<position]
      position += 1
      return result
    }
    position = line.endIndex + 1
    return line[start..<line.endIndex]
  }

  package mutating func float(until separator: UInt8?) -> Float? {
    field(until: separator).flatMap(TableNumber.float)
  }

  package mutating func id(until separator: UInt8?, below limit: Int) -> Int32? {
    field(until: separator).flatMap { TableNumber.int32($0, below: limit) }
  }
}
