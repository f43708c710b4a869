/// Roman numerals of section numbers (1 to 39).
package enum RomanNumber {
  private static let digits: [(Int, String)] = [
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
  ]

  /// The value of `I`…`XXXIX`, or nil.
  package static func value(_ text: String) -> Int? {
    for value in 1...39 where Self.text(value) == text { return value }
    return nil
  }

  /// The numeral of 1…39 (`4` -> `IV`).
  package static func text(_ value: Int) -> String {
    var rest = max(1, min(value, 39))
    var result = ""
    for (amount, symbol) in digits {
      while rest >= amount {
        result += symbol
        rest -= amount
      }
    }
    return result
  }
}
