import Foundation
import PlanModel
import PlanNormalize
import PlanParse
import PlanText

/// Finds the agencies of a plan and what each must do.
///
/// Grammar accepted:
/// - An *agency section* is a responsibilities section whose heading (with a short wrapped
///   continuation line) is a list of bodies, optionally after `Đề nghị` (a request) or
///   `Giao`: `1. Sở Lao động - Thương binh và Xã hội`, `**4. Phòng Tư pháp:** Phối hợp …`,
///   `13. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội tỉnh`
///   (see `AgencyNames.split`). Each body of the heading is an agency.
/// - In an agency section each task statement is an assignment of every body of the
///   heading: each lettered subsection (`a)`, `b)`), else each bullet (`-`, `–`, or `+`
///   when there is no `-`) with its wrapped lines, else the whole body (with the text after
///   an inline heading). A statement that begins with one of the heading's bodies belongs
///   to that body only. Role: `request` throughout a `Đề nghị` section, `support` when the
///   statement begins with `Phối hợp` (or `Tăng cường phối hợp`), `lead` otherwise.
/// - In the other responsibilities and reporting sections, and in a closing paragraph
///   (`Trên đây …`), each sentence gives assignments to: the bodies it begins with
///   (after `Giao`, or after an opening clause `Căn cứ …,` / `Trong quá trình …,`) as lead;
///   the bodies after `đề nghị` (request) or `yêu cầu` (lead). The issuer is never an
///   agency; a department collective (`các sở, ban, ngành`) counts only at the start of the
///   sentence (naming `sở`, `ban` or `ngành`) or after `đề nghị` / `yêu cầu`.
/// - In the other sections, where the issuer speaks (tasks, solutions, …), a statement (a
///   bullet or a lettered item) `Chỉ đạo <known bodies> phối hợp …` gives each listed body
///   a support assignment (see `readDirectives`).
/// - Anywhere in a statement, a known body followed by `rà soát` or `tổng hợp`
///   (`qua Sở … tổng hợp`) is given a lead assignment for that statement.
/// - The deadline is the first `ngày dd/mm/yyyy` of the statement not citing a document
///   (`số …/QĐ-TTg ngày …`) and not a start (`từ ngày`).
public enum AgencyExtractor {
  /// ASCII slug: lowercase, marks removed, `đ` -> `d`, other runs of characters -> `-`.
  public static func slug(_ name: String) -> String {
    var result = ""
    var pendingDash = false
    for scalar in name.lowercasedByTable().unicodeScalars {
      // A combining mark (NFD text) belongs to the letter before it, as in ICU's strip.
      if !scalar.isASCII && scalar.properties.generalCategory == .nonspacingMark { continue }
      let base = scalar.isASCII ? scalar : plainLetter(scalar)
      if ("a"..."z").contains(base) || ("0"..."9").contains(base) {
        if pendingDash && !result.isEmpty { result += "-" }
        pendingDash = false
        result.unicodeScalars.append(base)
      } else {
        pendingDash = true
      }
    }
    return result
  }

  /// The ASCII letter under the marks of a Latin letter (`ờ` -> `o`, `đ` -> `d`), from
  /// the normalizer's letter table; other Latin letters with marks (`ü`, `ç`) by
  /// decomposition; anything else as it is.
  private static func plainLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    if let letter = VietnameseLetters.info(scalar) { return Unicode.Scalar(letter.base) }
    guard (0xC0...0x1EFF).contains(scalar.value),
      let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first,
      base.isASCII, ScalarTable.isAlphabetic(base)
    else { return scalar }
    return base
  }

  /// - Parameter header: the plan's header, when the caller has read it already.
  public static func extract(
    _ context: ExtractionContext, header: PlanDocument? = nil, ids: inout ItemIDs
  ) -> (agencies: [Agency], assignments: [Assignment]) {
    var reader = AgencyReader(
      context: context,
      registry: AgencyRegistry(issuer: (header ?? HeaderExtractor.extract(context)).issuer))
    reader.visit(context.sections)
    reader.readDirectives()
    var seen = Set<String>()
    let drafts = reader.drafts.enumerated().sorted {
      ($0.element.start, $0.offset) < ($1.element.start, $1.offset)
    }
    var assignments: [Assignment] = []
    for (_, draft) in drafts where seen.insert("\(draft.agency)@\(draft.start)").inserted {
      assignments.append(
        Assignment(
          id: ids.next("asg", line: draft.start), agency: draft.agency, role: draft.role,
          text: draft.text, deadline: draft.deadline,
          section: context.section(ofLine: draft.start),
          span: context.span(
            line: draft.start, column: draft.column, endLine: draft.end,
            endColumn: draft.endColumn)))
    }
    return (reader.registry.agencies, assignments)
  }
}

/// One assignment before ids are given.
struct AssignmentDraft {
  var agency: String
  var role: AssignmentRole
  var text: String
  var deadline: String?
  var start: Int
  var column: Int
  var end: Int
  var endColumn: Int
}

