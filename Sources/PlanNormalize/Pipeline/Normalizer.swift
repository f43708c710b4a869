import Foundation
import PlanText

/// Options of a normalization run.
public struct NormalizationOptions: Sendable {
  /// Write every syllable in this tone style; nil keeps each as written and writes repairs
  /// in the document's own style.
  public var toneStyle: ToneStyle?
  /// Force OCR repair on (true) or off (false); nil decides from the text.
  public var ocrRepair: Bool?
  /// Keep every edit for the report; when false only the counts are kept (less memory on
  /// huge inputs).
  public var collectsEdits: Bool

  public init(toneStyle: ToneStyle? = nil, ocrRepair: Bool? = nil, collectsEdits: Bool = true) {
    self.toneStyle = toneStyle
    self.ocrRepair = ocrRepair
    self.collectsEdits = collectsEdits
  }
}

/// Counts that summarise a run.
public struct NormalizationSummary: Sendable, Codable, Equatable {
  public var lines = 0
  public var syllables = 0
  public var repairedSyllables = 0
  public var changedLines = 0
  /// Lines treated as OCR-damaged.
  public var damagedLines = 0
  /// Share of word tokens that were not valid syllables on input.
  public var invalidRate = 0.0
  public var documentDamaged = false
  public var toneStyle: ToneStyle = .old
  /// `tcvn3`, `vni` or `mojibake-utf8` when the text was in a legacy encoding.
  public var legacyEncoding: String?
}

/// The repaired text and everything that was done to it.
public struct NormalizationResult: Sendable {
  /// Same number of lines as the input, each the repair of the same input line.
  public var text: String
  public var encoding: DetectedEncoding
  public var edits: [NormalizationEdit]
  public var warnings: [Diagnostic]
  public var summary: NormalizationSummary

  /// `repaired 2,913 of 3,808 syllables in 312 lines; encoding: utf-8`.
  public var summaryLine: String {
    let format = { (value: Int) -> String in
      let digits = String(value)
      var result = ""
      for (index, character) in digits.enumerated() {
        if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
        result.append(character)
      }
      return result
    }
    return "repaired \(format(summary.repairedSyllables)) of \(format(summary.syllables))"
      + " syllables in \(format(summary.changedLines)) lines; encoding: \(encoding.rawValue)"
      + (summary.legacyEncoding.map { " (\($0) repaired)" } ?? "")
  }
}

/// Normalizes Vietnamese plan text: encodings, Unicode form, OCR damage, autocorrect damage.
///
/// Lines are never merged or split: output line k is the repair of input line k, and every
/// edit is reported with its input line and column.
public final class Normalizer: @unchecked Sendable {
  public let tables: NormalizerTables
  private let repairer: OCRLineRepairer
  private let encodingStage: EncodingStage
  private let decoder: InputDecoder
  private let autocorrect: AutocorrectCheck

  public init(tables: NormalizerTables) {
    self.tables = tables
    repairer = OCRLineRepairer(tables: tables)
    encodingStage = EncodingStage(tables: tables)
    decoder = InputDecoder(tables: tables.encodings, rules: tables.rules)
    autocorrect = AutocorrectCheck(tables: tables)
  }

  /// Decodes bytes (UTF-8, or a legacy code page) and changes nothing else: the text as
  /// written, with no edits, for readers that must not repair (`parse --no-normalize`).
  ///
  /// - Throws: `InputError` for binary or undecodable input.
  public static func decodeOnly(bytes: [UInt8]) throws -> NormalizationResult {
    let decoded = try InputDecoder.decode(bytes)
    var summary = NormalizationSummary()
    var lines = TextLine.split(decoded.text)
    summary.lines = lines.count
    // Decomposed letters (NFD) are composed, each a located edit, so that readers comparing
    // text see one spelling; nothing else is touched.
    var edits: [NormalizationEdit] = []
    for index in lines.indices
    where lines[index].content.unicodeScalars.contains(where: { (0x300...0x36F).contains($0.value) }
    ) {
      var work = LineInProgress(Array(lines[index].content.unicodeScalars))
      work.apply(UnicodeCleanup.repair(line: work.scalars).filter { $0.kind == .composition })
      guard work.isChanged else { continue }
      lines[index].content = work.text
      edits += work.reported(lineNumber: index + 1)
    }
    let text = edits.isEmpty ? decoded.text : TextLine.join(lines)
    return NormalizationResult(
      text: text, encoding: decoded.encoding, edits: edits, warnings: [], summary: summary)
  }

  /// Decodes bytes (UTF-8, or a legacy code page) and normalizes the text.
  ///
  /// - Throws: `InputError` for binary or undecodable input.
  public func normalize(bytes: [UInt8], options: NormalizationOptions = .init()) throws
    -> NormalizationResult
  {
    let decoded = try decoder.decode(bytes)
    var result = normalize(text: decoded.text, options: options)
    result.encoding = decoded.encoding
    return result
  }

