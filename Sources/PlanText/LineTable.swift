/// Converts UTF-8 byte offsets into 1-based line and scalar-column locations.
///
/// Built once per text from the positions of line starts; a lookup is a binary search
/// followed by a count of the non-continuation bytes between the line start and the offset.
/// A line ends at `\n`, `\r\n` or a lone `\r`.
public struct LineTable: Sendable {
  /// The UTF-8 bytes of the text.
  public let bytes: [UInt8]
  /// Byte offset at which each line starts; `lineStarts[0] == 0`.
  public let lineStarts: [Int]

  /// - Complexity: O(n) in the length of the text.
  public init(bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte == 0x0A {
        starts.append(index + 1)
      } else if byte == 0x0D {
        if index + 1 < count, bytes[index + 1] == 0x0A { index += 1 }
        starts.append(index + 1)
      }
      index += 1
    }
    lineStarts = starts
  }

  public init(text: String) {
    self.init(bytes: Array(text.utf8))
  }

  /// The number of lines; a text ending with a terminator has a last, empty line.
  public var lineCount: Int { lineStarts.count }

  /// The location of a byte offset, clamped into the text.
  ///
  /// - Complexity: O(log lines + length of the line).
  public func location(ofOffset rawOffset: Int) -> SourceLocation {
    let offset = min(max(rawOffset, 0), bytes.count)
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    var column = 1
    var index = lineStarts[low]
    while index < offset {
      if bytes[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    return SourceLocation(line: low + 1, column: column, offset: offset)
  }

  /// The span covering the byte range `start..<end`.
  public func span(from start: Int, to end: Int) -> SourceSpan {
    SourceSpan(start: location(ofOffset: start), end: location(ofOffset: end))
  }
}