/// A run of text over lines: the text and, for each line, where it starts in the text.
struct TextRun {
  var scalars: [Unicode.Scalar] = []
  /// (line, offset in `scalars`, column of the first scalar in the line).
  var lines: [(line: Int, offset: Int, column: Int)] = []

  mutating func append(line: Int, text: Substring, column: Int) {
    if !scalars.isEmpty { scalars.append(" ") }
    lines.append((line, scalars.count, column))
    scalars += text.unicodeScalars
  }

  /// The line and column of a scalar offset.
  func position(_ offset: Int) -> (line: Int, column: Int) {
    var found = lines.first ?? (line: 1, offset: 0, column: 1)
    for entry in lines where entry.offset <= offset { found = entry }
    return (found.line, found.column + max(0, offset - found.offset))
  }

  func string(_ range: Range<Int>) -> String {
    String(scalars: scalars[range.clamped(to: 0..<scalars.count)])
  }
}

/// Walks the outline and collects agencies and assignment drafts.
struct AgencyReader {
  let context: ExtractionContext
  var registry: AgencyRegistry
  var drafts: [AssignmentDraft] = []
  /// The sections outside agency sections, where the issuer speaks, in document order:
  /// read by `readDirectives` once the agency sections have named their bodies.
  var issuerSections: [SectionNode] = []
  /// The names a body list may start with, rebuilt only when the registry changes.
  private let bodyCandidates = BodyCandidates()

  init(context: ExtractionContext, registry: AgencyRegistry) {
    self.context = context
    self.registry = registry
  }

  func line(_ number: Int) -> String {
    number >= 1 && number <= context.lines.count ? context.lines[number - 1] : ""
  }

  func isBlank(_ number: Int) -> Bool {
    line(number).isBlank
  }

  /// - Parameter bodySpeaks: an enclosing heading begins with a body (`5. Ủy ban nhân dân
  ///   tỉnh … có trách nhiệm:`), so that body, not the issuer, speaks in these sections.
  mutating func visit(_ nodes: [SectionNode], bodySpeaks: Bool = false) {
    // Among siblings mostly about responsibilities (at least three, half or more), a
    // heading naming bodies is an agency section whatever its kind: a scan lost the heading
    // above them (`TỔ CHỨC THỰC HIỆN`), or the kind of their own.
    let responsible = nodes.count { $0.kind == .responsibilities }
    let amongResponsible = responsible >= 3 && responsible * 2 >= nodes.count
    for node in nodes {
      let relevant = node.kind == .responsibilities || node.kind == .reporting
      if relevant || amongResponsible, let heading = agencyHeading(node) {
        readAgencySection(node, heading: heading)
      } else {
        if relevant { readFreeSection(node) }
        // A body's name starts the heading: its first words are enough to look at.
        let speaker =
          bodySpeaks
          || AgencyNames.startsWithBodyWord(String(node.heading.unicodeScalars.prefix(32)))
        if !speaker { issuerSections.append(node) }
        visit(node.children, bodySpeaks: speaker)
      }
    }
  }

  // MARK: Agency sections

  /// The bodies named by an agency section's heading, its request flag and the lines the
  /// heading takes (with a wrapped continuation line).
  private func agencyHeading(_ node: SectionNode) -> (
    ids: [String], written: [String], request: Bool, lastLine: Int, remainder: String
  )? {
    let headingLine = line(node.line)
    var remainder = ""
    if let range = headingLine.utf8Range(of: node.heading) {
      remainder = String(headingLine[range.upperBound...])
        .trimmingScalars(in: " *:;")
    }
    // `5. Phòng Văn hóa - Thông tin; Thường xuyên …`: a plain heading (its bold `**…;**`
    // lost) ends at a `;` followed by a statement (a capital that starts no body). Not when
    // the statement holds the line's `trách nhiệm`: then the names before the `;` are its
    // subject (`6. Chánh Văn phòng Bộ, …; Trưởng Phòng … chịu trách nhiệm thực hiện …`).
    if let range = node.heading.utf8Range(of: "; "),
      node.heading[range.upperBound...].first?.isUppercase == true,
      !AgencyNames.startsWithBodyWord(String(node.heading[range.upperBound...])),
      !node.heading[range.upperBound...].lowercasedByTable().utf8Contains("trách nhiệm"),
      let lineRange = headingLine.utf8Range(of: String(node.heading[..<range.upperBound])),
      let found = agencyHeading(
        node, text: String(node.heading[..<range.lowerBound]),
        remainder: String(headingLine[lineRange.upperBound...]).trimmingScalars(in: " *:;"))
    {
      return found
    }
    // `13..Đề nghị Ủy ban Mặt trận Tổ quốc Việt:Nam tỉnh và …`: the outline ended the
    // heading at a colon glued between two letters; when the line read through it names
    // only bodies, the colon was a speck inside a name.
    if let rest = Self.afterGluedColon(headingLine, heading: node.heading),
      let found = agencyHeading(node, text: node.heading + " " + rest, remainder: "")
    {
      return found
    }
    return agencyHeading(node, text: node.heading, remainder: remainder)
  }

