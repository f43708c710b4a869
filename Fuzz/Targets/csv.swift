/// Fuzzes the results reader (CSV and JSON) and the checker against a small plan.
private let plan: Plan = {
  let span = Span(line: 1, column: 1, endLine: 1, endColumn: 2)
  return Plan(
    document: PlanDocument(number: "1/KH", period: Period(from: 2024, to: 2024)),
    indicators: [
      Indicator(
        id: "ind-1", text: "Trên 80% người nghiện được tư vấn", subject: nil,
        target: Target(comparator: .gt, value: 80, unit: .percent), deadline: nil, agencies: [],
        section: nil, span: span),
      Indicator(
        id: "ind-2", text: "khoảng 70 - 100 học viên", subject: nil,
        target: Target(comparator: .range, value: 70, upper: 100, unit: .count),
        deadline: "2024-06-30", agencies: [], section: nil, span: span),
    ],
    agencies: [Agency(id: "so-a", name: "Sở A", aliases: [], level: .province)],
    deadlines: [
      Deadline(
        id: "d", kind: .recurring, date: nil, recurrence: .monthly, dueDay: "31-01", text: "",
        agency: "so-a", section: nil, span: span)
    ])
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzResults(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  let bytes = fuzzBytes(start, count)
  _ = CSVTable(bytes: bytes)
  guard let results = try? ResultsReader.read(bytes) else { return 0 }
  guard let asOf = CalendarDate(year: 2024, month: 9, day: 1) else { return 0 }
  _ = ComplianceChecker(asOf: asOf).check(
    plan: plan, results: results, planPath: "plan", resultsPath: "results")
  return 0
}
