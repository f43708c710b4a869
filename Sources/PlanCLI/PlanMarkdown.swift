import PlanModel

/// A readable Markdown summary of a plan: metadata, then tables of indicators, agencies
/// with their assignments, and deadlines, each row with its source line.
enum PlanMarkdown {
  static func render(_ plan: Plan) -> String {
    let document = plan.document
    var out = "# \(escape(document.type ?? "Plan")) \(escape(document.number ?? ""))\n\n"
    if let title = document.title { out += "**\(escape(title))**\n\n" }
    out += "| field | value |\n| --- | --- |\n"
    out += "| issuer | \(escape(document.issuer ?? "—")) |\n"
    out += "| level | \(document.level?.rawValue ?? "—") |\n"
    out += "| place, date | \(escape(document.place ?? "—")), \(document.issuedOn ?? "—") |\n"
    if let period = document.period { out += "| period | \(period.from)–\(period.to) |\n" }
    if let signer = document.signer {
      out += "| signer | \(escape(signer.name)) (\(escape(signer.title ?? ""))) |\n"
    }
    if let source = plan.source { out += "| source | \(escape(source.path)) |\n" }
    out += "\n## Indicators (\(plan.indicators.count))\n\n"
    out += "| line | target | deadline | agencies | text |\n| ---: | --- | --- | --- | --- |\n"
    let names = Dictionary(plan.agencies.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    for indicator in plan.indicators {
      let agencies = indicator.agencies.compactMap { names[$0] }.map(escape).joined(separator: "; ")
      out +=
        "| \(indicator.span.line) | \(target(indicator.target)) | \(indicator.deadline ?? "")"
        + " | \(agencies) | \(escape(indicator.text)) |\n"
    }
    out += "\n## Agencies and assignments (\(plan.agencies.count), \(plan.assignments.count))\n\n"
    for agency in plan.agencies {
      out += "### \(escape(agency.name)) (\(agency.level.rawValue))\n\n"
      let tasks = plan.assignments.filter { $0.agency == agency.id }
      if tasks.isEmpty { out += "_no assignment_\n\n"; continue }
      out += "| line | role | deadline | task |\n| ---: | --- | --- | --- |\n"
      for task in tasks {
        out +=
          "| \(task.span.line) | \(task.role.rawValue) | \(task.deadline ?? "") | \(escape(task.text)) |\n"
      }
      out += "\n"
    }
    out += "## Deadlines (\(plan.deadlines.count))\n\n"
    out += "| line | kind | when | agency | text |\n| ---: | --- | --- | --- | --- |\n"
    for deadline in plan.deadlines {
      let when =
        deadline.date
        ?? [deadline.recurrence?.rawValue, deadline.dueDay]
        .compactMap { $0 }.joined(separator: " ")
      let agency = deadline.agency.flatMap { names[$0] }.map(escape) ?? ""
      out +=
        "| \(deadline.span.line) | \(deadline.kind.rawValue) | \(when) | \(agency)"
        + " | \(escape(deadline.text)) |\n"
    }
    return out
  }

  private static func target(_ target: Target) -> String {
    let symbol: String
    switch target.comparator {
    case .gt: symbol = ">"
    case .gte: symbol = "≥"
    case .eq: symbol = "="
    case .lte: symbol = "≤"
    case .lt: symbol = "<"
    case .approx: symbol = "≈"
    case .range: symbol = ""
    }
    func number(_ value: Double) -> String {
      // Whole numbers without `.0`; a huge or odd value (from a damaged text) as it is.
      guard value.isFinite, abs(value) < 1e15, value == value.rounded() else {
        return String(value)
      }
      return String(Int(value))
    }
    var text = symbol + number(target.value)
    if let upper = target.upper { text += "–" + number(upper) }
    if let denominator = target.denominator { text += "/" + number(denominator) }
    switch target.unit {
    case .percent: text += "%"
    case .areaPerPerson: text += " m²/person"
    default: if let noun = target.noun { text += " " + escape(noun) }
    }
    return text
  }

  /// Escapes the characters that would break a Markdown table cell.
  static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
      .replacingOccurrences(of: "\n", with: " ")
  }
}