  /// The rest of a heading line after the heading when a colon glued between two letters
  /// ends it (`Việt:Nam tỉnh …` -> `Nam tỉnh …`), else nil.
  static func afterGluedColon(_ line: String, heading: String) -> String? {
    guard !heading.isEmpty, let range = line.utf8Range(of: heading) else { return nil }
    let after = line[range.upperBound...]
    guard after.utf8HasPrefix(":"), let last = heading.unicodeScalars.last,
      let next = after.unicodeScalars.dropFirst().first,
      VietnameseLetters.info(last) != nil, VietnameseLetters.info(next) != nil
    else { return nil }
    let rest = String(after.dropFirst()).trimmingScalars(in: " *:;")
    return rest.isEmpty ? nil : rest
  }

  private func agencyHeading(_ node: SectionNode, text heading: String, remainder: String)
    -> (ids: [String], written: [String], request: Bool, lastLine: Int, remainder: String)?
  {
    var text = heading.trimmingScalars(in: " *:;")
    var lastLine = node.line
    if remainder.isEmpty {
      var next = node.line + 1
      while next <= node.endLine && isBlank(next) { next += 1 }
      let candidate = line(next).trimmingBlanks()
      // A wrapped line, not the first subsection (`a) Phối hợp …`).
      if next <= node.endLine, let first = candidate.first, first.isLowercase,
        candidate.spaceSeparatedWordCount <= 8, !node.children.contains(where: { $0.line == next })
      {
        text += " " + candidate
        lastLine = next
      }
    }
    let lower = text.lowercasedByTable()
    guard text.spaceSeparatedWordCount <= 40 else { return nil }
    for verb in [
      "có trách nhiệm", "chịu trách nhiệm", "chủ trì", "phối hợp", "căn cứ", "thực hiện", "báo cáo",
    ]
    where lower.utf8Contains(verb) {
      return nil
    }
    // Specks are cleaned only in the few headings left (statements stopped above).
    text = AgencyNames.despeckled(text)
    let head = text.prefix(8).lowercasedByTable()
    var request = false
    for prefix in ["đề nghị ", "giao "] where head.utf8HasPrefix(prefix) {
      request = prefix == "đề nghị "
      text = String(text.dropFirst(prefix.count))
    }
    if !request, let rest = Self.afterDamagedRequest(text) {
      request = true
      text = rest
    }
    var parts = AgencyNames.split(text).map(AgencyNames.repair)
    guard !parts.isEmpty else { return nil }
    for part in parts {
      guard AgencyNames.startsWithBodyWord(part) else { return nil }
      if AgencyRegistry.isDepartmentCollective(part) && !Self.namesDepartments(part) {
        return nil
      }
    }
    parts = Self.completed(parts.map(AgencyNames.trimmingNoise))
    return ([], parts, request, lastLine, remainder)
  }

  /// The text after an OCR-damaged `Đề nghị` (`Bỡ nghị Tỉnh Đoàn`, `Đề. nghị Ủy ban`): a
  /// word of at most three letters, then `nghị`.
  static func afterDamagedRequest(_ text: String) -> String? {
    let words = text.split(separator: " ", maxSplits: 2)
    guard words.count == 3, words[1] == "nghị",
      words[0].unicodeScalars.filter({ VietnameseLetters.info($0) != nil }).count <= 3
    else { return nil }
    return String(words[2])
  }

  /// A collective naming `sở`, `ban` or `ngành` (not just `các cơ quan, đơn vị`).
  static func namesDepartments(_ name: String) -> Bool {
    let words = name.lowercasedByTable().split(whereSeparator: { $0 == " " || $0 == "," })
    return words.contains("sở") || words.contains("ban") || words.contains("ngành")
  }

  /// `X và các tổ chức thành viên` -> `Các tổ chức thành viên của X`; a level word ending
  /// the list (`… tỉnh`) also qualifies a Mặt trận or a collective before it.
  static func completed(_ parts: [String]) -> [String] {
    var result = parts
    for index in result.indices.dropFirst()
    where result[index].lowercasedByTable() == "các tổ chức thành viên" {
      result[index] = "Các tổ chức thành viên của " + result[index - 1]
    }
    guard let last = result.last else { return result }
    let levels = [" tỉnh", " huyện", " thành phố"]
    let lastLower = last.lowercasedByTable()
    guard let level = levels.first(where: { last.utf8HasSuffix($0) }),
      lastLower.utf8HasPrefix("các ") || lastLower.utf8Contains("mặt trận")
    else { return result }
    for index in result.indices.dropLast() {
      let lower = result[index].lowercasedByTable()
      let qualifies = lower.utf8Contains("mặt trận") || lower.utf8HasPrefix("các ")
      if qualifies && !levels.contains(where: { lower.utf8HasSuffix($0) })
        && !lower.utf8Contains("thành viên")
      {
        result[index] += level
      }
    }
    return result
  }

