import Foundation
import PlanNormalize

/// The repository's normalizer tables, loaded once for all tests.
public enum SharedFixtures {
  nonisolated(unsafe) private static var cachedTables: NormalizerTables?
  private static let lock = NSLock()

  public static func tables() throws -> NormalizerTables {
    lock.lock()
    defer { lock.unlock() }
    if let cachedTables { return cachedTables }
    let tables = try NormalizerTables(directory: TestPaths.tables)
    cachedTables = tables
    return tables
  }
}
