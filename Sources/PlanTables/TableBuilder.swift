import Foundation
import PlanNormalize

/// Rebuilds the learned tables (`syllable-lm.txt`, `ocr-channel.txt`) from `Corpus/`.
///
/// Reads the curated tables (`phonotactics.txt`, `ocr-confusions.txt`, `autocorrect.txt`)
/// from the same directory it writes to. Output is deterministic: the same corpus gives
/// byte-identical tables.
package struct TableBuilder {
  package var corpus: URL
  package var tables: URL

  package init(corpus: URL, tables: URL) {
    self.corpus = corpus
    self.tables = tables
  }

  package struct Report {
    package var paragraphs = 0
    package var tokens = 0
    package var heldOutLines = 0
    package var autocorrectLinesSkipped = 0
    package var wordPairs = 0
    package var channelEntries = 0
    package var languageModelBytes = 0
  }

  /// Builds both tables and writes them atomically.
  package func build(log: (String) -> Void = { _ in }) throws -> Report {
    var report = Report()
    let rules = try SyllableRules(
      table: readText(tables.appendingPathComponent(NormalizerTables.File.phonotactics)))
    let autocorrect = try AutocorrectRule.parse(
      readText(tables.appendingPathComponent(NormalizerTables.File.autocorrect)),
      name: NormalizerTables.File.autocorrect)
    try writeAtomically(
      Self.syllableTable(rules), to: tables.appendingPathComponent(NormalizerTables.File.syllables))
    let manifest = try CorpusManifest(root: corpus)
    let tokenizer = TrainingTokenizer(rules: rules)
    var trainer = LanguageModelTrainer()
    for entry in manifest.entries where entry.role != .ocrScan {
      let text = try readText(entry.url)
      for rawLine in text.components(separatedBy: .newlines) {
        let line = rawLine.precomposedStringWithCanonicalMapping
        if HeldOutSplit.isHeldOut(HeldOutSplit.typeset(line)) {
          report.heldOutLines += 1
          continue
        }
        let tokens = tokenizer.tokens(of: line)
        if entry.role == .cleanAutocorrect, Self.containsDamagedPhrase(tokens, autocorrect) {
          report.autocorrectLinesSkipped += 1
          continue
        }
        if tokens.isEmpty { continue }
        trainer.add(paragraph: tokens)
        report.paragraphs += 1
      }
    }
    report.tokens = trainer.tokenTotal
    let languageModel = trainer.write()
    report.languageModelBytes = languageModel.utf8.count
    try writeAtomically(
      languageModel, to: tables.appendingPathComponent(NormalizerTables.File.languageModel))
    log("language model: \(report.paragraphs) paragraphs, \(report.tokens) tokens")

    let curated = try OCRChannel.parseEntries(
      readText(tables.appendingPathComponent(NormalizerTables.File.curatedChannel)),
      name: NormalizerTables.File.curatedChannel)
    let pairs = ChannelTrainer.wordPairs(try OCRPairFile.load(corpus: corpus))
    report.wordPairs = pairs.count
    let learned = ChannelTrainer().learn(pairs: pairs, curated: curated)
    report.channelEntries = learned.count
    try writeAtomically(
      ChannelTrainer.write(learned, pairCount: pairs.count),
      to: tables.appendingPathComponent(NormalizerTables.File.learnedChannel))
    log("channel: \(pairs.count) word pairs, \(learned.count) entries")
    return report
  }

  /// Every valid syllable in canonical (old-style) spelling, with its new-style spelling
  /// after a TAB when the two differ.
  package static func syllableTable(_ rules: SyllableRules) -> String {
    var out = "# Every valid Vietnamese syllable (onset + rhyme + tone), generated from\n"
    out += "# phonotactics.txt by `swift run kehoach-tables build`: old-style spelling, and\n"
    out += "# after a TAB the new-style spelling (hoà) where it differs. Do not edit.\n"
    for spelling in rules.inventory(style: .old) {
      out += spelling
      if let shape = SyllableRules.shape(of: spelling.unicodeScalars) {
        let new = rules.render(shape, style: .new)
        if new != spelling { out += "\t" + new }
      }
      out += "\n"
    }
    return out
  }

  private static func containsDamagedPhrase(_ tokens: [String], _ rules: [AutocorrectRule])
    -> Bool
  {
    for rule in rules where rule.damaged.count <= tokens.count {
      for start in 0...(tokens.count - rule.damaged.count)
      where Array(tokens[start..<(start + rule.damaged.count)]) == rule.damaged {
        return true
      }
    }
    return false
  }
}

/// Writes text to a temporary file beside `url` and renames it into place.
package func writeAtomically(_ text: String, to url: URL) throws {
  try Data(text.utf8).write(to: url, options: .atomic)
}