  private mutating func readAgencySection(
    _ node: SectionNode,
    heading: (
      ids: [String], written: [String], request: Bool, lastLine: Int, remainder: String
    )
  ) {
    let ids = heading.written.map { registry.register($0) }
    var uniqueIDs: [String] = []
    for id in ids where !uniqueIDs.contains(id) { uniqueIDs.append(id) }
    // Each owner's name keyed once: every statement of the section is compared with them.
    let owners = zip(heading.written, ids).map {
      (key: AgencyNames.key(AgencyNames.expand($0.0)), id: $0.1)
    }
    let leaves = Self.leaves(node.children)
    if !leaves.isEmpty {
      for leaf in leaves {
        var run = TextRun()
        for number in leaf.line...max(leaf.line, leaf.endLine) where !isBlank(number) {
          let (text, column) =
            number == leaf.line
            ? stripNumber(line(number), numberColumn: leaf.column) : trimmed(number)
          run.append(line: number, text: text, column: column)
        }
        addStatement(run, owners: owners, ids: uniqueIDs, request: heading.request)
      }
      return
    }
    // Lines of the body, the closing paragraph (`Trên đây …`) set apart.
    var body: [Int] = []
    var closing: [Int] = []
    var number = heading.lastLine + 1
    while number <= node.endLine {
      if !isBlank(number) {
        let text = line(number).trimmingBlanks()
        if !closing.isEmpty || text.utf8HasPrefix("Trên đây") {
          closing.append(number)
        } else {
          body.append(number)
        }
      }
      number += 1
    }
    let dash = body.contains { Self.bullet(line($0)) == .dash }
    let kinds = Dictionary(uniqueKeysWithValues: body.map { ($0, Self.bullet(line($0))) })
    let isBullet: (Int) -> Bool = { number in
      let kind = kinds[number] ?? .none
      return kind == .dash || (!dash && kind == .plus)
    }
    var statements: [TextRun] = []
    if !heading.remainder.isEmpty {
      var run = TextRun()
      let full = line(node.line)
      let column = full.unicodeScalars.count - heading.remainder.unicodeScalars.count + 1
      run.append(line: node.line, text: Substring(heading.remainder), column: max(1, column))
      statements.append(run)
    }
    let hasBullets = body.contains(where: isBullet)
    for number in body {
      if hasBullets && isBullet(number) {
        var run = TextRun()
        let (text, column) = trimmed(number, dropBullet: true)
        run.append(line: number, text: text, column: column)
        statements.append(run)
      } else if statements.isEmpty {
        var run = TextRun()
        let (text, column) = trimmed(number)
        run.append(line: number, text: text, column: column)
        statements.append(run)
      } else {
        let (text, column) = trimmed(number)
        statements[statements.count - 1].append(line: number, text: text, column: column)
      }
    }
    for run in statements {
      addStatement(run, owners: owners, ids: uniqueIDs, request: heading.request)
    }
    if !closing.isEmpty { readSentences(closing) }
  }

  private static func leaves(_ nodes: [SectionNode]) -> [SectionNode] {
    nodes.flatMap { $0.children.isEmpty ? [$0] : leaves($0.children) }
  }

  private mutating func addStatement(
    _ run: TextRun, owners: [(key: String, id: String)], ids: [String], request: Bool
  ) {
    guard !run.scalars.isEmpty else { return }
    let text = run.string(0..<run.scalars.count)
    let plain = String(
      text.utf8Replacing("*", with: "").drop { !$0.isLetter && !$0.isNumber })
    let expanded = AgencyNames.key(AgencyNames.expand(plain))
    var targets = ids
    if let owner = owners.first(where: { expanded.utf8HasPrefix($0.key) }) {
      targets = [owner.id]
    }
    let lower = plain.prefix(24).lowercasedByTable()
    let role: AssignmentRole =
      request
      ? .request
      : lower.utf8HasPrefix("phối hợp") || lower.utf8HasPrefix("tăng cường phối hợp")
        ? .support : .lead
    for id in targets { add(id, role: role, run: run, text: plain) }
    for id in workers(in: expanded) where !targets.contains(id) {
      add(id, role: .lead, run: run, text: plain)
    }
  }

  mutating func add(_ id: String, role: AssignmentRole, run: TextRun, text: String) {
    let start = run.position(0)
    let end = run.position(max(0, run.scalars.count - 1))
    drafts.append(
      AssignmentDraft(
        agency: id, role: role, text: text, deadline: Self.deadline(in: text),
        start: start.line, column: start.column, end: end.line, endColumn: end.column + 1))
  }

  /// Known bodies followed by `rà soát` or `tổng hợp` (`qua Sở … tổng hợp`).
  private func workers(in expanded: String) -> [String] {
    // A worker is named right before one of these verbs: without them, there is none.
    guard expanded.utf8Contains("rà soát") || expanded.utf8Contains("tổng hợp") else { return [] }
    var found: [String] = []
    for (key, id) in bodyCandidates.spellingKeys(for: registry) {
      var searchStart = expanded.startIndex
      while let range = expanded.utf8Range(of: key, from: searchStart) {
        let after = expanded[range.upperBound...].drop { $0 == " " || $0 == "*" }
        let before = expanded[..<range.lowerBound]
        let partner = ["phối hợp với ", "phối hợp ", "cùng "].contains { before.utf8HasSuffix($0) }
        if !partner && (after.utf8HasPrefix("rà soát") || after.utf8HasPrefix("tổng hợp")) {
          if !found.contains(id) { found.append(id) }
        }
        searchStart = range.upperBound
      }
    }
    return found
  }

