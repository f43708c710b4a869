/// What the normalizer did to the input.
public struct NormalizationInfo: Codable, Equatable, Sendable {
  public var encoding: String
  public var legacyEncoding: String?
  public var syllables: Int
  public var repairedSyllables: Int
  public var documentDamaged: Bool

  public init(
    encoding: String, legacyEncoding: String?, syllables: Int, repairedSyllables: Int,
    documentDamaged: Bool
  ) {
    self.encoding = encoding
    self.legacyEncoding = legacyEncoding
    self.syllables = syllables
    self.repairedSyllables = repairedSyllables
    self.documentDamaged = documentDamaged
  }
}
