/// A point in a source file: 1-based line, 1-based column in Unicode scalars, and the
/// 0-based UTF-8 byte offset of the same point.
public struct SourceLocation: Hashable, Sendable, Codable, Comparable {
  /// 1-based line number.
  public var line: Int
  /// 1-based column, counted in Unicode scalars (not bytes, not grapheme clusters).
  public var column: Int
  /// 0-based UTF-8 byte offset from the start of the text.
  public var offset: Int

  public init(line: Int, column: Int, offset: Int) {
    self.line = line
    self.column = column
    self.offset = offset
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}
