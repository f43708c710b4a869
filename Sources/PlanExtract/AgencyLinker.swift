import PlanModel

/// Fills the agency of indicators and deadlines from the assignments that hold them.
///
/// An indicator or deadline stated inside an assignment's span belongs to that assignment's
/// agency (several agencies when one task statement names several bodies).
enum AgencyLinker {
  static func link(
    indicators: inout [Indicator], deadlines: inout [Deadline], assignments: [Assignment]
  ) {
    func agencies(atLine line: Int) -> [String] {
      var result: [String] = []
      for assignment in assignments
      where assignment.span.line <= line && line <= assignment.span.endLine
        && !result.contains(assignment.agency)
      {
        result.append(assignment.agency)
      }
      return result
    }
    for index in indicators.indices where indicators[index].agencies.isEmpty {
      indicators[index].agencies = agencies(atLine: indicators[index].span.line)
    }
    for index in deadlines.indices where deadlines[index].agency == nil {
      let found = agencies(atLine: deadlines[index].span.line)
      if found.count == 1 { deadlines[index].agency = found[0] }
    }
  }
}
