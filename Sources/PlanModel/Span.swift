/// Where an item stands in the original input file: 1-based lines, 1-based columns counted
/// in Unicode scalars (`endColumn` just past the last scalar), optional UTF-8 byte offsets.
public struct Span: Codable, Equatable, Hashable, Sendable {
  public var line: Int
  public var column: Int
  public var endLine: Int
  public var endColumn: Int
  public var offset: Int?
  public var endOffset: Int?

  public init(
    line: Int, column: Int, endLine: Int, endColumn: Int, offset: Int? = nil,
    endOffset: Int? = nil
  ) {
    self.line = line
    self.column = column
    self.endLine = endLine
    self.endColumn = endColumn
    self.offset = offset
    self.endOffset = endOffset
  }
}
