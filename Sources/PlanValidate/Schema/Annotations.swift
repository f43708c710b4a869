/// What the keywords applied to one instance location evaluated, for `unevaluatedProperties`
/// and `unevaluatedItems`.
struct Annotations {
  var properties: Set<String> = []
  var allProperties = false
  /// Items `0..<itemPrefix` were evaluated (`prefixItems`).
  var itemPrefix = 0
  var allItems = false
  /// Items matched by `contains`.
  var itemIndices: Set<Int> = []

  mutating func merge(_ other: Annotations) {
    properties.formUnion(other.properties)
    allProperties = allProperties || other.allProperties
    itemPrefix = max(itemPrefix, other.itemPrefix)
    allItems = allItems || other.allItems
    itemIndices.formUnion(other.itemIndices)
  }

  func evaluated(property: String) -> Bool {
    allProperties || properties.contains(property)
  }

  func evaluated(item index: Int) -> Bool {
    allItems || index < itemPrefix || itemIndices.contains(index)
  }
}
