/// Equality of JSON values as JSON Schema defines it (`const`, `enum`, `uniqueItems`):
/// numbers by value (`1 == 1.0`), objects regardless of member order, arrays in order.
enum JSONEquality {
  static func equal(_ left: JSONValue, _ right: JSONValue) -> Bool {
    switch (left.kind, right.kind) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.number(let a), .number(let b)): return a.compare(b) == 0
    case (.string(let a), .string(let b)): return a.hasSameScalars(as: b)
    case (.array(let a), .array(let b)):
      guard a.count == b.count else { return false }
      for (x, y) in zip(a, b) where !equal(x, y) { return false }
      return true
    case (.object(let a), .object(let b)):
      guard a.count == b.count else { return false }
      for member in a.members {
        guard let other = b[member.key], equal(member.value, other) else { return false }
      }
      return true
    default:
      return false
    }
  }

  /// A hash consistent with `equal`: equal values hash alike.
  static func hash(_ value: JSONValue, into hasher: inout Hasher) {
    switch value.kind {
    case .null: hasher.combine(0)
    case .bool(let flag): hasher.combine(flag)
    case .number(let number):
      // Equal values hash alike however they are written: 1, 1.0 and 1e0.
      if let integer = number.smallInteger {
        hasher.combine(integer)
      } else {
        let decimal = number.decimal
        if decimal.isInteger, decimal.exponent <= 18,
          let integer = Int(exactly: decimal.doubleValue)
        {
          hasher.combine(integer)
        } else {
          hasher.combine(decimal.sign)
          hasher.combine(decimal.exponent)
          hasher.combine(decimal.digits)
        }
      }
    case .string(let string): hasher.combine(Array(string.utf8))
    case .array(let array):
      hasher.combine(array.count)
      for element in array.prefix(8) { hash(element, into: &hasher) }
    case .object(let object):
      // Member order does not matter: combine the members' hashes commutatively.
      hasher.combine(object.count)
      var combined = 0
      for member in object.members {
        var memberHasher = Hasher()
        memberHasher.combine(Array(member.key.utf8))
        hash(member.value, into: &memberHasher)
        combined = combined &+ memberHasher.finalize()
      }
      hasher.combine(combined)
    }
  }

  /// The first pair of equal elements (by position), or nil when all are distinct.
  static func firstDuplicate(in array: [JSONValue]) -> (Int, Int)? {
    var buckets: [Int: [Int]] = [:]
    for (index, element) in array.enumerated() {
      var hasher = Hasher()
      hash(element, into: &hasher)
      let key = hasher.finalize()
      if let earlier = buckets[key]?.first(where: { equal(array[$0], element) }) {
        return (earlier, index)
      }
      buckets[key, default: []].append(index)
    }
    return nil
  }
}
