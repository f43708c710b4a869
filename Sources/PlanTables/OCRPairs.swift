import Foundation
import PlanNormalize

/// A line-aligned OCR pair file: `Corpus/ocr-pairs/<doc>.<setting>.ocr.txt` against
/// `Corpus/documents/<doc>.txt`.
package struct OCRPairFile: Sendable {
  package var name: String
  package var document: String
  package var setting: String
  /// Clean lines as typeset (`**` removed), one per input line.
  package var gold: [String]
  /// OCR lines, one per input line.
  package var ocr: [String]

  /// The real scans against their hand restorations: `Corpus/documents/<doc>.txt` (OCR)
  /// against `Corpus/scan-truth/<doc>.txt`. Used only for measurement, never for training.
  package static func loadScans(corpus root: URL) throws -> [OCRPairFile] {
    let folder = root.appendingPathComponent("scan-truth")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    var files: [OCRPairFile] = []
    for name in names.sorted() where name.hasSuffix(".txt") {
      let document = String(name.dropLast(".txt".count))
      let gold = try readText(folder.appendingPathComponent(name)).components(separatedBy: "\n")
        .map { $0.precomposedStringWithCanonicalMapping }
      let ocr = try readText(root.appendingPathComponent("documents/\(name)"))
        .components(separatedBy: "\n")
      guard gold.count == ocr.count else {
        throw BuildError.malformed(
          folder.appendingPathComponent(name).path, 0,
          "has \(gold.count) lines, the scan \(ocr.count)")
      }
      files.append(
        OCRPairFile(
          name: document + ".scan", document: document, setting: "scan", gold: gold, ocr: ocr))
    }
    return files
  }

  /// Every pair file under `root/ocr-pairs`, sorted by name.
  package static func load(corpus root: URL) throws -> [OCRPairFile] {
    let folder = root.appendingPathComponent("ocr-pairs")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    var files: [OCRPairFile] = []
    for name in names.sorted() where name.hasSuffix(".ocr.txt") {
      let stem = String(name.dropLast(".ocr.txt".count))
      guard let dot = stem.firstIndex(of: ".") else { continue }
      let document = String(stem[..<dot])
      let setting = String(stem[stem.index(after: dot)...])
      let goldText = try readText(root.appendingPathComponent("documents/\(document).txt"))
      let ocrText = try readText(folder.appendingPathComponent(name))
      let gold = goldText.components(separatedBy: "\n").map {
        HeldOutSplit.typeset($0.precomposedStringWithCanonicalMapping)
      }
      var ocr = ocrText.components(separatedBy: "\n")
      if ocr.count < gold.count { ocr += Array(repeating: "", count: gold.count - ocr.count) }
      files.append(
        OCRPairFile(
          name: stem, document: document, setting: setting, gold: gold,
          ocr: Array(ocr.prefix(gold.count))))
    }
    return files
  }
}

/// Reads a UTF-8 text file.
package func readText(_ url: URL) throws -> String {
  guard let data = FileManager.default.contents(atPath: url.path) else {
    throw BuildError.missingFile(url.path)
  }
  guard let text = String(validating: data, as: UTF8.self) else {
    throw BuildError.invalidText(url.path)
  }
  return text
}

/// The word, number and code tokens of a line, as strings: the unit of the syllable
/// error rate.
package func evaluationTokens(_ line: String) -> [String] {
  let scalars = Array(line.unicodeScalars)
  return LineTokenizer.tokenize(scalars).map {
    String(String.UnicodeScalarView(scalars[$0.start..<$0.end]))
  }
}

/// Token-level Levenshtein distance.
package func tokenEditDistance(_ a: [String], _ b: [String]) -> Int {
  if a.isEmpty { return b.count }
  if b.isEmpty { return a.count }
  var previous = Array(0...b.count)
  var current = [Int](repeating: 0, count: b.count + 1)
  for i in 1...a.count {
    current[0] = i
    for j in 1...b.count {
      current[j] = min(
        previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
    }
    swap(&previous, &current)
  }
  return previous[b.count]
}
