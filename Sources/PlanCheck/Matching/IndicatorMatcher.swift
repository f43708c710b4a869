import Foundation
import PlanModel

/// Ties a reported result to a plan indicator: by id, otherwise by the words of its text.
///
/// Text matching folds case and accents and weighs each syllable by how rare it is among the
/// plan's indicators (`ma túy` is in all of them, `Methadone` in one). The score is the
/// weighted share of the result's syllables found in the indicator. Below `threshold` there is
/// no match; two indicators within `ambiguityMargin` of the best are ambiguous, never guessed.
public struct IndicatorMatcher: Sendable {
  /// How a result was matched.
  public enum Match: Sendable, Equatable {
    case indicator(String, score: Double)
    case ambiguous([String])
    case unknownID(String)
    case unmatched(bestScore: Double)
  }

  public static let defaultThreshold = 0.6
  public static let ambiguityMargin = 0.1

  private let ids: Set<String>
  private let syllables: [(id: String, set: Set<String>)]
  private let weights: [String: Double]
  private let defaultWeight: Double
  public let threshold: Double

  public init(indicators: [Indicator], threshold: Double = defaultThreshold) {
    self.threshold = threshold
    ids = Set(indicators.map(\.id))
    syllables = indicators.map { ($0.id, Set(SyllableFolding.syllables($0.text))) }
    var counts: [String: Int] = [:]
    for (_, set) in syllables { for syllable in set { counts[syllable, default: 0] += 1 } }
    let total = Double(max(indicators.count, 1))
    weights = counts.mapValues { log(1 + total / Double($0)) }
    defaultWeight = log(1 + total)
  }

  public func match(_ result: ReportedResult) -> Match {
    if let id = result.indicator {
      return ids.contains(id) ? .indicator(id, score: 1) : .unknownID(id)
    }
    guard let text = result.text else { return .unmatched(bestScore: 0) }
    return match(text: text)
  }

  /// The indicator a text names.
  public func match(text: String) -> Match {
    let words = Set(SyllableFolding.syllables(text))
    let total = words.reduce(0) { $0 + weight($1) }
    guard total > 0 else { return .unmatched(bestScore: 0) }
    var scored: [(id: String, score: Double)] = syllables.map { indicator in
      let shared = words.intersection(indicator.set).reduce(0) { $0 + weight($1) }
      return (indicator.id, shared / total)
    }
    scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
    guard let best = scored.first, best.score >= threshold else {
      return .unmatched(bestScore: scored.first?.score ?? 0)
    }
    let close = scored.filter {
      $0.score >= threshold && best.score - $0.score < Self.ambiguityMargin
    }
    if close.count > 1 { return .ambiguous(close.map(\.id)) }
    return .indicator(best.id, score: best.score)
  }

  private func weight(_ syllable: String) -> Double {
    weights[syllable] ?? defaultWeight
  }
}
