import PlanModel

/// Builds the coverage of a plan by its results as of a date.
struct CoverageBuilder {
  let plan: Plan
  let results: [ReportedResult]
  let asOf: CalendarDate
  /// Days ahead within which an occurrence counts as `due`.
  static let dueWindowDays = 30

  func build(verdicts: [IndicatorVerdict]) -> Coverage {
    var counts = Coverage.IndicatorCounts()
    counts.total = verdicts.count
    for verdict in verdicts {
      switch verdict.status {
      case .met: counts.met += 1
      case .notMet: counts.notMet += 1
      case .notReported: counts.notReported += 1
      case .ambiguous: counts.ambiguous += 1
      case .unitMismatch: counts.unitMismatch += 1
      case .notApplicable: counts.notApplicable += 1
      }
      if !verdict.rows.isEmpty { counts.reported += 1 }
    }
    let reportsByAgency = agencyReports()
    let agencies = plan.agencies.map { agency -> Coverage.AgencyCoverage in
      let assignments = plan.assignments.filter { $0.agency == agency.id }
      let reports = reportsByAgency[agency.id]?.count ?? 0
      return Coverage.AgencyCoverage(
        agency: agency.id, name: agency.name, assignments: assignments.count,
        lead: assignments.filter { $0.role == .lead }.count,
        support: assignments.filter { $0.role == .support }.count,
        request: assignments.filter { $0.role == .request }.count, results: reports,
        reported: reports > 0)
    }
    var deadlineCounts = Coverage.DeadlineCounts()
    let years = planYears()
    let deadlines = plan.deadlines.map { deadline -> Coverage.DeadlineCoverage in
      let dates = DeadlineCalendar.occurrences(of: deadline, years: years)
      let reportDates = (deadline.agency.map { reportsByAgency[$0] ?? [] } ?? results)
        .compactMap { $0.reportedOn.flatMap(CalendarDate.init(iso:)) }
      let statuses = statuses(dates, reports: reportDates, periodStart: periodStart(years))
      var occurrences: [Coverage.Occurrence] = []
      for (due, status) in zip(dates, statuses) {
        occurrences.append(Coverage.Occurrence(due: due.iso, status: status))
        switch status {
        case .done: deadlineCounts.done += 1
        case .due: deadlineCounts.due += 1
        case .overdue: deadlineCounts.overdue += 1
        case .upcoming: deadlineCounts.upcoming += 1
        }
      }
      var note: String?
      if dates.isEmpty {
        deadlineCounts.unscheduled += 1
        switch deadline.kind {
        case .effective: note = "an effective date, not a duty"
        case .recurring: note = "recurring, but the plan gives no period (monthly, quarterly, ...)"
        case .date: note = "no valid date"
        }
      }
      return Coverage.DeadlineCoverage(
        deadline: deadline.id, text: deadline.text, kind: deadline.kind.rawValue,
        recurrence: deadline.recurrence?.rawValue, agency: deadline.agency, span: deadline.span,
        occurrences: occurrences, note: note)
    }
    return Coverage(
      indicators: counts, agencies: agencies, deadlines: deadlines, deadlineCounts: deadlineCounts)
  }

  /// The plan period's years; the check date's year when the plan gives none.
  func planYears() -> ClosedRange<Int> {
    if let period = plan.document.period, (1...9999).contains(period.from),
      (period.from...min(period.from + 50, 9999)).contains(period.to)
    {
      return period.from...period.to
    }
    return asOf.year...asOf.year
  }

  private func periodStart(_ years: ClosedRange<Int>) -> CalendarDate? {
    CalendarDate(year: years.lowerBound, month: 1, day: 1)
  }

  /// The status of each occurrence: `done` when a report falls in its window, from the
  /// previous occurrence's due date (or the start of the plan period) to its own; otherwise
  /// overdue, due within 30 days, or upcoming.
  private func statuses(
    _ dates: [CalendarDate], reports: [CalendarDate], periodStart: CalendarDate?
  ) -> [Coverage.OccurrenceStatus] {
    var previous = periodStart
    return dates.map { due in
      defer { previous = due }
      let done = reports.contains { report in
        report <= due && (previous.map { report > $0 || report == periodStart } ?? true)
      }
      if done { return .done }
      if due < asOf { return .overdue }
      return due.ordinal - asOf.ordinal <= Self.dueWindowDays ? .due : .upcoming
    }
  }

  /// Results by the agency id their `reportedBy` names (id, name or alias, folded).
  private func agencyReports() -> [String: [ReportedResult]] {
    var names: [String: String] = [:]
    for agency in plan.agencies {
      for name in [agency.id, agency.name] + agency.aliases {
        names[SyllableFolding.folded(name)] = agency.id
      }
    }
    var reports: [String: [ReportedResult]] = [:]
    for result in results {
      guard let by = result.reportedBy else { continue }
      let folded = SyllableFolding.folded(by)
      if let id = names[folded] {
        reports[id, default: []].append(result)
      }
    }
    return reports
  }
}
