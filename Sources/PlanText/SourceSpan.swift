/// A half-open range of source text, `start..<end`, with both ends located.
///
/// In JSON it is `{line, column, endLine, endColumn}` (1-based; `endColumn` is the
/// column just past the last scalar) plus the byte offsets.
public struct SourceSpan: Hashable, Sendable, Codable {
  public var line: Int
  public var column: Int
  public var endLine: Int
  public var endColumn: Int
  public var offset: Int
  public var endOffset: Int

  public init(start: SourceLocation, end: SourceLocation) {
    line = start.line
    column = start.column
    endLine = end.line
    endColumn = end.column
    offset = start.offset
    endOffset = end.offset
  }

  /// The location of the first scalar of the span.
  public var start: SourceLocation { SourceLocation(line: line, column: column, offset: offset) }
  /// The location just past the span.
  public var end: SourceLocation {
    SourceLocation(line: endLine, column: endColumn, offset: endOffset)
  }
}
