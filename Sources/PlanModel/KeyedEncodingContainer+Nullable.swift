extension KeyedEncodingContainer {
  /// Encodes the value, or an explicit `null`: the schema requires these keys to be present.
  mutating func encodeNullable<T: Encodable>(_ value: T?, forKey key: Key) throws {
    if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
  }
}
