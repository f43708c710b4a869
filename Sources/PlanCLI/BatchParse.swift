import Foundation
import PlanExtract
import PlanModel
import PlanNormalize

/// `kehoach parse --format jsonl` over many files: folders walked for `.txt` and `.md`, files
/// parsed on all cores, one JSON line per file written in input order as soon as it and all
/// before it are done, an error line for a file that cannot be read.
final class BatchParse: @unchecked Sendable {
  /// One input: where to read it and how to name it.
  struct Input {
    var path: String
    var display: String
    /// Bytes read up front (standard input); nil to read `path` in a worker.
    var bytes: [UInt8]?
  }

  /// What one file gave.
  struct Outcome {
    var line: String
    var bytes: Int
    var failed: Bool
    var isPlan: Bool
    var indicators: Int
    var warnings: [String]
  }

  private let inputs: [Input]
  private let tables: NormalizerTables?
  private let jobs: Int
  private let condition = NSCondition()
  private var outcomes: [Outcome?]
  private var nextIndex = 0

  /// Worker threads get a generous stack: the parser recurses over the outline.
  static let workerStackSize = 16 << 20

  init(inputs: [Input], tables: NormalizerTables?, jobs: Int) {
    self.inputs = inputs
    self.tables = tables
    self.jobs = max(1, min(jobs, max(inputs.count, 1)))
    outcomes = Array(repeating: nil, count: inputs.count)
  }

  /// The `.txt` and `.md` files under each argument (folders walked in name order), and the
  /// other arguments as they are.
  static func expand(_ arguments: [String]) -> [String] {
    var result: [String] = []
    for argument in arguments {
      var isDirectory: ObjCBool = false
      guard argument != "-",
        FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory),
        isDirectory.boolValue
      else {
        result.append(argument)
        continue
      }
      let base = URL(fileURLWithPath: argument)
      var found: [String] = []
      if let walker = FileManager.default.enumerator(atPath: argument) {
        while let relative = walker.nextObject() as? String {
          let lower = relative.lowercased()
          guard lower.hasSuffix(".txt") || lower.hasSuffix(".md") else { continue }
          // A folder named `notes.txt` is walked into, not read as a file.
          if (walker.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { continue }
          found.append(relative)
        }
      }
      for relative in found.sorted() {
        result.append(
          argument.hasSuffix("/")
            ? argument + relative : base.appendingPathComponent(relative).relativePath)
      }
    }
    return result
  }

  /// Parses everything; `emit` receives each outcome in input order on the calling thread.
  func run(emit: (Int, Outcome) -> Void) {
    var threads: [Thread] = []
    for _ in 0..<jobs {
      let thread = Thread { [self] in work() }
      thread.stackSize = Self.workerStackSize
      threads.append(thread)
      thread.start()
    }
    for index in inputs.indices {
      condition.lock()
      while outcomes[index] == nil { condition.wait() }
      let outcome = outcomes[index]
      outcomes[index] = nil  // let it go once written
      condition.unlock()
      if let outcome { emit(index, outcome) }
    }
  }

  private func work() {
    let normalizer = tables.map { Normalizer(tables: $0) }
    while true {
      condition.lock()
      let index = nextIndex
      nextIndex += 1
      condition.unlock()
      guard index < inputs.count else { return }
      let outcome = parse(inputs[index], normalizer: normalizer)
      condition.lock()
      outcomes[index] = outcome
      condition.broadcast()
      condition.unlock()
    }
  }

  private func parse(_ input: Input, normalizer: Normalizer?) -> Outcome {
    var size = 0
    do {
      let bytes = try input.bytes ?? InputFile.read(file: input.path)
      size = bytes.count
      let result = try normalizer?.normalize(bytes: bytes) ?? Normalizer.decodeOnly(bytes: bytes)
      let plan = PlanExtractor.extract(result, path: input.display)
      let warnings = plan.warnings.map { warning in
        let location = warning.span.map { ":\($0.line):\($0.column)" } ?? ""
        return "\(input.display)\(location): warning: \(warning.message) [\(warning.id)]"
      }
      return Outcome(
        line: PlanJSON.compact(plan), bytes: size, failed: false,
        isPlan: !plan.warnings.contains { $0.id == "parse.not_a_plan" },
        indicators: plan.indicators.count, warnings: warnings)
    } catch {
      let reason = InputFile.reason(for: error)
      return Outcome(
        line: Self.errorLine(path: input.display, reason: reason), bytes: size, failed: true,
        isPlan: false, indicators: 0, warnings: ["\(input.display): error: \(reason)"])
    }
  }

  /// `{"error":"...","path":"..."}`, sorted keys like every other line.
  static func errorLine(path: String, reason: String) -> String {
    let object = ["error": reason, "path": path]
    guard
      let data = try? JSONSerialization.data(
        withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
    else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }

}
