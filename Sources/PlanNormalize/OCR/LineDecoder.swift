import Foundation

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
  package var channelWeight: Float = 0.7
  package var beamSize = 12
  /// Hypotheses more than this (log10) below the best of their position are dropped.
  package var scoreWindow: Float = 3

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
    // All layers in one flat array; layerStart[k] is where layer k begins.
    var hypotheses: [Hypothesis] = []
    hypotheses.reserveCapacity(slots.count * beamSize + 1)
    var layerStart: [Int] = []
    layerStart.reserveCapacity(slots.count + 1)
    var beam = [Hypothesis(previous: context.0, last: context.1, score: 0, parent: -1, choice: 0)]
    var next: [Hypothesis] = []
    var merge = MergeTable()
    var tokens: [Int32] = []
    var extras: [Float] = []
    var bigramLasts: [Int32] = []
    var bigramScores: [Float] = []
    for slot in slots {
      next.removeAll(keepingCapacity: true)
      merge.reset()
      switch slot {
      case .fixed(let token):
        for parentIndex in beam.indices {
          let hypothesis = beam[parentIndex]
          let score =
            hypothesis.score + model.logProb(token, after: hypothesis.previous, hypothesis.last)
          merge.offer(
            Hypothesis(
              previous: hypothesis.last, last: token, score: score, parent: Int32(parentIndex),
              choice: 0), into: &next)
        }
      case .choice(let candidates):
        // Per candidate: its LM token and what it adds besides the LM (channel, penalty).
        tokens.removeAll(keepingCapacity: true)
        extras.removeAll(keepingCapacity: true)
        for candidate in candidates {
          if candidate.second != Candidate.none {
            // Scored below, apart: two LM steps.
            tokens.append(model.unknownID)
            extras.append(-.infinity)
          } else if candidate.syllable == Candidate.keep {
            tokens.append(model.unknownID)
            extras.append(channelWeight * candidate.channel)
          } else if candidate.syllable == Candidate.keepNumber {
            tokens.append(model.numberID)
            extras.append(channelWeight * candidate.channel)
          } else {
            let syllable = Int(candidate.syllable)
            tokens.append(lexicon.languageModelIDs[syllable])
            extras.append(
              channelWeight * candidate.channel + lexicon.languageModelPenalty[syllable])
          }
        }
        // Bigram scores depend on the last token only: once per distinct last token.
        bigramLasts.removeAll(keepingCapacity: true)
        bigramScores.removeAll(keepingCapacity: true)
        for parentIndex in beam.indices {
          let hypothesis = beam[parentIndex]
          var row = bigramLasts.firstIndex(of: hypothesis.last) ?? -1
          if row < 0 {
            row = bigramLasts.count
            bigramLasts.append(hypothesis.last)
            for token in tokens {
              bigramScores.append(model.bigramLogProb(token, after: hypothesis.last))
            }
          }
          let context = model.context(hypothesis.previous, hypothesis.last)
          let base = row * tokens.count
          for choiceIndex in tokens.indices where extras[choiceIndex] > -.infinity {
            let token = tokens[choiceIndex]
            var lm = context.backoff + bigramScores[base + choiceIndex]
            if context.hasTrigrams,
              let trigram = model.trigramLogProb(token, after: hypothesis.previous, hypothesis.last)
            {
              lm = trigram
            }
            merge.offer(
              Hypothesis(
                previous: hypothesis.last, last: token,
                score: hypothesis.score + lm + extras[choiceIndex], parent: Int32(parentIndex),
                choice: Int32(choiceIndex)), into: &next)
          }
          for (choiceIndex, candidate) in candidates.enumerated()
          where candidate.second != Candidate.none {
            let first = lexicon.languageModelIDs[Int(candidate.syllable)]
            let second = lexicon.languageModelIDs[Int(candidate.second)]
            let lm =
              model.logProb(first, after: hypothesis.previous, hypothesis.last)
              + model.logProb(second, after: hypothesis.last, first)
              + lexicon.languageModelPenalty[Int(candidate.syllable)]
              + lexicon.languageModelPenalty[Int(candidate.second)]
            merge.offer(
              Hypothesis(
                previous: first, last: second,
                score: hypothesis.score + lm + channelWeight * candidate.channel,
                parent: Int32(parentIndex), choice: Int32(choiceIndex)), into: &next)
          }
        }
      }
      if next.count > 1 {
        next.sort { $0.score > $1.score }
        // Keep at most beamSize hypotheses, none far below the best.
        let floor = next[0].score - scoreWindow
        var keep = min(next.count, beamSize)
        while keep > 1 && next[keep - 1].score < floor { keep -= 1 }
        next.removeLast(next.count - keep)
      }
      layerStart.append(hypotheses.count)
      hypotheses.append(contentsOf: next)
      swap(&beam, &next)
    }
    layerStart.append(hypotheses.count)
    guard let bestIndex = beam.indices.max(by: { beam[$0].score < beam[$1].score }) else {
      return ([], [], context)
    }
    var choices = [Int](repeating: 0, count: slots.count)
    var confidence = [Double](repeating: 1, count: slots.count)
    var index = bestIndex
    var layer = slots.count - 1
    while layer >= 0 {
      let layerHypotheses = hypotheses[layerStart[layer]..<layerStart[layer + 1]]
      let hypothesis = layerHypotheses[layerStart[layer] + index]
      choices[layer] = Int(hypothesis.choice)
      if case .choice = slots[layer] {
        confidence[layer] = Self.confidence(layerHypotheses, chosen: hypothesis)
      }
      index = Int(hypothesis.parent)
      layer -= 1
    }
    let last = beam[bestIndex]
    return (choices, confidence, (last.previous, last.last))
  }

  /// Merges hypotheses that end in the same two tokens, keeping the better (Viterbi).
  private struct MergeTable {
    private var keys = [UInt64](repeating: .max, count: 1024)
    private var slots = [Int32](repeating: 0, count: 1024)
    private var used: [Int] = []

    mutating func reset() {
      for index in used { keys[index] = .max }
      used.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    mutating func offer(_ hypothesis: Hypothesis, into list: inout [Hypothesis]) {
      let key =
        UInt64(UInt32(bitPattern: hypothesis.previous)) << 32
        | UInt64(UInt32(bitPattern: hypothesis.last))
      var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 54)
      while keys[index] != .max {
        if keys[index] == key {
          let existing = Int(slots[index])
          if hypothesis.score > list[existing].score { list[existing] = hypothesis }
          return
        }
        index = (index + 1) & 1023
      }
      if used.count >= 700 {  // table nearly full: keep the hypothesis unmerged
        list.append(hypothesis)
        return
      }
      keys[index] = key
      slots[index] = Int32(list.count)
      used.append(index)
      list.append(hypothesis)
    }
  }

  /// Share of the probability mass, among a layer's hypotheses, of those making the same
  /// choice as the chosen one.
  private static func confidence(_ layer: ArraySlice<Hypothesis>, chosen: Hypothesis) -> Double {
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
