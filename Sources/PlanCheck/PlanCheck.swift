/// Compliance of reported results against a plan, for auditors.
///
/// `ResultsReader` reads results (JSON or CSV, each row located); `IndicatorMatcher` ties each
/// result to a plan indicator by id or by words; `VerdictEngine` compares the reported value
/// with the indicator's target; `DeadlineCalendar` expands recurring duties into dated
/// occurrences; `CoverageBuilder` counts what was reported; `CheckRule`s turn all of that into
/// findings; `ComplianceChecker` runs the whole and returns a `CheckReport`.
public enum PlanCheck {}