  // MARK: Free sections and sentences

  private mutating func readFreeSection(_ node: SectionNode) {
    let firstChild = node.children.map(\.line).min() ?? (node.endLine + 1)
    var lines: [Int] = []
    var number = node.line
    // A short heading (`15. Chế độ báo cáo`) is not part of the first sentence.
    if stripNumber(line(node.line), numberColumn: node.column).0.spaceSeparatedWordCount <= 6 {
      number += 1
    }
    while number < firstChild && number <= node.endLine {
      if !isBlank(number) { lines.append(number) }
      number += 1
    }
    readSentences(lines, headingLine: node.line, numberColumn: node.column)
  }

  private mutating func readSentences(
    _ lines: [Int], headingLine: Int? = nil, numberColumn: Int = 1
  ) {
    var run = TextRun()
    for (position, number) in lines.enumerated() {
      var (text, column) =
        number == headingLine
        ? stripNumber(line(number), numberColumn: numberColumn) : trimmed(number)
      if position + 1 < lines.count,
        let next = line(lines[position + 1]).unicodeScalars.first(where: {
          $0 != " " && $0 != "\t"
        }),
        VietnameseLetters.info(next)?.isUppercase == false
      {
        text = Self.droppingLineEndSpecks(text)
      }
      run.append(line: number, text: text, column: column)
    }
    for sentence in Self.sentences(run) {
      var part = TextRun()
      let start = run.position(sentence.lowerBound)
      part.scalars = Array(run.scalars[sentence])
      for entry in run.lines
      where entry.offset > sentence.lowerBound
        && entry.offset < sentence.upperBound
      {
        part.lines.append((entry.line, entry.offset - sentence.lowerBound, entry.column))
      }
      part.lines.insert((start.line, 0, start.column), at: 0)
      readSentence(part)
    }
  }

  /// A line without the specks an OCR read at its end, when the sentence goes on in
  /// lowercase on the next line (`… Ủy ban Mặt trận Tổ. - - ; oe` + `quốc Việt Nam …`):
  /// among the last words, those of at most two letters or without letters, the run from
  /// the first word without letters goes (a `-` between two words stays: `chính trị - xã`),
  /// and then a period glued to the word before it. Numbers of two or more digits stay.
  static func droppingLineEndSpecks(_ text: Substring) -> Substring {
    // Most lines end in a word of three letters or more: nothing to look at.
    var endLetters = 0
    for scalar in text.unicodeScalars.reversed() {
      if scalar == " " { break }
      if VietnameseLetters.info(scalar) != nil { endLetters += 1 }
      if endLetters > 2 { return text }
    }
    let words = text.split(separator: " ")
    func letters(_ word: Substring) -> Int {
      word.unicodeScalars.count { VietnameseLetters.info($0) != nil }
    }
    func isSpeck(_ index: Int) -> Bool {
      let word = words[index]
      let digits = word.unicodeScalars.count(where: { ScalarTable.isASCIIDigit($0) })
      guard letters(word) == 0, digits <= 1 else { return false }
      let isDash = word == "-" || word == "–"
      return !isDash || index + 1 == words.count || letters(words[index + 1]) == 0
    }
    var cut: Int?
    var index = words.count - 1
    while index >= 1 {
      let word = words[index]
      let short = letters(word) == word.unicodeScalars.count && letters(word) <= 2
      if isSpeck(index) {
        cut = index
      } else if !short {
        break
      }
      index -= 1
    }
    guard let cut else { return text }
    var kept = text[..<words[cut].startIndex]
    while kept.last == " " { kept = kept.dropLast() }
    if kept.last == ".", let before = kept.dropLast().unicodeScalars.last,
      VietnameseLetters.info(before) != nil
    {
      kept = kept.dropLast()
    }
    return kept
  }

