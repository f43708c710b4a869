/// One line of a text with the terminator that ended it.
public struct TextLine: Hashable, Sendable {
  /// The line's content, without its terminator.
  public var content: String
  /// `"\n"`, `"\r\n"`, `"\r"`, or `""` for the last line of a text without a final newline.
  public var terminator: String

  public init(content: String, terminator: String) {
    self.content = content
    self.terminator = terminator
  }

  /// Splits a text into lines, keeping each terminator so that joining gives the text back.
  ///
  /// A text ending with a terminator yields a final empty line with an empty terminator;
  /// the empty text yields no lines.
  ///
  /// - Complexity: O(n), one pass over the UTF-8 bytes.
  public static func split(_ text: String) -> [TextLine] {
    var lines: [TextLine] = []
    var utf8 = Array(text.utf8)
    if utf8.isEmpty { return lines }
    utf8.withUnsafeMutableBufferPointer { buffer in
      var start = 0
      var index = 0
      let count = buffer.count
      while index < count {
        let byte = buffer[index]
        if byte == 0x0A || byte == 0x0D {
          var end = index + 1
          if byte == 0x0D, end < count, buffer[end] == 0x0A { end += 1 }
          let content = String(
            decoding: UnsafeBufferPointer(rebasing: buffer[start..<index]), as: UTF8.self)
          let terminator = String(
            decoding: UnsafeBufferPointer(rebasing: buffer[index..<end]), as: UTF8.self)
          lines.append(TextLine(content: content, terminator: terminator))
          start = end
          index = end
        } else {
          index += 1
        }
      }
      let rest = String(
        decoding: UnsafeBufferPointer(rebasing: buffer[start..<count]), as: UTF8.self)
      lines.append(TextLine(content: rest, terminator: ""))
    }
    return lines
  }

  /// Joins lines back into a text.
  public static func join(_ lines: [TextLine]) -> String {
    var result = ""
    result.reserveCapacity(lines.reduce(0) { $0 + $1.content.utf8.count + 2 })
    for line in lines {
      result += line.content
      result += line.terminator
    }
    return result
  }
}
