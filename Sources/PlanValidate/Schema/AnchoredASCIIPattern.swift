/// The patterns plan schemas use for ids and dates (`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`,
/// `^[A-Za-z0-9][A-Za-z0-9._-]*$`): anchored at both ends, a sequence of ASCII literals and
/// ASCII character classes, each with an optional greedy quantifier. Such a pattern is
/// matched over the text's UTF-8 bytes by a small state machine (every way through the
/// pattern is followed at once, so time is linear), with the regex's answer: a non-ASCII
/// scalar matches no ASCII class, and `$` matches only at the end, as in ECMA-262.
///
/// `init` returns nil for any other pattern, which the regex then matches.
struct AnchoredASCIIPattern {
  /// One element of the pattern: the bytes it accepts, repeated `minimum...maximum` times
  /// (`maximum` nil for no bound).
  struct Element {
    var accepts: [Bool]
    var minimum: Int
    var maximum: Int?
  }

  /// The most states the machine may have (one bit each, the end included); longer
  /// patterns go to the regex.
  static let stateLimit = 63

  let elements: [Element]
  /// The first state of each element; element `i` has states for the counts
  /// `0...(maximum ?? minimum)`.
  private let firstState: [Int]
  private let stateCount: Int

  init?(_ source: String) {
    let scalars = Array(source.unicodeScalars)
    guard scalars.count >= 2, scalars.first == "^", scalars.last == "$",
      scalars.allSatisfy(\.isASCII)
    else { return nil }
    var elements: [Element] = []
    var index = 1
    let end = scalars.count - 1
    // An escaped `$` at the end is a literal, not the anchor.
    var backslashes = 0
    while end - 1 - backslashes >= 1, scalars[end - 1 - backslashes] == "\\" { backslashes += 1 }
    guard backslashes % 2 == 0 else { return nil }
    while index < end {
      var accepts = [Bool](repeating: false, count: 128)
      switch scalars[index] {
      case "[":
        guard let next = Self.readClass(scalars, from: index + 1, end: end, into: &accepts) else {
          return nil
        }
        index = next
      case "\\":
        guard index + 1 < end, Self.readEscape(scalars[index + 1], into: &accepts) else {
          return nil
        }
        index += 2
      case ".", "(", ")", "|", "*", "+", "?", "{", "}", "]", "^", "$":
        return nil
      default:
        accepts[Int(scalars[index].value)] = true
        index += 1
      }
      guard let (minimum, maximum, next) = Self.readQuantifier(scalars, from: index, end: end)
      else { return nil }
      index = next
      elements.append(Element(accepts: accepts, minimum: minimum, maximum: maximum))
    }
    var firstState: [Int] = []
    var states = 0
    for element in elements {
      firstState.append(states)
      states += (element.maximum ?? element.minimum) + 1
      guard states <= Self.stateLimit else { return nil }
    }
    self.elements = elements
    self.firstState = firstState
    self.stateCount = states
  }

  /// Whether the whole text matches. The states are the bits of one word: bit `first + c`
  /// of an element means `c` repetitions read (for an element without bound, its last bit
  /// means `minimum` or more); bit `stateCount` means the whole pattern read.
  func matches(_ text: String) -> Bool {
    var current = close(1)
    for byte in text.utf8 {
      guard byte < 128 else { return false }
      var next: UInt64 = 0
      for (position, element) in elements.enumerated() where element.accepts[Int(byte)] {
        let first = firstState[position]
        let last = element.maximum ?? element.minimum
        let moving = current & Self.bits(first, first + last - 1)
        next |= moving << 1
        if element.maximum == nil { next |= current & Self.bits(first + last, first + last) }
      }
      guard next != 0 else { return false }
      current = close(next)
    }
    return current & Self.bits(stateCount, stateCount) != 0
  }

  /// Bits `low...high` set (none when `high < low`).
  private static func bits(_ low: Int, _ high: Int) -> UInt64 {
    guard high >= low else { return 0 }
    let width = high - low + 1
    let run: UInt64 = width >= 64 ? ~0 : (1 << UInt64(width)) - 1
    return run << UInt64(low)
  }

  /// Adds the states reached without reading a byte: an element whose minimum is met may be
  /// left for the next.
  private func close(_ states: UInt64) -> UInt64 {
    var result = states
    for (position, element) in elements.enumerated() {
      let first = firstState[position]
      let last = element.maximum ?? element.minimum
      if result & Self.bits(first + element.minimum, first + last) != 0 {
        let following = position + 1 < elements.count ? firstState[position + 1] : stateCount
        result |= Self.bits(following, following)
      }
    }
    return result
  }