  /// Sentence ranges: a sentence ends at `.` followed by a space and a capital letter.
  static func sentences(_ run: TextRun) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = 0
    let scalars = run.scalars
    var index = 0
    while index < scalars.count {
      let next = index + 2
      if scalars[index] == ".", index + 1 < scalars.count, scalars[index + 1] == " ",
        next < scalars.count, Character(scalars[next]).isUppercase
      {
        result.append(start..<(index + 1))
        start = next
      }
      index += 1
    }
    if start < scalars.count { result.append(start..<scalars.count) }
    return result
  }

  private mutating func readSentence(_ run: TextRun) {
    let text = run.string(0..<run.scalars.count).utf8Replacing("*", with: "")
    // Names are read through specks an OCR glued between words (`UBND.các huyện`).
    let expanded = AgencyNames.expand(AgencyNames.despeckled(text))
    var found: [(id: String, role: AssignmentRole)] = []
    func note(_ names: [String], role: AssignmentRole, collectives: Bool) {
      for name in names where !isIssuer(name) {
        if AgencyRegistry.isDepartmentCollective(name) && !collectives { continue }
        let id = registry.register(name)
        if !found.contains(where: { $0.id == id }) { found.append((id, role)) }
      }
    }
    var subject = Substring(expanded)
    if subject.utf8HasPrefix("Giao ") { subject = subject.dropFirst(5) }
    let openings = ["Căn cứ", "Trong quá trình", "Trên cơ sở", "Hằng năm", "Hàng năm"]
    if !subject.utf8HasPrefix("Trên đây") {
      if openings.contains(where: { subject.utf8HasPrefix($0) }) {
        var rest = subject
        while let comma = rest.utf8Range(of: ", ") {
          rest = rest[comma.upperBound...]
          let names = bodyList(rest)
          if names.contains(where: { !AgencyRegistry.isDepartmentCollective($0) }) {
            note(names, role: .lead, collectives: false)
            break
          }
        }
      } else {
        let names = bodyList(subject)
        note(
          names, role: .lead,
          collectives: names.first.map(Self.namesDepartments) ?? false)
      }
    }
    for (word, role) in [("đề nghị ", AssignmentRole.request), ("yêu cầu ", .lead)] {
      var rest = Substring(expanded)
      while let range = rest.utf8RangeIgnoringCase(of: word) {
        rest = rest[range.upperBound...]
        note(bodyList(rest), role: role, collectives: true)
      }
    }
    for id in workers(in: AgencyNames.key(expanded)) where !found.contains(where: { $0.id == id }) {
      found.append((id, .lead))
    }
    let plain = text.trimmingBlanks()
    for (id, role) in found { add(id, role: role, run: run, text: plain) }
  }

  func isIssuer(_ name: String) -> Bool {
    let lower = AgencyNames.expand(name).lowercasedByTable()
    guard lower.utf8HasPrefix("ủy ban nhân dân ") else { return false }
    let rest = lower.dropFirst("ủy ban nhân dân ".count)
    return rest == "tỉnh" || rest == "huyện" || rest == "thành phố" || rest == "xã"
      || rest.utf8HasPrefix("tỉnh ") || rest.utf8HasPrefix("huyện ")
      || rest.utf8HasPrefix("thành phố ") && !rest.utf8Contains(",")
  }

  /// The bodies listed at the start of `text` (names as written, level words distributed).
  func bodyList(_ text: Substring) -> [String] {
    bodyListAndRest(text).names
  }

  /// The bodies listed at the start of `text` and the text right after the last of them.
  ///
  /// - Parameter bareForms: known bodies may also be named without their level word
  ///   (`Công an` for `Công an huyện`).
  func bodyListAndRest(_ text: Substring, bareForms: Bool = false) -> (
    names: [String], rest: Substring
  ) {
    var names: [String] = []
    var groups: [[String]] = [[]]
    var rest = text.drop { $0 == " " }
    var afterLast = rest
    while let name = body(at: rest, bareForms: bareForms) {
      groups[groups.count - 1].append(name)
      rest = rest.dropFirst(name.count)
      afterLast = rest
      if rest.utf8HasPrefix("; ") {
        groups.append([])
        rest = rest.dropFirst(2)
      } else if rest.utf8HasPrefix(", ") {
        rest = rest.dropFirst(2)
      } else if rest.utf8HasPrefix(" và ") {
        rest = rest.dropFirst(4)
      } else {
        break
      }
    }
    for group in groups { names += Self.completed(group) }
    return (names, afterLast)
  }

  /// One body at the start of `text`: a known spelling (with `bareForms`, also one without
  /// its level word), a council of local units, or a collective (`các sở, ban, ngành liên
  /// quan`, `các đoàn thể chính trị - xã hội tỉnh`).
  private func body(at text: Substring, bareForms: Bool = false) -> String? {
    let candidates = bodyCandidates.entries(for: registry)
    // Only the first few words can match a name: lowercase those, not the whole paragraph.
    let lower = text.prefix(bodyCandidates.longest + 4).lowercasedByTable()
    func endsWord(_ count: Int) -> Bool {
      guard let end = text.index(text.startIndex, offsetBy: count, limitedBy: text.endIndex),
        end < text.endIndex
      else { return true }
      return !text[end].isLetter
    }
    for candidate in candidates {
      let key = candidate.key
      if lower.utf8HasPrefix(key) && endsWord(candidate.length) {
        var name = String(text.prefix(candidate.length))
        let tail = text.dropFirst(candidate.length)
        for level in [" tỉnh", " huyện", " thành phố"] where tail.utf8HasPrefix(level) {
          let after = tail.dropFirst(level.count)
          if after.first.map({ !$0.isLetter }) ?? true { name += level }
        }
        if key == "ủy ban nhân dân", let council = council(text) { return council }
        return name
      }
    }
    if bareForms {
      for candidate in bodyCandidates.bareEntries(for: registry)
      where lower.utf8HasPrefix(candidate.key) && endsWord(candidate.length)
        && !Self.continuesName(text.dropFirst(candidate.length))
      {
        return String(text.prefix(candidate.length))
      }
    }
    if let council = council(text) { return council }
    return collective(text)
  }

  /// Whether the word after a known body's name without its level word goes on naming
  /// another body (`Công an xã`, `Công an các huyện`, `Công an cấp xã`, `Trung tâm Y tế
  /// Quân dân y`): then the short name (`Công an` for `Công an huyện`) is not that body.
  static func continuesName(_ after: Substring) -> Bool {
    guard after.utf8HasPrefix(" ") else { return false }
    let next = after.dropFirst()
    guard let first = next.first else { return false }
    if first.isUppercase { return true }
    let word = next.prefix { $0.isLetter }
    return ["tỉnh", "huyện", "quận", "xã", "phường", "thị", "thành", "các", "cấp"].contains(word)
  }

  /// `Ủy ban nhân dân các huyện, thị xã, thành phố`, `Ủy ban nhân dân cấp xã`.
  private func council(_ text: Substring) -> String? {
    let head = "Ủy ban nhân dân "
    guard text.prefix(head.count + 4).lowercasedByTable().utf8HasPrefix("ủy ban nhân dân ") else {
      return nil
    }
    var rest = text.dropFirst(head.count)
    var name = String(text.prefix(head.count))
    for lead in ["các ", "cấp "] where rest.utf8HasPrefix(lead) {
      name += lead
      rest = rest.dropFirst(lead.count)
    }
    var count = 0
    func unitAhead(_ rest: Substring) -> String? {
      if let unit = AgencyNames.unitsLongestFirst.first(where: { rest.utf8HasPrefix($0) }) {
        return unit
      }
      // An OCR-damaged unit (`quển`) before `, huyện`.
      let word = rest.prefix { $0.isLetter }
      let after = rest.dropFirst(word.count)
      if (2...6).contains(word.count), after.utf8HasPrefix(", "),
        AgencyNames.units.contains(where: { after.dropFirst(2).utf8HasPrefix($0) })
      {
        return String(word)
      }
      return nil
    }
    while let unit = unitAhead(rest) {
      name += unit
      rest = rest.dropFirst(unit.count)
      count += 1
      if rest.utf8HasPrefix(", "),
        AgencyNames.units.contains(where: { rest.dropFirst(2).utf8HasPrefix($0) })
      {
        name += ", "
        rest = rest.dropFirst(2)
      } else {
        break
      }
    }
    return count > 0 ? name : nil
  }

  private func collective(_ text: Substring) -> String? {
    guard text.prefix(4).lowercasedByTable() == "các " else { return nil }
    let nouns = AgencyNames.collectiveNounsLongestFirst
    // The nouns are short: lowercasing a few characters ahead is enough to compare.
    func startsWithNoun(_ text: Substring) -> String? {
      let head = text.prefix(AgencyNames.longestCollectiveNoun + 1).lowercasedByTable()
      return nouns.first { head.utf8HasPrefix($0) }
    }
    var rest = text.dropFirst(4)
    var name = String(text.prefix(4))
    var count = 0
    while let noun = startsWithNoun(rest) {
      let word = rest.prefix(noun.count)
      rest = rest.dropFirst(noun.count)
      guard rest.first.map({ !$0.isLetter }) ?? true else { return nil }
      name += word
      count += 1
      if rest.utf8HasPrefix(", "),
        startsWithNoun(rest.dropFirst(2)) != nil
      {
        name += ", "
        rest = rest.dropFirst(2)
      } else {
        break
      }
    }
    guard count > 0 else { return nil }
    for qualifier in [
      " chính trị - xã hội", " chính trị xã hội", " liên quan", " tỉnh", " huyện",
    ] where rest.utf8HasPrefix(qualifier) {
      name += qualifier
      rest = rest.dropFirst(qualifier.count)
    }
    return name
  }

  // MARK: Lines

  enum BulletKind { case dash, plus, none }

  static func bullet(_ line: String) -> BulletKind {
    let text = line.trimmingBlanks()
    if text.utf8HasPrefix("- ") || text.utf8HasPrefix("– ") || text.utf8HasPrefix("-\t") {
      return .dash
    }
    if text.utf8HasPrefix("+ ") { return .plus }
    return .none
  }

  /// A line without surrounding spaces (and its bullet), with the column where it starts.
  func trimmed(_ number: Int, dropBullet: Bool = false) -> (Substring, Int) {
    // Scalar by scalar: the marks trimmed here are single scalars, and columns count scalars.
    let full = line(number)
    var scalars = Substring(full).unicodeScalars
    var column = 1
    func skipSpaces() {
      while let first = scalars.first, first == " " || first == "\t" {
        scalars.removeFirst()
        column += 1
      }
    }
    skipSpaces()
    if dropBullet, let first = scalars.first, first == "-" || first == "–" || first == "+" {
      scalars.removeFirst()
      column += 1
      skipSpaces()
    }
    while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
    return (Substring(scalars), column)
  }

  /// A heading line without its markdown and number (`## **1. Sở Y tế**` -> `Sở Y tế**`).
  /// What comes before the number's column (OCR specks: `; #H# 1.`) goes too.
  func stripNumber(_ full: String, numberColumn: Int = 1) -> (Substring, Int) {
    let skipped = Substring(full).unicodeScalars.prefix(max(0, numberColumn - 1))
    var text = Substring(Substring(full).unicodeScalars.dropFirst(skipped.count))
    var column = 1 + skipped.count
    while let first = text.first, " #*\t".contains(first) {
      text = text.dropFirst()
      column += 1
    }
    let number = text.prefix { $0.isNumber || $0 == "." || ("IVXLivx").contains($0) }
    let afterNumber = text.dropFirst(number.count)
    if !number.isEmpty, let mark = afterNumber.first,
      mark == "." || mark == ")" || mark == " "
        || number.utf8HasSuffix(".")
    {
      text = afterNumber
      column += number.count
      while let first = text.first, " .)*\t".contains(first) {
        text = text.dropFirst()
        column += 1
      }
    } else if let letter = text.first, letter.isLetter, text.dropFirst().first == ")" {
      text = text.dropFirst(2)
      column += 2
      while let first = text.first, first == " " {
        text = text.dropFirst()
        column += 1
      }
    }
    while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
    return (text, column)
  }

  /// The first `ngày dd/mm/yyyy` that is a due date (see the type's grammar), as ISO.
  static func deadline(in text: String) -> String? {
    // Most statements hold no dated deadline: a byte check spares them the pattern.
    guard text.utf8.contains(UInt8(ascii: "/")), text.utf8Contains("ngày") else { return nil }
    for match in DatedPhraseScanner.matches(in: text) {
      let before = match.before.lowercasedByTable()
      if before.utf8Contains("/") || before == "từ" { continue }
      guard let day = Int(match.day), let month = Int(match.month),
        let year = Int(match.year), (1...31).contains(day), (1...12).contains(month)
      else { continue }
      let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
      return "\(year)-\(twoDigits(month))-\(twoDigits(day))"
    }
    return nil
  }
}

