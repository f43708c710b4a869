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
    if text.utf8.isEmpty { return lines }
    // Line contents are cut from the text itself (valid already, so not decoded again).
    let breaks = LineBreaks.find(in: text)
    let bytes = text.utf8
    var start = 0
    for found in breaks {
      let from = bytes.index(bytes.startIndex, offsetBy: start)
      let to = bytes.index(bytes.startIndex, offsetBy: found.offset)
      lines.append(TextLine(content: String(text[from..<to]), terminator: found.terminator))
      start = found.offset + found.terminator.utf8.count
    }
    let from = bytes.index(bytes.startIndex, offsetBy: start)
    lines.append(TextLine(content: String(text[from...]), terminator: ""))
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

/// Where the line breaks of a text are: `\n`, `\r\n` or `\r`, by a byte scan.
public enum LineBreaks {
  /// Each break's byte offset and its terminator, in order.
  public static func find(in text: String) -> [(offset: Int, terminator: String)] {
    let scan = { (buffer: UnsafeBufferPointer<UInt8>) -> [(offset: Int, terminator: String)] in
      var found: [(offset: Int, terminator: String)] = []
      var index = 0
      let count = buffer.count
      while index < count {
        let byte = buffer[index]
        if byte == 0x0A {
          found.append((index, "\n"))
        } else if byte == 0x0D {
          if index + 1 < count, buffer[index + 1] == 0x0A {
            found.append((index, "\r\n"))
            index += 1
          } else {
            found.append((index, "\r"))
          }
        }
        index += 1
      }
      return found
    }
    return text.withUTF8Bytes(scan)
  }
}
