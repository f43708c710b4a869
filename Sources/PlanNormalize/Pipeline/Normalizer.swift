import Foundation
import PlanText

/// Options of a normalization run.
public struct NormalizationOptions: Sendable {
  /// Write every syllable in this tone style; nil keeps each as written and writes repairs
  /// in the document's own style.
  public var toneStyle: ToneStyle?
  /// Force OCR repair on (true) or off (false); nil decides from the text.
  public var ocrRepair: Bool?

  public init(toneStyle: ToneStyle? = nil, ocrRepair: Bool? = nil) {
    self.toneStyle = toneStyle
    self.ocrRepair = ocrRepair
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
  }
}

/// Normalizes Vietnamese plan text: encodings, Unicode form, OCR damage, autocorrect damage.
///
/// Lines are never merged or split: output line k is the repair of input line k, and every
/// edit is reported with its input line and column.
public final class Normalizer: @unchecked Sendable {
  public let tables: NormalizerTables
  private let repairer: OCRLineRepairer

  public init(tables: NormalizerTables) {
    self.tables = tables
    repairer = OCRLineRepairer(tables: tables)
  }

  /// Decodes bytes (UTF-8, or a legacy code page) and normalizes the text.
  ///
  /// - Throws: `InputError` for binary or undecodable input.
  public func normalize(bytes: [UInt8], options: NormalizationOptions = .init()) throws
    -> NormalizationResult
  {
    let decoded = try InputDecoder.decode(bytes)
    var result = normalize(text: decoded.text, options: options)
    result.encoding = decoded.encoding
    return result
  }

  /// Normalizes text that is already decoded.
  ///
  /// - Complexity: linear in the length of the text.
  public func normalize(text: String, options: NormalizationOptions = .init())
    -> NormalizationResult
  {
    let lines = TextLine.split(text)
    var work = lines.map { LineInProgress(Array($0.content.unicodeScalars)) }
    var warnings: [Diagnostic] = []
    EncodingStage.apply(to: &work)

    // Assess damage and tone style before repairing.
    var tokens: [[LineToken]] = []
    var assessments: [DamageAssessment] = []
    var document = DamageAssessment()
    var styleVotes = (old: 0, new: 0)
    tokens.reserveCapacity(work.count)
    for line in work {
      let lineTokens = LineTokenizer.tokenize(line.scalars)
      var assessment = DamageAssessment()
      for token in lineTokens where token.kind == .word {
        let analysis = WordAnalysis.analyse(line.scalars, token, lexicon: tables.lexicon)
        assessment.add(analysis)
        if let syllable = analysis.syllable {
          voteStyle(line.scalars, token, syllable, &styleVotes)
        }
      }
      tokens.append(lineTokens)
      assessments.append(assessment)
      document.add(assessment)
    }
    let documentStyle: ToneStyle = styleVotes.new > styleVotes.old ? .new : .old
    let outputStyle = options.toneStyle ?? documentStyle
    let ocrMode = options.ocrRepair ?? document.documentIsDamaged

    var summary = NormalizationSummary()
    summary.lines = lines.count
    summary.invalidRate = document.invalidRate
    summary.documentDamaged = document.documentIsDamaged
    summary.toneStyle = outputStyle
    var context: (Int32, Int32) = (-1, tables.model.paragraphStartID)
    for index in work.indices {
      let lineTokens = tokens[index]
      summary.syllables += lineTokens.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }
      if lineTokens.isEmpty {
        context = (-1, tables.model.paragraphStartID)
        continue
      }
      let repairThis =
        options.ocrRepair != false && (ocrMode || assessments[index].lineIsDamaged)
      if repairThis {
        summary.damagedLines += 1
        let outcome = repairer.repair(
          work[index].scalars, tokens: lineTokens, style: outputStyle, context: context)
        work[index].apply(outcome.edits)
        context = outcome.tail
      }
      let autocorrect = AutocorrectCheck(tables: tables)
      let found = autocorrect.check(work[index].scalars, lineNumber: index + 1)
      work[index].apply(found.edits)
      warnings += found.warnings
      if let style = options.toneStyle {
        work[index].apply(
          ToneStyleConversion.edits(
            work[index].scalars, tokens: LineTokenizer.tokenize(work[index].scalars),
            to: style, tables: tables))
      }
    }

    var output = lines
    var edits: [NormalizationEdit] = []
    for index in work.indices {
      let reported = work[index].reported(lineNumber: index + 1)
      if !reported.isEmpty {
        summary.changedLines += 1
        summary.repairedSyllables += reported.filter {
          $0.kind == .ocr || $0.kind == .autocorrect || $0.kind == .legacyEncoding
            || $0.kind == .mojibake
        }.count
        output[index].content = work[index].text
      }
      edits += reported
    }
    return NormalizationResult(
      text: TextLine.join(output), encoding: .utf8, edits: edits, warnings: warnings,
      summary: summary)
  }

  /// Counts a syllable written in one tone style only (`hòa` old, `hoà` new).
  private func voteStyle(
    _ scalars: [Unicode.Scalar], _ token: LineToken, _ syllable: Int32,
    _ votes: inout (old: Int, new: Int)
  ) {
    let shape = tables.lexicon.shapes[Int(syllable)]
    guard shape.tone != .level else { return }
    let old = tables.rules.render(shape, style: .old)
    let new = tables.rules.render(shape, style: .new)
    guard old != new else { return }
    var lower = String.UnicodeScalarView()
    for scalar in scalars[token.start..<token.end] {
      lower.append(VietnameseLetters.info(scalar)?.lowercase ?? scalar)
    }
    if String(lower) == old { votes.old += 1 } else if String(lower) == new { votes.new += 1 }
  }
}
