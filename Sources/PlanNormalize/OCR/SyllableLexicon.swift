import Foundation

/// Every valid Vietnamese syllable, indexed for OCR repair.
///
/// Built from `SyllableRules` when the tables load: each syllable has its canonical spelling
/// (lowercase, old tone style), its shape, its letters as channel ids, its language-model id
/// and its skeleton (ASCII letters under every mark: `người` -> `nguoi`). Surface forms in
/// both tone styles map back to the syllable.
package struct SyllableLexicon: Sendable {
  package let spellings: [String]
  package let shapes: [SyllableShape]
  package let goldIDs: [[UInt8]]
  package let languageModelIDs: [Int32]
  /// Added to the LM score of a syllable outside the LM vocabulary: `<unk>`'s probability is
  /// shared among all such syllables (log10 of one over their number), else 0.
  package let languageModelPenalty: [Float]
  /// Distinct skeletons, and the syllables under each (same order).
  package let skeletonIndex: SkeletonIndex
  package let syllablesBySkeleton: [[Int32]]
  /// Lowercase spelling in either tone style -> syllable, looked up by scalars.
  package let surfaces: SurfaceTable
  /// Syllables whose old and new tone styles differ (`hòa`/`hoà`).
  package let styleSensitive: [Bool]
  /// Each syllable's lowercase letters in the old and in the new tone style.
  package let oldStyleScalars: [[Unicode.Scalar]]
  package let newStyleScalars: [[Unicode.Scalar]]

  /// A syllable's lowercase letters in `style`.
  @inline(__always)
  package func scalars(of syllable: Int32, style: ToneStyle) -> [Unicode.Scalar] {
    style == .old ? oldStyleScalars[Int(syllable)] : newStyleScalars[Int(syllable)]
  }

  /// Builds the lexicon from the syllable table (`Tables/syllables.txt`): one syllable a
  /// line, canonical (old-style) spelling, then a TAB and the new-style spelling when it
  /// differs. The table is generated from `phonotactics.txt` by `kehoach-tables build`.
  ///
  /// - Throws: `TableError.malformed` for a row that is not a valid syllable.
  package init(
    table text: String, rules: SyllableRules, model: SyllableLanguageModel, channel: OCRChannel,
    name: String = "syllables.txt"
  ) throws {
    var spellings: [String] = []
    var shapes: [SyllableShape] = []
    var goldIDs: [[UInt8]] = []
    var lmIDs: [Int32] = []
    var bySkeleton: [UInt64: [Int32]] = [:]
    var surfaces = SurfaceTable(capacity: 20_000)
    var styleSensitive: [Bool] = []
    var oldStyleScalars: [[Unicode.Scalar]] = []
    var newStyleScalars: [[Unicode.Scalar]] = []
    var reader = TableLineReader(text: text, name: name)
    while let line = reader.next() {
      let tab = line.firstIndex(of: UInt8(ascii: "\t"))
      let spelling = String(decoding: line[..<(tab ?? line.endIndex)], as: UTF8.self)
      guard let shape = SyllableRules.shape(of: spelling.unicodeScalars),
        let ids = channel.goldIDs(spelling.unicodeScalars)
      else { throw reader.error("'\(spelling)' is not a lowercase Vietnamese syllable") }
      let index = Int32(spellings.count)
      spellings.append(spelling)
      shapes.append(shape)
      goldIDs.append(ids)
      lmIDs.append(model.id(of: spelling))
      let skeleton = SkeletonIndex.pack(
        shape.toneless.lazy.map { VietnameseLetters.info($0)?.base ?? 0 })
      bySkeleton[skeleton, default: []].append(index)
      let oldScalars = Array(spelling.unicodeScalars)
      surfaces.insert(oldScalars, syllable: index, isNewStyle: false)
      oldStyleScalars.append(oldScalars)
      styleSensitive.append(tab != nil)
      if let tab {
        let newStyle = String(decoding: line[(tab + 1)...], as: UTF8.self)
        let newScalars = Array(newStyle.unicodeScalars)
        surfaces.insert(newScalars, syllable: index, isNewStyle: true)
        newStyleScalars.append(newScalars)
      } else {
        newStyleScalars.append(oldScalars)
      }
    }
    let unseen = lmIDs.filter { $0 == model.unknownID }.count
    let penalty = -Float(log10(Double(max(unseen, 1))))
    languageModelPenalty = lmIDs.map { $0 == model.unknownID ? penalty : 0 }
    let packed = bySkeleton.keys.sorted()
    skeletonIndex = SkeletonIndex(skeletons: packed.map(SkeletonIndex.unpack))
    syllablesBySkeleton = packed.map { bySkeleton[$0] ?? [] }
    self.spellings = spellings
    self.shapes = shapes
    self.goldIDs = goldIDs
    self.languageModelIDs = lmIDs
    self.surfaces = surfaces
    self.styleSensitive = styleSensitive
    self.oldStyleScalars = oldStyleScalars
    self.newStyleScalars = newStyleScalars
  }

  /// The syllable spelled by a lowercase surface form, in either tone style.
  package func syllable(surface: String) -> Int32? {
    surfaces.lookup(Array(surface.unicodeScalars)[...])?.syllable
  }
}
