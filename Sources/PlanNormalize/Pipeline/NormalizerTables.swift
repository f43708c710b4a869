import Foundation

/// Every data table the normalizer uses, loaded once.
public struct NormalizerTables: Sendable {
  package let rules: SyllableRules
  package let model: SyllableLanguageModel
  package let channel: OCRChannel
  package let lexicon: SyllableLexicon
  package let abbreviations: AbbreviationTable
  package let autocorrect: [AutocorrectRule]
  package let encodings: EncodingTables
  /// Where the tables were read from.
  public let directory: URL
  /// Milliseconds spent loading each part, for the benchmark.
  public private(set) var loadMilliseconds: [(part: String, milliseconds: Double)] = []

  nonisolated(unsafe) private static var cache: [String: NormalizerTables] = [:]
  private static let cacheLock = NSLock()

  /// The tables of `directory` (or of the located default directory), loaded once per
  /// process and shared.
  ///
  /// - Throws: `TableError` naming the missing or malformed table.
  public static func shared(directory: URL? = nil) throws -> NormalizerTables {
    cacheLock.lock()
    defer { cacheLock.unlock() }
    let key = directory?.standardizedFileURL.path ?? ""
    if let cached = cache[key] { return cached }
    let tables = try NormalizerTables(directory: directory)
    cache[key] = tables
    return tables
  }

  /// File names inside the tables directory.
  package enum File {
    package static let phonotactics = "phonotactics.txt"
    package static let syllables = "syllables.txt"
    package static let languageModel = "syllable-lm.txt"
    package static let learnedChannel = "ocr-channel.txt"
    package static let curatedChannel = "ocr-confusions.txt"
    package static let abbreviations = "abbreviations.txt"
    package static let autocorrect = "autocorrect.txt"
  }

  /// Loads the tables from `directory`, or from the located default directory.
  ///
  /// - Throws: `TableError` naming the missing or malformed table.
  public init(directory: URL? = nil) throws {
    let directory = try directory ?? TableLocator.locate()
    func read(_ name: String) throws -> String {
      let url = directory.appendingPathComponent(name)
      guard let data = FileManager.default.contents(atPath: url.path) else {
        throw TableError.missing(table: name, searched: [directory.path])
      }
      return String(decoding: data, as: UTF8.self)
    }
    var timings: [(part: String, milliseconds: Double)] = []
    var clock = Date()
    func lap(_ part: String) {
      let now = Date()
      timings.append((part, now.timeIntervalSince(clock) * 1000))
      clock = now
    }
    let rules = try SyllableRules(table: read(File.phonotactics))
    lap("rules")
    let model = try SyllableLanguageModel(text: read(File.languageModel))
    lap("language model")
    let learned = try OCRChannel.parseEntries(read(File.learnedChannel), name: File.learnedChannel)
    let curated = try OCRChannel.parseEntries(read(File.curatedChannel), name: File.curatedChannel)
    let channel = OCRChannel(entries: learned + curated)
    lap("channel")
    let encodings = try EncodingTables(directory: directory)
    lap("encodings")
    let lexicon = try SyllableLexicon(
      table: read(File.syllables), rules: rules, model: model, channel: channel)
    lap("lexicon")
    self.init(
      rules: rules, model: model, channel: channel, lexicon: lexicon,
      abbreviations: try AbbreviationTable(text: read(File.abbreviations)),
      autocorrect: try AutocorrectRule.parse(read(File.autocorrect), name: File.autocorrect),
      encodings: encodings, directory: directory)
    loadMilliseconds = timings
  }

  package init(
    rules: SyllableRules, model: SyllableLanguageModel, channel: OCRChannel,
    lexicon: SyllableLexicon, abbreviations: AbbreviationTable, autocorrect: [AutocorrectRule],
    encodings: EncodingTables,
    directory: URL
  ) {
    self.rules = rules
    self.model = model
    self.channel = channel
    self.lexicon = lexicon
    self.abbreviations = abbreviations
    self.autocorrect = autocorrect
    self.encodings = encodings
    self.directory = directory
  }
}
