import PlanModel

/// Where an indicator stands against what was reported.
public enum VerdictStatus: String, Codable, Sendable, CaseIterable {
  case met
  case notMet = "not_met"
  case notReported = "not_reported"
  case ambiguous
  case unitMismatch = "unit_mismatch"
  case notApplicable = "not_applicable"
}

/// The verdict on one indicator.
public struct IndicatorVerdict: Codable, Sendable, Equatable {
  public var indicator: String
  public var text: String
  public var section: String?
  public var span: Span
  /// The target in words: `> 80 %`, `70–100 học viên`, `≈ 450`.
  public var target: String
  public var status: VerdictStatus
  /// The reported value in words (`85.5 %`, `10/11 = 90.9 %`), nil when none.
  public var reported: String?
  /// The results rows matched to the indicator (1-based).
  public var rows: [Int]
  /// The row whose value the verdict rests on (the latest).
  public var countedRow: Int?
  /// Why, for anything but `met`.
  public var reason: String?
  /// The indicator's deadline (ISO), or the end of the plan period when it has none.
  public var deadline: String?
  /// The deadline has passed as of the check date and the indicator is not met.
  public var deadlinePassed: Bool
}

/// Describes targets and values for people.
enum TargetText {
  static func describe(_ target: Target) -> String {
    let unit = unitText(target.unit, noun: target.noun)
    let value = number(target.value)
    if target.change != nil {
      let verb = target.change == .increase ? "increase" : "decrease"
      return "\(verb) \(symbol(target.comparator))\(value)\(unit)"
    }
    switch target.comparator {
    case .range: return "\(value)–\(number(target.upper ?? target.value))\(unit)"
    default:
      if let denominator = target.denominator {
        return "\(symbol(target.comparator))\(value)/\(number(denominator))"
      }
      return "\(symbol(target.comparator))\(value)\(unit)"
    }
  }

  static func symbol(_ comparator: Comparator) -> String {
    switch comparator {
    case .gt: "> "
    case .gte: "≥ "
    case .eq: ""
    case .lte: "≤ "
    case .lt: "< "
    case .approx: "≈ "
    case .range: ""
    }
  }

  static func unitText(_ unit: TargetUnit, noun: String?) -> String {
    switch unit {
    case .percent: return " %"
    case .areaPerPerson: return " m²/person"
    case .count, .ratio: return noun.map { " " + $0 } ?? ""
    }
  }

  /// `80`, `85.5`, `0.33` (at most two decimals, no trailing zeros).
  static func number(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    var text = String(format: "%.2f", value)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }
}
