import PlanModel
import PlanParse
import PlanText

/// Directives of the issuer: in a section that is not an agency section (tasks, solutions,
/// …), the issuer speaks, and a statement telling listed bodies to work together gives each
/// of them a support assignment:
///
///     - Chỉ đạo Công an, Phòng Lao động - Thương binh và Xã hội, UBND các xã, thị trấn
///       phối hợp chặt chẽ trong công tác lập hồ sơ …
///
/// gives `cong-an-huyen`, `phong-lao-dong-thuong-binh-va-xa-hoi` and
/// `uy-ban-nhan-dan-cac-xa-thi-tran` a support assignment for the bullet.
///
/// Grammar: a statement is a bullet (`-`, `–`, `+`) of the section's own lines, or a
/// lettered section's first line, with the wrapped lines after it (those starting with a
/// lowercase letter). It must read `Chỉ đạo`, a list of known bodies (`bodyListAndRest`,
/// where a known body may go without its level word: `Công an` for `Công an huyện`, unless
/// a unit, `các`, `cấp` or a capital follows), then `phối hợp`. The issuer is never given
/// one; a department collective only when it names `sở`, `ban` or `ngành`. Inside an
/// agency section `Chỉ đạo X` is the agency directing its own subordinate, so those
/// sections are not read here, nor those under a heading that begins with a body (`5. Ủy
/// ban nhân dân tỉnh … có trách nhiệm:`, whose items are that body's). `Chỉ đạo <bodies>`
/// with another verb gives nothing: outside the seeds it was a body's own directive under
/// a heading not read as an agency section (`c) Chỉ đạo Sở Y tế chỉ định …` under `5. Ủy
/// ban nhân dân tỉnh …`).
extension AgencyReader {
  /// Reads the directives of `issuerSections`; runs after the agency sections are read, so
  /// that their bodies are known (`Công an` for `Công an huyện`).
  mutating func readDirectives() {
    for node in issuerSections {
      for run in directiveStatements(of: node) { readDirective(run) }
    }
  }

  /// The statements of a section's own lines (up to its first subsection) that begin with
  /// `Chỉ đạo`, with their wrapped lines.
  private func directiveStatements(of node: SectionNode) -> [TextRun] {
    let firstChild = node.children.map(\.line).min() ?? (node.endLine + 1)
    let last = min(firstChild - 1, node.endLine)
    guard node.line <= last else { return [] }
    var statements: [TextRun] = []
    var current: TextRun?
    for number in node.line...last {
      // Few lines start a directive: a byte search spares the others the line reading.
      if current == nil && !line(number).utf8Contains("Chỉ đạo ") || isBlank(number) {
        continue
      }
      let start: (text: Substring, column: Int)?
      if number == node.line {
        start = node.style == .letter ? stripNumber(line(number), numberColumn: node.column) : nil
      } else {
        start = Self.bullet(line(number)) == .none ? nil : trimmed(number, dropBullet: true)
      }
      if let start {
        if let run = current { statements.append(run) }
        current = nil
        guard Self.startsDirective(start.text) else { continue }
        var run = TextRun()
        run.append(line: number, text: start.text, column: start.column)
        current = run
      } else if current != nil {
        let (text, column) = trimmed(number)
        if text.first?.isLowercase == true {
          current?.append(line: number, text: text, column: column)
        } else {
          if let run = current { statements.append(run) }
          current = nil
        }
      }
    }
    if let run = current { statements.append(run) }
    return statements
  }

  /// Whether a statement begins with `Chỉ đạo` (after markdown `*`).
  private static func startsDirective(_ text: Substring) -> Bool {
    text.drop { $0 == "*" }.utf8HasPrefix("Chỉ đạo ")
  }

  /// Gives the bodies of `Chỉ đạo <bodies> phối hợp …` a support assignment each.
  private mutating func readDirective(_ run: TextRun) {
    let text = run.string(0..<run.scalars.count).utf8Replacing("*", with: "").trimmingBlanks()
    let expanded = AgencyNames.expand(text)
    let verb = "Chỉ đạo "
    guard expanded.utf8HasPrefix(verb) else { return }
    let (names, rest) = bodyListAndRest(
      Substring(expanded).dropFirst(verb.count), bareForms: true)
    guard rest.drop(while: { $0 == " " }).utf8HasPrefix("phối hợp") else { return }
    var ids: [String] = []
    for name in names where !isIssuer(name) {
      if AgencyRegistry.isDepartmentCollective(name) && !Self.namesDepartments(name) { continue }
      let id = registry.register(name)
      if !ids.contains(id) { ids.append(id) }
    }
    for id in ids { add(id, role: .support, run: run, text: text) }
  }
}