/// The names `AgencyReader.body(at:)` tries, longest first, with their lowercased keys: the
/// registry's spellings and the table of known bodies, and apart the registry's spellings
/// without a final level word (`Công an` for `Công an huyện`); and the registry's
/// spellings as keys with their ids, for `AgencyReader.workers(in:)`. Rebuilt when the
/// registry changes.
private final class BodyCandidates {
  typealias Entry = (text: String, key: String, length: Int)
  private var revision = -1
  private var cached: [Entry] = []
  private var cachedBare: [Entry] = []
  private var cachedSpellingKeys: [(key: String, id: String)] = []
  private(set) var longest = 0

  func entries(for registry: AgencyRegistry) -> [Entry] {
    refresh(for: registry)
    return cached
  }

  /// The registry's spellings that end in a level word, without it, longest first.
  func bareEntries(for registry: AgencyRegistry) -> [Entry] {
    refresh(for: registry)
    return cachedBare
  }

  /// The registry's spellings, longest first, as `AgencyNames.key` gives them, with ids.
  func spellingKeys(for registry: AgencyRegistry) -> [(key: String, id: String)] {
    refresh(for: registry)
    return cachedSpellingKeys
  }

  /// Each name's lowercase form, its `AgencyNames.key` and its length, kept across
  /// rebuilds: most names stay when the registry changes.
  private var derived: [String: (lower: String, key: String, length: Int)] = [:]