  /// Reads a class body after `[` up to its `]`: literals, ranges `a-z`, escapes, and `-`
  /// first or last as a literal. A negated class is not read.
  private static func readClass(
    _ scalars: [Unicode.Scalar], from start: Int, end: Int, into accepts: inout [Bool]
  ) -> Int? {
    var index = start
    guard index < end, scalars[index] != "^", scalars[index] != "]" else { return nil }
    // Each member's value and whether it was escaped; nil for `\d`, already added.
    var members: [(value: UInt32, escaped: Bool)?] = []
    while index < end, scalars[index] != "]" {
      // Set operations (`--`, `&&`, `~~`) and nested classes: left to the regex.
      if scalars[index] == "[" { return nil }
      if index + 1 < end, scalars[index + 1] == scalars[index],
        scalars[index] == "-" || scalars[index] == "&" || scalars[index] == "~"
      {
        return nil
      }
      if scalars[index] == "\\" {
        guard index + 1 < end else { return nil }
        let escaped = scalars[index + 1]
        if escaped == "d" {
          for digit in 0x30...0x39 { accepts[digit] = true }
          members.append(nil)
        } else if isEscapablePunctuation(escaped) {
          members.append((escaped.value, true))
        } else {
          return nil
        }
        index += 2
      } else {
        members.append((scalars[index].value, false))
        index += 1
      }
    }
    guard index < end else { return nil }
    // Ranges: `a-z` with an unescaped `-` that is neither first nor last.
    var position = 0
    while position < members.count {
      if position + 2 < members.count, let dash = members[position + 1], dash.value == 0x2D,
        !dash.escaped, let low = members[position], let high = members[position + 2]
      {
        guard low.value <= high.value else { return nil }
        for value in low.value...high.value { accepts[Int(value)] = true }
        position += 3
      } else {
        if let member = members[position] { accepts[Int(member.value)] = true }
        position += 1
      }
    }
    return index + 1
  }

  /// An escape outside a class: `\d` or an escaped punctuation character.
  private static func readEscape(_ escaped: Unicode.Scalar, into accepts: inout [Bool]) -> Bool {
    if escaped == "d" {
      for digit in 0x30...0x39 { accepts[digit] = true }
      return true
    }
    guard isEscapablePunctuation(escaped) else { return false }
    accepts[Int(escaped.value)] = true
    return true
  }

  private static func isEscapablePunctuation(_ scalar: Unicode.Scalar) -> Bool {
    "\\.-_/+*?()[]{}|^$:,#".unicodeScalars.contains(scalar)
  }

  /// A greedy quantifier at `start` (`*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`), or one
  /// occurrence when there is none; nil for a lazy or possessive one or a malformed bound.
  private static func readQuantifier(_ scalars: [Unicode.Scalar], from start: Int, end: Int)
    -> (Int, Int?, Int)?
  {
    guard start < end else { return (1, 1, start) }
    var result: (Int, Int?, Int)
    switch scalars[start] {
    case "*": result = (0, nil, start + 1)
    case "+": result = (1, nil, start + 1)
    case "?": result = (0, 1, start + 1)
    case "{":
      var close = start + 1
      while close < end, scalars[close] != "}" { close += 1 }
      guard close < end else { return nil }
      let body = String(String.UnicodeScalarView(scalars[(start + 1)..<close]))
      let parts = body.split(separator: ",", omittingEmptySubsequences: false)
      // Bounds are plain digits: `Int` would also take `-1` and `+2`, which the regex reads
      // as literal text.
      guard parts.count <= 2, let low = bound(parts[0]), low <= stateLimit else { return nil }
      if parts.count == 1 {
        result = (low, low, close + 1)
      } else if parts[1].isEmpty {
        result = (low, nil, close + 1)
      } else {
        guard let high = bound(parts[1]), high >= low, high <= stateLimit else { return nil }
        result = (low, high, close + 1)
      }
    default:
      return (1, 1, start)
    }
    // `*?`, `+?`, `{n}?` and the like: left to the regex.
    if result.2 < end, scalars[result.2] == "?" || scalars[result.2] == "+" { return nil }
    return result
  }

  /// A quantifier bound written as ASCII digits only, or nil.
  private static func bound(_ text: Substring) -> Int? {
    guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
    return Int(text)
  }
}
