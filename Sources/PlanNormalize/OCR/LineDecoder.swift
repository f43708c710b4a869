/// One position of a line to decode: a fixed token or a choice among syllables.
package enum DecodeSlot: Sendable {
  /// A token the decoder keeps (a number, a code, an abbreviation): its LM id.
  case fixed(Int32)
  /// Candidate syllables for an OCR word.
  case choice([Candidate])
}

/// Finds the likeliest syllables for a whole line with a beam search over the trigram
/// language model and the channel scores.
///
/// State is the last two language-model tokens; hypotheses ending in the same two tokens are
/// merged (Viterbi), and the best `beamSize` survive each position.
package struct LineDecoder: Sendable {
  package let model: SyllableLanguageModel
  package let lexicon: SyllableLexicon
  /// Weight of the channel log-probability against the language model's.
  package var channelWeight: Float = 1.0
  package var beamSize = 12

  package init(model: SyllableLanguageModel, lexicon: SyllableLexicon) {
    self.model = model
    self.lexicon = lexicon
  }

  private struct Hypothesis {
    var previous: Int32
    var last: Int32
    var score: Float
    var parent: Int32
    var choice: Int32
  }

  /// The chosen candidate index for each slot (0 for fixed slots), with a confidence each.
  ///
  /// - Parameters:
  ///   - context: the two LM tokens before the line (`-1` when none).
  /// - Complexity: O(n · beam · candidates).
  package func decode(_ slots: [DecodeSlot], context: (Int32, Int32)) -> (
    choices: [Int], confidence: [Double], tail: (Int32, Int32)
  ) {
    var layers: [[Hypothesis]] = []
    layers.reserveCapacity(slots.count)
    var beam = [
      Hypothesis(previous: context.0, last: context.1, score: 0, parent: -1, choice: 0)
    ]
    for slot in slots {
      var next: [Hypothesis] = []
      next.reserveCapacity(beam.count * 4)
      for (parentIndex, hypothesis) in beam.enumerated() {
        switch slot {
        case .fixed(let token):
          let score =
            hypothesis.score + model.logProb(token, after: hypothesis.previous, hypothesis.last)
          Self.merge(
            Hypothesis(
              previous: hypothesis.last, last: token, score: score, parent: Int32(parentIndex),
              choice: 0), into: &next)
        case .choice(let candidates):
          for (choiceIndex, candidate) in candidates.enumerated() {
            let token = lexicon.languageModelIDs[Int(candidate.syllable)]
            let score =
              hypothesis.score + channelWeight * candidate.channel
              + model.logProb(token, after: hypothesis.previous, hypothesis.last)
              + lexicon.languageModelPenalty[Int(candidate.syllable)]
            Self.merge(
              Hypothesis(
                previous: hypothesis.last, last: token, score: score,
                parent: Int32(parentIndex), choice: Int32(choiceIndex)), into: &next)
          }
        }
      }
      if next.count > beamSize {
        next.sort { $0.score > $1.score }
        next.removeLast(next.count - beamSize)
      }
      layers.append(next)
      beam = next
    }
    guard let bestIndex = beam.indices.max(by: { beam[$0].score < beam[$1].score }) else {
      return ([], [], context)
    }
    var choices = [Int](repeating: 0, count: slots.count)
    var confidence = [Double](repeating: 1, count: slots.count)
    var index = bestIndex
    var layer = slots.count - 1
    while layer >= 0 {
      let hypothesis = layers[layer][index]
      choices[layer] = Int(hypothesis.choice)
      confidence[layer] = Self.confidence(layers[layer], chosen: hypothesis)
      index = Int(hypothesis.parent)
      layer -= 1
    }
    let last = beam[bestIndex]
    return (choices, confidence, (last.previous, last.last))
  }

  @inline(__always)
  private static func merge(_ hypothesis: Hypothesis, into list: inout [Hypothesis]) {
    for index in list.indices
    where list[index].last == hypothesis.last && list[index].previous == hypothesis.previous {
      if hypothesis.score > list[index].score { list[index] = hypothesis }
      return
    }
    list.append(hypothesis)
  }

  /// Share of the probability mass, among a layer's hypotheses, of those making the same
  /// choice as the chosen one.
  private static func confidence(_ layer: [Hypothesis], chosen: Hypothesis) -> Double {
    var total = 0.0
    var same = 0.0
    let top = layer.map(\.score).max() ?? 0
    for hypothesis in layer {
      let weight = Double.pow10(Double(hypothesis.score - top))
      total += weight
      if hypothesis.last == chosen.last && hypothesis.choice == chosen.choice { same += weight }
    }
    return total > 0 ? same / total : 1
  }
}

extension Double {
  @inline(__always)
  static func pow10(_ exponent: Double) -> Double {
    exponent < -30 ? 0 : Foundation.pow(10, exponent)
  }
}

import Foundation
