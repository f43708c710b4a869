import Foundation
import PlanNormalize

/// The repository's normalizer tables, loaded once for all tests.
public enum SharedFixtures {
  public static func tables() throws -> NormalizerTables {
    try NormalizerTables.shared(directory: TestPaths.tables)
  }
}
