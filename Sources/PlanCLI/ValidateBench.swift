import Foundation
import PlanValidate

/// `kehoach-bench --stage validate`: reading and validating plan JSON.
///
/// One large plan (the corpus's expected plans, their assignments and indicators repeated
/// under fresh ids up to the size asked for) is read, schema-validated and rule-checked, each
/// step timed; then 1,000 small plan files are validated in one `kehoach validate` run.
enum ValidateBench {
  struct Figures: Codable {
    var megabytes: Double
    var readMegabytesPerSecond: Double
    var schemaMegabytesPerSecond: Double
    var rulesMegabytesPerSecond: Double
    /// Read, schema and rules together, as `kehoach validate` does for one file.
    var totalMegabytesPerSecond: Double
    var smallFiles: Int
    var smallFilesSeconds: Double
  }

  static func run(corpus: URL, megabytes: Double) throws -> Figures {
    let expected = corpus.appendingPathComponent("expected")
    let names = try FileManager.default.contentsOfDirectory(atPath: expected.path)
      .filter { $0.hasSuffix(".json") }.sorted()
    let plans = try names.map { try Data(contentsOf: expected.appendingPathComponent($0)) }
    guard let base = plans.first else { throw InputFileError(message: "no expected plans") }
    let big = try largePlan(from: base, megabytes: megabytes)
    let bytes = Array(big)
    let size = Double(bytes.count) / 1_000_000

    let validator = try DocumentValidator(choice: .named("plan"))
    let readSeconds = best {
      _ = try? JSONReader.read(bytes)
    }
    let document = try JSONReader.read(bytes).value
    let registry = try BundledSchemas.registryWithMetaSchemas()
    let planSchema = try registry.add(
      try JSONReader.read(try BundledSchemas.projectSchemaBytes("plan")).value, name: "plan")
    var schemaErrors = 0
    let schemaSeconds = best {
      schemaErrors = SchemaValidator().validate(document, against: planSchema).count
    }
    var ruleErrors = 0
    let rulesSeconds = best {
      ruleErrors = PlanSemanticChecker().check(document).count
    }
    var totalProblems = 0
    let totalSeconds = best {
      totalProblems = validator.validate(bytes: bytes, path: "bench.json").problems.count
    }
    guard schemaErrors == 0, ruleErrors == 0, totalProblems == 0 else {
      throw InputFileError(
        message:
          "the benchmark plan is not valid (\(schemaErrors + ruleErrors + totalProblems) problems)")
    }

    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kehoach-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    var paths: [String] = []
    for index in 0..<1000 {
      let path = directory.appendingPathComponent("plan-\(index).json").path
      try plans[index % plans.count].write(to: URL(fileURLWithPath: path))
      paths.append(path)
    }
    let start = Date()
    let status = ValidateCommand.run(paths, console: Console.capturing())
    let smallSeconds = Date().timeIntervalSince(start)
    guard status == 0 else { throw InputFileError(message: "small files did not validate") }
    return Figures(
      megabytes: size, readMegabytesPerSecond: size / readSeconds,
      schemaMegabytesPerSecond: size / schemaSeconds, rulesMegabytesPerSecond: size / rulesSeconds,
      totalMegabytesPerSecond: size / totalSeconds, smallFiles: paths.count,
      smallFilesSeconds: smallSeconds)
  }

  static func text(_ figures: Figures) -> String {
    String(
      format: """
        validate plan JSON: %.1f MB; read %.1f MB/s, schema %.1f MB/s, rules %.1f MB/s; \
        read + schema + rules %.1f MB/s
        validate %d small plan files in one run: %.2f s

        """,
      figures.megabytes, figures.readMegabytesPerSecond, figures.schemaMegabytesPerSecond,
      figures.rulesMegabytesPerSecond, figures.totalMegabytesPerSecond, figures.smallFiles,
      figures.smallFilesSeconds)
  }

  /// Best of three timings, in seconds.
  private static func best(_ body: () -> Void) -> Double {
    var fastest = Double.infinity
    for _ in 0..<3 {
      let start = Date()
      body()
      fastest = min(fastest, Date().timeIntervalSince(start))
    }
    return max(fastest, 1e-9)
  }

  /// A valid plan of about `megabytes` MB: `base` with its assignments and indicators
  /// repeated under fresh ids.
  private static func largePlan(from base: Data, megabytes: Double) throws -> Data {
    let target = Double(megabytes * 1_000_000)
    // One and two copies give the fixed part and the size per copy.
    let one = try repeated(base, copies: 1).count
    let perCopy = max(try repeated(base, copies: 2).count - one, 1)
    let copies = max(1, Int((target - Double(one)) / Double(perCopy)) + 1)
    return try repeated(base, copies: copies)
  }

  private static func repeated(_ base: Data, copies: Int) throws -> Data {
    guard var plan = try JSONSerialization.jsonObject(with: base) as? [String: Any] else {
      throw InputFileError(message: "an expected plan is not a JSON object")
    }
    for key in ["assignments", "indicators", "deadlines", "goals"] {
      guard let items = plan[key] as? [[String: Any]] else { continue }
      var repeated: [[String: Any]] = []
      for copy in 0..<copies {
        for var item in items {
          if let id = item["id"] as? String { item["id"] = "\(id)-r\(copy)" }
          repeated.append(item)
        }
      }
      plan[key] = repeated
    }
    return try JSONSerialization.data(withJSONObject: plan, options: [.prettyPrinted, .sortedKeys])
  }
}
