/// An open-addressing hash table from packed n-gram keys to a pair of floats.
///
/// Built once when the language model loads; a lookup is a multiply, a shift and a short
/// linear probe over one array of entries (key and values side by side, one cache miss).
package struct NGramTable: Sendable {
  private struct Entry {
    var key: UInt64
    var first: Float
    var second: Float
  }

  private static let empty = UInt64.max
  private var entries: [Entry]
  private let mask: Int
  package private(set) var count = 0

  /// A table with room for `capacity` entries at a load factor under one half.
  package init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    entries = [Entry](repeating: Entry(key: Self.empty, first: 0, second: 0), count: size)
    mask = size - 1
  }

  @inline(__always)
  private func slot(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
  }

  /// Stores the values of `key`, replacing earlier ones.
  package mutating func insert(_ key: UInt64, _ a: Float, _ b: Float) {
    var index = slot(key)
    while entries[index].key != Self.empty && entries[index].key != key {
      index = (index + 1) & mask
    }
    if entries[index].key == Self.empty { count += 1 }
    entries[index] = Entry(key: key, first: a, second: b)
  }

  /// The values of `key`, or nil.
  @inline(__always)
  package func lookup(_ key: UInt64) -> (Float, Float)? {
    var index = slot(key)
    return entries.withUnsafeBufferPointer { buffer in
      while true {
        let entry = buffer[index]
        if entry.key == key { return (entry.first, entry.second) }
        if entry.key == Self.empty { return nil }
        index = (index + 1) & mask
      }
    }
  }
}
