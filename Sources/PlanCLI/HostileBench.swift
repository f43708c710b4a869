import Foundation
import PlanCheck
import PlanExtract
import PlanNormalize
import PlanValidate

/// `kehoach-bench --stage hostile`, the parse, validate and check part: inputs built to be
/// hard, each at N and 2N MB, timed through the same code the commands run. A ratio near 2
/// is linear time.
enum HostileBench {
  static func run(megabytes: Double, words: String) -> String {
    let size = Int(megabytes * 1_000_000)
    func repeated(_ piece: String, _ bytes: Int) -> [UInt8] {
      let unit = Array(piece.utf8)
      guard !unit.isEmpty else { return [] }
      var result: [UInt8] = []
      result.reserveCapacity(bytes + unit.count)
      while result.count < bytes { result += unit }
      return Array(result.prefix(bytes))
    }
    let parseInputs: [(String, (Int) -> [UInt8])] = [
      ("parse: one long line of plan words", { repeated(words + " ", $0) }),
      ("parse: 1/1/1/...", { repeated("1/", $0) }),
      ("parse: - - - ...", { repeated("- ", $0) }),
      ("parse: ((((...", { repeated("(", $0) }),
      ("parse: blank lines", { repeated("\n", $0) }),
      ("parse: 99999999999999999999% lines", { repeated("- Đạt 99999999999999999999% xã.\n", $0) }),
    ]
    var out = ""
    for (name, make) in parseInputs {
      out += timed(name, megabytes) { factor in
        let bytes = make(size * factor)
        guard let decoded = try? Normalizer.decodeOnly(bytes: bytes) else { return }
        _ = PlanExtractor.extract(decoded, path: "hostile.txt")
      }
    }
    let validator = try? DocumentValidator(choice: .named("plan"))
    out += timed("validate: nested brackets", megabytes) { factor in
      let depth = size * factor / 2
      let bytes = repeated("[", depth) + repeated("]", depth)
      _ = validator?.validate(bytes: bytes, path: "nested.json")
    }
    out += timed("validate: one long string", megabytes) { factor in
      let bytes = Array("{\"title\": \"".utf8) + repeated("a", size * factor) + Array("\"}".utf8)
      _ = validator?.validate(bytes: bytes, path: "string.json")
    }
    out += timed("check: a CSV row of many columns", megabytes) { factor in
      let row = repeated("1,", size * factor)
      _ = try? ResultsReader.read(Array("indicator,value\n".utf8) + row + [0x0A])
    }
    return out
  }

  private static func timed(_ name: String, _ megabytes: Double, _ body: (Int) -> Void)
    -> String
  {
    var seconds: [Double] = []
    for factor in [1, 2] {
      let start = Date()
      body(factor)
      seconds.append(Date().timeIntervalSince(start))
    }
    return String(
      format: "%@: %.1f MB %.2f s, %.1f MB %.2f s, ratio %.2f\n", name, megabytes, seconds[0],
      megabytes * 2, seconds[1], seconds[1] / max(seconds[0], 1e-9))
  }
}
