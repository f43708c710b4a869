import Foundation

/// What each text in `Corpus/` is for, read from `Corpus/corpus.tsv`.
///
/// Rows are `path TAB role`; a path ending in `/` stands for every `.txt` file in that folder.
/// Roles: `clean` (trains the language model), `clean-autocorrect` (trains it, except lines
/// holding a phrase of `autocorrect.txt`, which a spell checker may have damaged),
/// `ocr-scan` (real OCR damage without a clean version: never trained on).
package struct CorpusManifest: Sendable {
  package enum Role: String, Sendable {
    case clean
    case cleanAutocorrect = "clean-autocorrect"
    case ocrScan = "ocr-scan"
  }

  package struct Entry: Sendable {
    package var url: URL
    package var role: Role
  }

  package let root: URL
  package let entries: [Entry]

  package init(root: URL) throws {
    self.root = root
    let manifestURL = root.appendingPathComponent("corpus.tsv")
    guard let data = FileManager.default.contents(atPath: manifestURL.path) else {
      throw BuildError.missingFile(manifestURL.path)
    }
    var entries: [Entry] = []
    for (number, line) in String(decoding: data, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false
    ).enumerated() {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      let fields = trimmed.split(separator: "\t")
      guard fields.count == 2, let role = Role(rawValue: String(fields[1])) else {
        throw BuildError.malformed(manifestURL.path, number + 1, "expected 'path TAB role'")
      }
      let path = String(fields[0])
      if path.hasSuffix("/") {
        let folder = root.appendingPathComponent(path)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names.sorted() where name.hasSuffix(".txt") {
          entries.append(Entry(url: folder.appendingPathComponent(name), role: role))
        }
      } else {
        entries.append(Entry(url: root.appendingPathComponent(path), role: role))
      }
    }
    self.entries = entries
  }
}

/// Why the tables could not be built or measured.
package enum BuildError: Error, CustomStringConvertible {
  case missingFile(String)
  case malformed(String, Int, String)
  case invalidText(String)

  package var description: String {
    switch self {
    case .missingFile(let path): return "\(path): file not found"
    case .malformed(let path, let line, let reason): return "\(path):\(line): \(reason)"
    case .invalidText(let path): return "\(path): not valid UTF-8 text"
    }
  }
}
