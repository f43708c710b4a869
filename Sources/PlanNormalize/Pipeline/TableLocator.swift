import Foundation

/// Finds the directory of the normalizer's data tables.
///
/// Looked for, in order: `$KEHOACH_TABLES`; the resource bundle SwiftPM places beside the
/// executable (`kehoach_PlanNormalize.resources/Tables`); the source tree this file was
/// compiled from. The first directory holding `phonotactics.txt` wins. Unlike
/// `Bundle.module`, a missing bundle is an error the caller can report, never a trap.
package enum TableLocator {
  package static let bundleName = "kehoach_PlanNormalize.resources"

  /// The candidate directories, in search order.
  package static func candidates(
    environment: [String: String] = ProcessInfo.processInfo.environment
  )
    -> [URL]
  {
    var result: [URL] = []
    if let override = environment["KEHOACH_TABLES"], !override.isEmpty {
      result.append(URL(fileURLWithPath: override, isDirectory: true))
    }
    let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".")
      .resolvingSymlinksInPath()
    let executableDirectory = executable.deletingLastPathComponent()
    result.append(
      executableDirectory.appendingPathComponent(bundleName).appendingPathComponent("Tables"))
    if let main = Bundle.main.resourceURL {
      result.append(main.appendingPathComponent(bundleName).appendingPathComponent("Tables"))
    }
    let sourceTables = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Tables")
    result.append(sourceTables)
    return result
  }

  /// The first candidate directory that holds the tables.
  ///
  /// - Throws: `TableError.missing` naming every place searched.
  package static func locate(environment: [String: String] = ProcessInfo.processInfo.environment)
    throws -> URL
  {
    let searched = candidates(environment: environment)
    for directory in searched
    where FileManager.default.fileExists(
      atPath: directory.appendingPathComponent("phonotactics.txt").path)
    {
      return directory
    }
    throw TableError.missing(table: "phonotactics.txt", searched: searched.map(\.path))
  }
}
