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
  /// Skeleton -> syllables.
  package let bySkeleton: [[UInt8]: [Int32]]
  /// Distinct skeletons grouped by length.
  package let skeletonsByLength: [[[UInt8]]]
  /// Lowercase spelling in either tone style -> syllable.
  package let surfaceIndex: [String: Int32]

  package init(rules: SyllableRules, model: SyllableLanguageModel, channel: OCRChannel) {
    let inventory = rules.inventory(style: .old)
    var spellings: [String] = []
    var shapes: [SyllableShape] = []
    var goldIDs: [[UInt8]] = []
    var lmIDs: [Int32] = []
    var bySkeleton: [[UInt8]: [Int32]] = [:]
    var surfaceIndex: [String: Int32] = [:]
    spellings.reserveCapacity(inventory.count)
    for spelling in inventory {
      guard let shape = SyllableRules.shape(of: spelling.unicodeScalars),
        let ids = channel.goldIDs(spelling.unicodeScalars)
      else { continue }
      let index = Int32(spellings.count)
      spellings.append(spelling)
      shapes.append(shape)
      goldIDs.append(ids)
      lmIDs.append(model.id(of: spelling))
      let skeleton = shape.toneless.map { VietnameseLetters.info($0)?.base ?? 0 }
      bySkeleton[skeleton, default: []].append(index)
      surfaceIndex[spelling] = index
      let newStyle = rules.render(shape, style: .new)
      if newStyle != spelling { surfaceIndex[newStyle] = index }
    }
    let unseen = lmIDs.filter { $0 == model.unknownID }.count
    let penalty = -Float(log10(Double(max(unseen, 1))))
    languageModelPenalty = lmIDs.map { $0 == model.unknownID ? penalty : 0 }
    var byLength: [[[UInt8]]] = Array(repeating: [], count: 12)
    for skeleton in bySkeleton.keys.sorted(by: { $0.lexicographicallyPrecedes($1) })
    where skeleton.count < byLength.count {
      byLength[skeleton.count].append(skeleton)
    }
    self.spellings = spellings
    self.shapes = shapes
    self.goldIDs = goldIDs
    self.languageModelIDs = lmIDs
    self.bySkeleton = bySkeleton
    self.skeletonsByLength = byLength
    self.surfaceIndex = surfaceIndex
  }

  /// The syllable spelled by a lowercase surface form, in either tone style.
  @inline(__always)
  package func syllable(surface: String) -> Int32? { surfaceIndex[surface] }
}