  private func refresh(for registry: AgencyRegistry) {
    guard revision != registry.revision else { return }
    let spellings = registry.spellings
    var entries: [Entry] = []
    var bare: [Entry] = []
    var spellingKeys: [(key: String, id: String)] = []
    for (text, id) in spellings {
      let known = derived(text)
      entries.append((text, known.lower, known.length))
      spellingKeys.append((known.key, id))
      for level in Self.levels
      where text.utf8HasSuffix(level) && known.length > level.unicodeScalars.count + 2 {
        let short = String(text.dropLast(level.count))
        let shortKnown = derived(short)
        bare.append((short, shortKnown.lower, shortKnown.length))
      }
    }
    for text in AgencyNames.table {
      let known = derived(text)
      entries.append((text, known.lower, known.length))
    }
    cached = entries.sorted { $0.length > $1.length }
    cachedBare = bare.sorted { $0.length > $1.length }
    cachedSpellingKeys = spellingKeys
    longest = cached.first?.length ?? 0
    revision = registry.revision
  }

  /// The level words a spelling may end with.
  private static let levels = [" huyện", " tỉnh", " thành phố"]

  private func derived(_ text: String) -> (lower: String, key: String, length: Int) {
    if let known = derived[text] { return known }
    let made = (text.lowercasedByTable(), AgencyNames.key(text), text.count)
    derived[text] = made
    return made
  }
}
