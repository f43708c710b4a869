import Foundation
import PlanValidate

/// The outcome of `kehoach validate` over several files, rendered for people or machines.
struct ValidationReport {
  enum Format: String, CaseIterable {
    case text, json, github, junit, sarif
  }

  var files: [FileValidation]

  func render(_ format: Format) -> String {
    switch format {
    case .text:
      let lines = textLines()
      let invalid = files.filter { !$0.valid }.count
      let summary =
        invalid == 0
        ? "\(files.count) file\(files.count == 1 ? "" : "s") valid"
        : "\(invalid) of \(files.count) file\(files.count == 1 ? "" : "s") invalid"
      return (lines + [summary]).joined(separator: "\n") + "\n"
    case .json: return json()
    case .github: return github()
    case .junit: return junit()
    case .sarif: return sarif()
    }
  }

  /// `file:line:column: error: message` lines.
  func textLines() -> [String] {
    files.flatMap { file in
      file.problems.map {
        "\(ValidationProblem.oneLine(file.path)):\($0.line):\($0.column): \($0.severity.rawValue): \($0.text)"
      }
    }
  }

  private func json() -> String {
    let entries: [[String: Any]] = files.map { file in
      [
        "path": file.path,
        "schema": file.schema ?? NSNull(),
        "valid": file.valid,
        "unreadable": file.unreadable,
        "problems": file.problems.map { problem -> [String: Any] in
          [
            "severity": problem.severity.rawValue, "line": problem.line,
            "column": problem.column, "pointer": problem.pointer, "rule": problem.rule,
            "message": problem.message, "schemaLocation": problem.schemaLocation ?? NSNull(),
          ]
        },
      ]
    }
    let document: [String: Any] = [
      "files": entries,
      "summary": [
        "files": files.count, "valid": files.filter(\.valid).count,
        "invalid": files.filter { !$0.valid && !$0.unreadable }.count,
        "unreadable": files.filter(\.unreadable).count,
      ],
    ]
    return Self.serialize(document)
  }

  static func serialize(_ object: Any) -> String {
    guard
      let data = try? JSONSerialization.data(
        withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  private func github() -> String {
    func escapeData(_ text: String) -> String {
      text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
        .replacingOccurrences(of: "\n", with: "%0A")
    }
    func escapeProperty(_ text: String) -> String {
      escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(
        of: ",", with: "%2C")
    }
    var lines: [String] = []
    for file in files {
      for problem in file.problems {
        lines.append(
          "::\(problem.severity.rawValue) file=\(escapeProperty(file.path)),line=\(problem.line),col=\(problem.column),title=\(escapeProperty("kehoach validate: " + problem.rule))::\(escapeData(problem.text))"
        )
      }
    }
    return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
  }

  private func junit() -> String {
    let failures = files.filter { !$0.valid && !$0.unreadable }.count
    let errors = files.filter(\.unreadable).count
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml +=
      "<testsuites name=\"kehoach validate\" tests=\"\(files.count)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
    xml +=
      "  <testsuite name=\"kehoach validate\" tests=\"\(files.count)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
    for file in files {
      xml += "    <testcase classname=\"kehoach.validate\" name=\"\(XMLText.escape(file.path))\""
      if file.valid {
        xml += "/>\n"
        continue
      }
      xml += ">\n"
      let element = file.unreadable ? "error" : "failure"
      let body = file.problems.map { "\(file.path):\($0.line):\($0.column): \($0.text)" }
        .joined(separator: "\n")
      let first = file.problems.first?.text ?? "invalid"
      xml +=
        "      <\(element) message=\"\(XMLText.escape(first))\" type=\"\(file.unreadable ? "input" : "invalid")\">\(XMLText.escape(body))</\(element)>\n"
      xml += "    </testcase>\n"
    }
    xml += "  </testsuite>\n</testsuites>\n"
    return xml
  }

  private func sarif() -> String {
    var rules: [String: String] = [:]
    var results: [[String: Any]] = []
    for file in files {
      for problem in file.problems {
        rules[problem.rule] = rules[problem.rule] ?? Self.ruleDescription(problem.rule)
        results.append([
          "ruleId": problem.rule,
          "level": problem.severity == .error ? "error" : "warning",
          "message": ["text": problem.text],
          "locations": [
            [
              "physicalLocation": [
                "artifactLocation": ["uri": Self.uriReference(file.path)],
                "region": ["startLine": problem.line, "startColumn": problem.column],
              ]
            ]
          ],
        ])
      }
    }
    let document: [String: Any] = [
      "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
      "version": "2.1.0",
      "runs": [
        [
          "tool": [
            "driver": [
              "name": "kehoach",
              "version": CommandLineTool.version,
              "rules": rules.keys.sorted().map { id in
                ["id": id, "shortDescription": ["text": rules[id] ?? id]]
              },
            ]
          ],
          "results": results,
        ]
      ],
    ]
    return Self.serialize(document)
  }

  /// A path as a relative URI reference (RFC 3986): spaces, `%`, non-ASCII and the like
  /// percent-encoded.
  static func uriReference(_ path: String) -> String {
    var allowed = CharacterSet.alphanumerics.intersection(
      CharacterSet(charactersIn: "\u{0}"..."\u{7F}"))
    allowed.insert(charactersIn: "-._~/!$&'()*+,;=:@")
    return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
  }

  private static func ruleDescription(_ rule: String) -> String {
    switch rule {
    case "syntax": "The file is not valid JSON."
    case "input": "The file cannot be read as a JSON text."
    case "duplicate-key": "An object has the same key twice."
    case "schema": "No schema could be chosen for the file."
    case "unique-id": "Plan ids are unique within each collection."
    case "reference": "Plan references resolve to existing agencies and sections."
    case "range": "A range target has an upper bound above its value."
    case "percent": "Percentages lie within 0-100."
    case "date": "Dates are real calendar days."
    case "span": "Spans are well-formed and inside the source."
    default: "JSON Schema keyword '\(rule)'."
    }
  }
}

/// Escaping for XML and HTML attribute values and text, scalar by scalar.
enum XMLText {
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      case "\n", "\t", "\r": result.unicodeScalars.append(scalar)
      default:
        // XML 1.0 forbids other control characters and U+FFFE, U+FFFF even as references.
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
          result += "\u{FFFD}"
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }
}
