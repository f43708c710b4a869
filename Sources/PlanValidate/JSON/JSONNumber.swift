/// A JSON number kept exactly as written.
///
/// Comparisons and equality are exact decimal arithmetic on the literal, so `1e400`,
/// `0.1` and 20-digit integers are never rounded through `Double`; `1.0 == 1`.
public struct JSONNumber: Sendable, CustomStringConvertible {
  /// The number as it appeared in the source (`-0.50`, `1e400`).
  public let literal: String
  /// The value when the literal is a plain integer that fits an `Int` (the common case).
  public let smallInteger: Int?

  /// - Precondition: `literal` follows the RFC 8259 number grammar (the reader checks it).
  init(validatedLiteral literal: String) {
    self.literal = literal
    smallInteger = Self.plainInteger(literal)
  }

  /// A number from a literal; nil when the text is not an RFC 8259 number.
  public init?(_ literal: String) {
    guard Self.isValidLiteral(Array(literal.utf8)) else { return nil }
    self.init(validatedLiteral: literal)
  }

  public init(_ integer: Int) {
    literal = String(integer)
    smallInteger = integer
  }

  public var description: String { literal }

  /// The nearest `Double` (infinite beyond its range).
  public var doubleValue: Double {
    if let smallInteger { return Double(smallInteger) }
    return Double(literal) ?? .nan
  }

  /// The exact decimal form.
  public var decimal: ExactDecimal { ExactDecimal(literal: literal) }

  /// Whether the value has no fractional part (`1.0` and `1e2` are integers).
  public var isInteger: Bool {
    smallInteger != nil || decimal.isInteger
  }

  public var isNegative: Bool {
    if let smallInteger { return smallInteger < 0 }
    return decimal.sign < 0
  }

  /// Exact three-way comparison: -1, 0 or 1.
  public func compare(_ other: JSONNumber) -> Int {
    if let left = smallInteger, let right = other.smallInteger {
      return left < right ? -1 : (left == right ? 0 : 1)
    }
    return decimal.compare(other.decimal)
  }

  /// Whether `self` is an integer multiple of `divisor` (exact when the operands are of a
  /// reasonable size, through `Double` otherwise).
  public func isMultiple(of divisor: JSONNumber) -> Bool {
    if let value = smallInteger, let step = divisor.smallInteger, step > 0 {
      return value % step == 0
    }
    return decimal.isMultiple(of: divisor.decimal)
  }

  private static func plainInteger(_ literal: String) -> Int? {
    let utf8 = literal.utf8
    guard utf8.count <= 18 else { return nil }
    for byte in utf8 where !(byte == 0x2D || (0x30...0x39).contains(byte)) { return nil }
    return Int(literal)
  }

  /// Whether `bytes` is exactly one RFC 8259 number.
  static func isValidLiteral(_ bytes: [UInt8]) -> Bool {
    var index = 0
    let count = bytes.count
    func digits() -> Int {
      let start = index
      while index < count, (0x30...0x39).contains(bytes[index]) { index += 1 }
      return index - start
    }
    if index < count, bytes[index] == 0x2D { index += 1 }
    guard index < count else { return false }
    if bytes[index] == 0x30 {
      index += 1
    } else if digits() == 0 {
      return false
    }
    if index < count, bytes[index] == 0x2E {
      index += 1
      guard digits() > 0 else { return false }
    }
    if index < count, bytes[index] == 0x65 || bytes[index] == 0x45 {
      index += 1
      if index < count, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
      guard digits() > 0 else { return false }
    }
    return index == count
  }
}

/// A decimal number `sign × 0.d₁d₂…dₙ × 10^exponent` with no leading or trailing zero digits.
///
/// Exponents saturate at ±`ExactDecimal.exponentLimit`, far beyond any real measurement, so
/// arithmetic on them never traps.
public struct ExactDecimal: Sendable, Equatable {
  /// -1, 0 or 1.
  public let sign: Int
  /// Significant digits, each 0...9; empty for zero.
  public let digits: [UInt8]
  /// Position of the decimal point relative to the first digit.
  public let exponent: Int

  static let exponentLimit = 1 << 62

