/// Command-line arguments split into options and positional values.
///
/// Grammar: `--name value`, `--name=value`, `--flag`, `-` (standard input, positional),
/// `--` (everything after is positional). Which names take values is given up front, so
/// `--output -x` is an option with a value and an unknown `--nmae` is reported with the
/// nearest known name.
package struct ParsedArguments {
  package var options: [String: String] = [:]
  package var flags: Set<String> = []
  package var positional: [String] = []

  package init(
    _ arguments: [String], valued: Set<String>, flags knownFlags: Set<String>
  ) throws(UsageError) {
    var index = 0
    var onlyPositional = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if onlyPositional || argument == "-" || !argument.hasPrefix("-") {
        positional.append(argument)
        continue
      }
      if argument == "--" {
        onlyPositional = true
        continue
      }
      var name = argument
      var inlineValue: String?
      if let equals = argument.firstIndex(of: "=") {
        name = String(argument[..<equals])
        inlineValue = String(argument[argument.index(after: equals)...])
      }
      if name == "-h" { name = "--help" }
      if valued.contains(name) {
        if let inlineValue {
          options[name] = inlineValue
        } else if index < arguments.count {
          options[name] = arguments[index]
          index += 1
        } else {
          throw UsageError("missing value for '\(name)'")
        }
      } else if knownFlags.contains(name) {
        guard inlineValue == nil else { throw UsageError("'\(name)' takes no value") }
        flags.insert(name)
      } else {
        let known = valued.union(knownFlags)
        let nearest = known.min { Self.distance(name, $0) < Self.distance(name, $1) }
        var message = "unknown option '\(name)'"
        if let nearest, Self.distance(name, nearest) <= 3 {
          message += "; did you mean '\(nearest)'?"
        }
        throw UsageError(message)
      }
    }
  }

  /// The value of an option that must be one of `allowed`.
  package func choice(_ name: String, _ allowed: [String]) throws(UsageError) -> String? {
    guard let value = options[name] else { return nil }
    guard allowed.contains(value) else {
      throw UsageError(
        "invalid value '\(value)' for '\(name)'; expected one of: \(allowed.joined(separator: ", "))"
      )
    }
    return value
  }

  private static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a.utf8)
    let b = Array(b.utf8)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...max(a.count, 1) where !a.isEmpty {
      current[0] = i
      for j in 1...max(b.count, 1) where !b.isEmpty {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return a.isEmpty ? b.count : previous[b.count]
  }
}

/// A mistake in how the command was called (exit status 2).
package struct UsageError: Error, Equatable {
  package var message: String
  package init(_ message: String) { self.message = message }
}
