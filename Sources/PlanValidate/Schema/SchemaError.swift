/// A schema that cannot be used: malformed keyword values, bad patterns, unknown references.
public struct SchemaError: Error, Sendable, CustomStringConvertible {
  /// The schema document (its file name or URI).
  public var document: String
  /// Byte offset of the offending value in the document.
  public var offset: Int
  /// JSON pointer to the offending value.
  public var pointer: String
  public var message: String

  public var description: String { "\(document)#\(pointer): \(message)" }
}
