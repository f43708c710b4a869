import PlanModel

/// How a section is numbered.
public enum NumberingStyle: String, Sendable, Equatable {
  /// `A.`, `B.`: parts above the Roman sections, headed in capitals.
  case part
  /// `I.`, `II.`, `IV.`
  case roman
  /// `1.`, `2)`.
  case arabic
  /// `1.1.`, `1.2.3` (depth = number of parts).
  case decimal
  /// `a)`, `đ)`.
  case letter
}

/// A numbered section of the outline.
public struct SectionNode: Sendable, Equatable {
  /// The path of numbers (`III.1.2`, `II.2.a`).
  public var id: String
  /// The number as printed, normalized (`B`, `II`, `2`, `1.2`, `đ`).
  public var number: String
  public var style: NumberingStyle
  /// Parts of a decimal number (1 for the other styles).
  public var depth: Int
  /// The heading without its number or markdown.
  public var heading: String
  public var kind: SectionKind
  /// 1-based line of the heading.
  public var line: Int
  /// 1-based column where the number starts (after markdown), in Unicode scalars.
  public var column: Int
  /// 1-based last non-blank line of the section.
  public var endLine: Int
  public var children: [SectionNode]
}
