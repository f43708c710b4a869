/// An open-addressing hash table from packed n-gram keys to a pair of floats.
///
/// Built once when the language model loads; lookups are a multiply, a shift and a short
/// linear probe, with no allocation.
package struct NGramTable: Sendable {
  private static let empty = UInt64.max
  private var keys: [UInt64]
  private var first: [Float]
  private var second: [Float]
  private let mask: Int
  package private(set) var count = 0

  /// A table with room for `capacity` entries at a load factor under one half.
  package init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    keys = [UInt64](repeating: Self.empty, count: size)
    first = [Float](repeating: 0, count: size)
    second = [Float](repeating: 0, count: size)
    mask = size - 1
  }

  @inline(__always)
  private func slot(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
  }

  /// Stores the values of `key`, replacing earlier ones.
  package mutating func insert(_ key: UInt64, _ a: Float, _ b: Float) {
    var index = slot(key)
    while keys[index] != Self.empty && keys[index] != key { index = (index + 1) & mask }
    if keys[index] == Self.empty { count += 1 }
    keys[index] = key
    first[index] = a
    second[index] = b
  }

  /// The values of `key`, or nil.
  @inline(__always)
  package func lookup(_ key: UInt64) -> (Float, Float)? {
    var index = slot(key)
    while true {
      let stored = keys[index]
      if stored == key { return (first[index], second[index]) }
      if stored == Self.empty { return nil }
      index = (index + 1) & mask
    }
  }
}