  /// Normalizes text that is already decoded.
  ///
  /// Two passes over the lines: the first measures damage and tone style, the second
  /// repairs each line. Only per-line counts are kept between them, so memory grows with
  /// the longest line, not with the number of lines.
  ///
  /// - Complexity: linear in the length of the text.
  public func normalize(text: String, options: NormalizationOptions = .init())
    -> NormalizationResult
  {
    let lines = TextLine.split(text)
    let legacy = encodingStage.detect(lines)

    // Pass 1: damage and tone style.
    var assessments: [DamageAssessment] = []
    assessments.reserveCapacity(lines.count)
    // Lines that pass 2 must visit even when no OCR repair runs: changed by the encoding
    // stage, or holding the first syllable of a possibly autocorrected phrase.
    var mustVisit: [Bool] = []
    mustVisit.reserveCapacity(lines.count)
    var document = DamageAssessment()
    var styleVotes = (old: 0, new: 0)
    var scratch: [Unicode.Scalar] = []
    for line in lines {
      let work = encodingStage.prepare(line.content, legacy: legacy, recordsEdits: false)
      var assessment = DamageAssessment()
      var visit = work.isChanged
      for token in LineTokenizer.tokenize(work.scalars) where token.kind == .word {
        let analysis = WordAnalysis.analyse(
          work.scalars, token, lexicon: tables.lexicon, scratch: &scratch)
        assessment.add(analysis)
        if !visit, let syllable = analysis.syllable, autocorrect.isTrigger(syllable) {
          visit = true
        }
        if let syllable = analysis.syllable, tables.lexicon.styleSensitive[Int(syllable)] {
          if analysis.isNewStyle { styleVotes.new += 1 } else { styleVotes.old += 1 }
        }
      }
      assessments.append(assessment)
      mustVisit.append(visit)
      document.add(assessment)
    }
    let ocrMode = options.ocrRepair ?? document.documentIsDamaged
    // An English OCR model moves marks (`túy` read `tuý`), so a damaged text's spellings say
    // nothing of its style: repairs are then written in the traditional style.
    let documentStyle: ToneStyle = !ocrMode && styleVotes.new > styleVotes.old ? .new : .old
    let outputStyle = options.toneStyle ?? documentStyle

    var summary = NormalizationSummary()
    summary.lines = lines.count
    summary.invalidRate = document.invalidRate
    summary.documentDamaged = document.documentIsDamaged
    summary.toneStyle = outputStyle
    summary.legacyEncoding = legacy?.rawValue

    // Pass 2: repair line by line.
    var output = lines
    var edits: [NormalizationEdit] = []
    var warnings: [Diagnostic] = []
    var context: (Int32, Int32) = (-1, tables.model.paragraphStartID)
    for index in lines.indices {
      summary.syllables += assessments[index].words
      let repairsLine =
        options.ocrRepair != false && (ocrMode || assessments[index].lineIsDamaged)
      if !repairsLine && !mustVisit[index] && options.toneStyle == nil {
        // Nothing can change this line; the next repaired line starts afresh.
        context = (-1, tables.model.paragraphStartID)
        continue
      }
      var work = encodingStage.prepare(
        lines[index].content, legacy: legacy, recordsEdits: options.collectsEdits)
      let lineTokens = LineTokenizer.tokenize(work.scalars)
      if lineTokens.isEmpty {
        context = (-1, tables.model.paragraphStartID)
      } else {
        if repairsLine {
          summary.damagedLines += 1
          let outcome = repairer.repair(
            work.scalars, tokens: lineTokens, style: outputStyle, context: context,
            keepsKnownSyllables: !ocrMode)
          work.apply(outcome.edits)
          context = outcome.tail
        }
        // After OCR repair the line may read as the document did, spell-checker damage
        // included (seed 002); a raw scan for the trigger spellings skips most lines.
        if mustVisit[index] || (repairsLine && autocorrect.mightApply(scalars: work.scalars)) {
          let lineTokens = repairsLine ? LineTokenizer.tokenize(work.scalars) : lineTokens
          let lineAnalyses = lineTokens.map { token in
            token.kind == .word
              ? WordAnalysis.analyse(
                work.scalars, token, lexicon: tables.lexicon, scratch: &scratch) : nil
          }
          if autocorrect.mightApply(lineAnalyses) {
            let found = autocorrect.check(
              work.scalars, tokens: lineTokens, analyses: lineAnalyses, lineNumber: index + 1)
            work.apply(found.edits)
            warnings += found.warnings
          }
        }
        if let style = options.toneStyle {
          work.apply(
            ToneStyleConversion.edits(
              work.scalars, tokens: LineTokenizer.tokenize(work.scalars), to: style,
              tables: tables))
        }
      }
      if work.isChanged {
        summary.changedLines += 1
        summary.repairedSyllables += work.repairedSyllableCount
        output[index].content = work.text
        if options.collectsEdits { edits += work.reported(lineNumber: index + 1) }
      }
    }
    return NormalizationResult(
      text: TextLine.join(output), encoding: .utf8, edits: edits, warnings: warnings,
      summary: summary)
  }
}
