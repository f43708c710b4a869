import PlanModel

/// Expands a plan deadline into the dated occurrences it imposes within the plan period.
///
/// A dated deadline is one occurrence. Recurring duties fall on their due day (`dueDay`
/// `DD-MM`) when the plan gives one: each year (annual), every six months from it
/// (semiannual), every three months (quarterly) or on that day of each month (monthly).
/// Without a due day they fall at the end of each month, quarter, half-year or year.
/// Effective dates and recurring duties without a recurrence impose no dated occurrence.
public enum DeadlineCalendar {
  public static func occurrences(of deadline: Deadline, years: ClosedRange<Int>) -> [CalendarDate] {
    switch deadline.kind {
    case .effective: return []
    case .date: return deadline.date.flatMap(CalendarDate.init(iso:)).map { [$0] } ?? []
    case .recurring: break
    }
    guard let recurrence = deadline.recurrence else { return [] }
    let due = dueDay(deadline.dueDay)
    var dates: [CalendarDate] = []
    for year in years {
      for month in months(recurrence, dueMonth: due?.month) {
        let date: CalendarDate?
        if let due {
          let day = min(due.day, CalendarDate.daysIn(month: month, year: year))
          date = CalendarDate(year: year, month: month, day: day)
        } else {
          date = CalendarDate.endOf(month: month, year: year)
        }
        if let date { dates.append(date) }
      }
    }
    return dates.sorted()
  }

  /// The months a recurrence falls in, anchored on the due month when there is one.
  private static func months(_ recurrence: Recurrence, dueMonth: Int?) -> [Int] {
    let step: Int
    switch recurrence {
    case .monthly: return Array(1...12)
    case .quarterly: step = 3
    case .semiannual: step = 6
    case .annual: step = 12
    }
    let anchor = dueMonth ?? 12
    return (0..<(12 / step)).map { ((anchor - 1 + $0 * step) % 12) + 1 }.sorted()
  }

  private static func dueDay(_ text: String?) -> (day: Int, month: Int)? {
    guard let text else { return nil }
    let parts = text.split(separator: "-")
    guard parts.count == 2, let day = Int(parts[0]), let month = Int(parts[1]),
      (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    return (day, month)
  }
}
