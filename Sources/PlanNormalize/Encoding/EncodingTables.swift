import Foundation

/// The four encoding tables of the normalizer, loaded once: the Windows-1258 and
/// Windows-1252 code pages and the TCVN3 and VNI legacy encodings.
///
/// The files live in `Tables/` beside `phonotactics.txt` (see `TableLocator`); their
/// formats are documented in their headers.
package struct EncodingTables: Sendable {
  /// The file names, in load order.
  package static let fileNames = ["windows-1258.txt", "windows-1252.txt", "tcvn3.txt", "vni.txt"]

  /// Windows-1258: Vietnamese with combining tone marks.
  package let windows1258: CodePage
  /// Windows-1252: Western European; also the code page legacy text was misread in.
  package let windows1252: CodePage
  /// TCVN3 (TCVN 5712:1993 VN3, ABC fonts) as shown through Windows-1252.
  package let tcvn3: LegacyTable
  /// VNI-Windows as shown through Windows-1252.
  package let vni: LegacyTable

  /// The tables and phonotactics of the default tables directory (`TableLocator`), loaded
  /// once, on first use; backs the static conveniences of `InputDecoder` and
  /// `LegacyEncodingRepair`. Code that has a tables directory should build its own.
  package static let standard: Result<(tables: EncodingTables, rules: SyllableRules), any Error> =
    Result {
      let directory = try TableLocator.locate()
      let url = directory.appendingPathComponent("phonotactics.txt")
      guard let data = FileManager.default.contents(atPath: url.path) else {
        throw TableError.missing(table: "phonotactics.txt", searched: [directory.path])
      }
      let rules = try SyllableRules(table: String(decoding: data, as: UTF8.self))
      return (try EncodingTables(directory: directory), rules)
    }

  /// Loads the tables from a directory.
  ///
  /// - Parameter directory: The `Tables` directory.
  /// - Throws: `TableError.missing` for an unreadable file (naming the path tried) and
  ///   `TableError.malformed` with the line of a bad row.
  /// - Complexity: O(size of the tables): about 400 short rows, well under a millisecond.
  package init(directory: URL) throws {
    var texts: [String] = []
    for fileName in Self.fileNames {
      let url = directory.appendingPathComponent(fileName)
      guard let data = FileManager.default.contents(atPath: url.path) else {
        throw TableError.missing(table: fileName, searched: [directory.path])
      }
      guard let text = String(validating: data, as: UTF8.self) else {
        throw TableError.malformed(table: fileName, line: 0, reason: "not UTF-8")
      }
      texts.append(text)
    }
    try self.init(windows1258: texts[0], windows1252: texts[1], tcvn3: texts[2], vni: texts[3])
  }

  /// Builds the tables from their texts, as read from the four files.
  ///
  /// - Throws: `TableError.malformed` naming the file and line of a bad row.
  package init(windows1258: String, windows1252: String, tcvn3: String, vni: String) throws {
    self.windows1258 = try CodePage(text: windows1258, name: Self.fileNames[0])
    let cp1252 = try CodePage(text: windows1252, name: Self.fileNames[1])
    self.windows1252 = cp1252
    self.tcvn3 = try LegacyTable(
      text: tcvn3, name: "tcvn3", fileName: Self.fileNames[2], maxBytes: 1,
      shownThrough: cp1252)
    self.vni = try LegacyTable(
      text: vni, name: "vni", fileName: Self.fileNames[3], maxBytes: 2, shownThrough: cp1252)
  }
}
