import Foundation

/// The lines of the corpus texts, for tests that hold a scan to the pattern it replaces.
public enum CorpusLines {
  /// Every non-empty line of the `.txt` files in the given folders of `Corpus/`, file by file
  /// in name order.
  public static func lines(in folders: [String]) throws -> [String] {
    var lines: [String] = []
    for folder in folders.map(TestPaths.corpus.appendingPathComponent) {
      let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
      for file in files where file.hasSuffix(".txt") {
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        lines += text.split(separator: "\n").map(String.init)
      }
    }
    return lines
  }
}

extension SeededGenerator {
  /// `count` texts, each of up to `maxLength` pieces drawn from `alphabet`.
  public mutating func texts(from alphabet: [String], count: Int, maxLength: Int) -> [String] {
    (0..<count).map { _ in
      let length = Int.random(in: 0...maxLength, using: &self)
      return (0..<length).map { _ in alphabet.randomElement(using: &self) ?? "" }.joined()
    }
  }
}
