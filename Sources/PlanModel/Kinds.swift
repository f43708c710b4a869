/// Administrative level of the issuing committee.
public enum DocumentLevel: String, Codable, CaseIterable, Sendable {
  case province, city, district, commune
}

/// What a section is about, read from its heading.
public enum SectionKind: String, Codable, CaseIterable, Sendable {
  case purpose, scope, objectives, indicators, tasks, solutions, budget, responsibilities
  case reporting, other
}

/// Mục tiêu chung (general) or cụ thể (specific).
public enum GoalLevel: String, Codable, CaseIterable, Sendable {
  case general, specific
}

/// How a target compares: `trên` gt, `ít nhất` gte, `không quá` lte, `dưới` lt,
/// `khoảng` approx, `a - b` range.
public enum Comparator: String, Codable, CaseIterable, Sendable {
  case gt, gte, eq, lte, lt, approx, range
}

/// What a target's value measures.
public enum TargetUnit: String, Codable, CaseIterable, Sendable {
  case percent, count, ratio
  case areaPerPerson = "area_per_person"
}

/// A target phrased as change (`tăng trên 3%`).
public enum TargetChange: String, Codable, CaseIterable, Sendable {
  case increase, decrease
}

/// Administrative level of an agency.
public enum AgencyLevel: String, Codable, CaseIterable, Sendable {
  case central, province, district, commune, other
}

/// `chủ trì` lead, `phối hợp` support, `Đề nghị …` request.
public enum AssignmentRole: String, Codable, CaseIterable, Sendable {
  case lead, support, request
}

/// A due date, a recurring duty, or the date something takes effect.
public enum DeadlineKind: String, Codable, CaseIterable, Sendable {
  case date, recurring, effective
}

/// How often a recurring duty falls due.
public enum Recurrence: String, Codable, CaseIterable, Sendable {
  case monthly, quarterly, semiannual, annual
}