  /// - Precondition: `literal` follows the JSON number grammar.
  public init(literal: String) {
    var negative = false
    var mantissa: [UInt8] = []
    var pointPosition: Int?
    var exponentValue = 0
    var exponentNegative = false
    var inExponent = false
    for byte in literal.utf8 {
      switch byte {
      case 0x2D:
        if inExponent { exponentNegative = true } else { negative = true }
      case 0x2B: break
      case 0x2E: pointPosition = mantissa.count
      case 0x65, 0x45: inExponent = true
      case 0x30...0x39:
        let digit = byte &- 0x30
        if inExponent {
          if exponentValue < Self.exponentLimit / 10 {
            exponentValue = exponentValue * 10 + Int(digit)
          } else {
            exponentValue = Self.exponentLimit
          }
        } else {
          mantissa.append(digit)
        }
      default: break
      }
    }
    if exponentNegative { exponentValue = -exponentValue }
    let integerDigits = pointPosition ?? mantissa.count
    // Strip leading zeros (each moves the point left) and trailing zeros.
    var first = 0
    while first < mantissa.count, mantissa[first] == 0 { first += 1 }
    var last = mantissa.count
    while last > first, mantissa[last - 1] == 0 { last -= 1 }
    if first == last {
      sign = 0
      digits = []
      exponent = 0
      return
    }
    sign = negative ? -1 : 1
    digits = Array(mantissa[first..<last])
    exponent = Self.clamp(exponentValue + integerDigits - first)
  }

  private init(sign: Int, digits: [UInt8], exponent: Int) {
    self.sign = sign
    self.digits = digits
    self.exponent = exponent
  }

  private static func clamp(_ value: Int) -> Int {
    min(max(value, -exponentLimit), exponentLimit)
  }

  public var isInteger: Bool { sign == 0 || digits.count <= exponent }

  /// Exact three-way comparison: -1, 0 or 1.
  public func compare(_ other: ExactDecimal) -> Int {
    if sign != other.sign { return sign < other.sign ? -1 : 1 }
    if sign == 0 { return 0 }
    let magnitude = Self.compareMagnitude(self, other)
    return sign > 0 ? magnitude : -magnitude
  }

  private static func compareMagnitude(_ left: ExactDecimal, _ right: ExactDecimal) -> Int {
    if left.exponent != right.exponent { return left.exponent < right.exponent ? -1 : 1 }
    for (a, b) in zip(left.digits, right.digits) where a != b { return a < b ? -1 : 1 }
    if left.digits.count == right.digits.count { return 0 }
    return left.digits.count < right.digits.count ? -1 : 1
  }

  /// Whether `self / divisor` is an integer, exactly.
  ///
  /// With `self = A × 10^p` and `divisor = B × 10^q` (A and B integers with no trailing
  /// zeros), `self / divisor = A / B × 10^(p − q)`. When `p < q`, A would need the factor 10,
  /// which it lacks: not a multiple. Otherwise B must divide `A × 10^(p − q)`, which modular
  /// arithmetic decides for any exponent. Divisors of more than 18 digits fall back to
  /// `Double`.
  public func isMultiple(of divisor: ExactDecimal) -> Bool {
    guard divisor.sign != 0 else { return false }
    if sign == 0 { return true }
    let selfScale = exponent - digits.count
    let divisorScale = divisor.exponent - divisor.digits.count
    if selfScale < divisorScale { return false }
    guard divisor.digits.count <= 18 else { return Self.doubleMultiple(self, divisor) }
    let modulus = divisor.digits.reduce(UInt64(0)) { $0 * 10 + UInt64($1) }
    var remainder: UInt64 = 0
    for digit in digits {
      remainder = Self.mulMod(remainder, 10, modulus) &+ UInt64(digit)
      remainder %= modulus
    }
    // The difference is at most 2^63: exact in UInt64, computed without trapping.
    let shift = UInt64(bitPattern: Int64(selfScale)) &- UInt64(bitPattern: Int64(divisorScale))
    let power = Self.powMod(10, shift, modulus)
    return Self.mulMod(remainder, power, modulus) == 0
  }

  private static func mulMod(_ a: UInt64, _ b: UInt64, _ modulus: UInt64) -> UInt64 {
    let (high, low) = a.multipliedFullWidth(by: b)
    return modulus.dividingFullWidth((high % modulus, low)).remainder
  }

  private static func powMod(_ base: UInt64, _ exponent: UInt64, _ modulus: UInt64) -> UInt64 {
    var result: UInt64 = 1 % modulus
    var base = base % modulus
    var exponent = exponent
    while exponent > 0 {
      if exponent & 1 == 1 { result = mulMod(result, base, modulus) }
      base = mulMod(base, base, modulus)
      exponent >>= 1
    }
    return result
  }

  private static func doubleMultiple(_ value: ExactDecimal, _ divisor: ExactDecimal) -> Bool {
    let quotient = value.doubleValue / divisor.doubleValue
    guard quotient.isFinite else { return false }
    return quotient == quotient.rounded()
  }

  /// The nearest `Double`.
  public var doubleValue: Double {
    guard sign != 0 else { return 0 }
    let text = "0." + digits.map { String($0) }.joined() + "e\(exponent)"
    let magnitude = Double(text) ?? .infinity
    return sign < 0 ? -magnitude : magnitude
  }
}
