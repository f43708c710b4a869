import PlanModel

/// A duty whose due date has passed without a report from its agency.
struct DeadlineOverdueRule: CheckRule {
  let id = "deadline-overdue"
  let severity = FindingSeverity.error
  let summary = "A deadline occurrence has passed as of the check date without a report."
  var examples: [RuleExample] {
    let agency = Agency(id: "so-a", name: "Sở A", aliases: [], level: .province)
    let plan = ExamplePlan.plan(
      indicators: ExamplePlan.two.indicators, agencies: [agency],
      deadlines: [
        Deadline(
          id: "ddl-1", kind: .recurring, date: nil, recurrence: .quarterly, dueDay: nil,
          text: "Báo cáo hằng quý", agency: "so-a", section: nil, span: ExamplePlan.span)
      ])
    return [
      .init(
        description: "Q1 reported, Q2 not, as of 15 July", plan: plan,
        resultsCSV: "indicator,value,reportedBy,reportedOn\nind-1,90%,Sở A,2024-03-25\n",
        asOf: "2024-07-15", expectedFindings: 1)
    ]
  }

  func findings(in context: CheckContext) -> [Finding] {
    context.coverage.deadlines.flatMap { deadline in
      deadline.occurrences.filter { $0.status == .overdue }.map {
        Finding(
          rule: id, severity: severity,
          message:
            "\(deadline.deadline): due \($0.due), no report\(deadline.agency.map { " from \($0)" } ?? "")",
          file: "plan", line: deadline.span.line, column: deadline.span.column,
          agency: deadline.agency, deadline: deadline.deadline)
      }
    }
  }
}

/// An agency that leads tasks but sent no result.
struct AgencyNotReportedRule: CheckRule {
  let id = "agency-not-reported"
  let severity = FindingSeverity.warning
  let summary = "An agency that leads assignments has no result reported by it."
  var examples: [RuleExample] {
    let agencies = [
      Agency(id: "so-a", name: "Sở A", aliases: ["SA"], level: .province),
      Agency(id: "so-b", name: "Sở B", aliases: [], level: .province),
    ]
    let assignments = agencies.map {
      Assignment(
        id: "asg-\($0.id)", agency: $0.id, role: .lead, text: "Chủ trì", deadline: nil,
        section: nil, span: ExamplePlan.span)
    }
    let plan = ExamplePlan.plan(
      indicators: ExamplePlan.two.indicators, agencies: agencies, assignments: assignments)
    return [
      .init(
        description: "Sở A reported (by its alias), Sở B did not", plan: plan,
        resultsCSV: "indicator,value,đơn vị báo cáo\nind-1,90%,sa\n", asOf: "2024-06-30",
        expectedFindings: 1)
    ]
  }

  func findings(in context: CheckContext) -> [Finding] {
    context.coverage.agencies.filter { $0.lead > 0 && !$0.reported }.map { agency in
      let first = context.plan.assignments.first { $0.agency == agency.agency && $0.role == .lead }
      return Finding(
        rule: id, severity: severity,
        message: "\(agency.name) leads \(agency.lead) assignment(s) and reported nothing",
        file: "plan", line: first?.span.line ?? 1, column: first?.span.column ?? 1,
        agency: agency.agency)
    }
  }
}
