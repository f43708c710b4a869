import Foundation
import PlanModel
import PlanNormalize
import PlanText

/// Names of bodies: abbreviations, a table of common bodies for repairing OCR'd headings,
/// splitting a heading into bodies, folding for comparison, and the level of a body.
///
/// Grammar of a list of bodies (a heading such as `Đề nghị Hội Cựu chiến binh, Hội Nông dân
/// và Liên đoàn Lao động huyện`): parts separated by `, `, ` và ` or `; `; a part that does
/// not start with a body word (`Sở`, `Phòng`, `Công an`, `Ủy ban`, `Hội`, `các` ...) belongs
/// to the part before it (`Sở Văn hóa, Thể thao và Du lịch` is one body).
enum AgencyNames {
  /// Abbreviations written out in canonical names.
  static let abbreviations: [(String, String)] = [
    ("UBND", "Ủy ban nhân dân"), ("LĐTBXH", "Lao động - Thương binh và Xã hội"),
    ("LĐ-TB&XH", "Lao động - Thương binh và Xã hội"),
    ("Lao động - TB&XH", "Lao động - Thương binh và Xã hội"),
    ("Lao động - TBXH", "Lao động - Thương binh và Xã hội"),
    ("MTTQ", "Mặt trận Tổ quốc"),
  ]

  /// Common bodies, for repairing OCR damage in headings (`SỸ tổ` -> `Sở Y tế`).
  static let table = [
    "Sở Lao động - Thương binh và Xã hội", "Sở Y tế", "Sở Tư pháp", "Sở Tài chính",
    "Sở Kế hoạch và Đầu tư", "Sở Nội vụ", "Sở Thông tin và Truyền thông",
    "Sở Văn hóa, Thể thao và Du lịch", "Sở Giáo dục và Đào tạo", "Sở Xây dựng",
    "Sở Công Thương", "Công an tỉnh", "Công an huyện", "Công an thành phố",
    "Phòng Lao động - Thương binh và Xã hội", "Phòng Tư pháp", "Phòng Y tế",
    "Phòng Giáo dục và Đào tạo", "Phòng Tài chính - Kế hoạch", "Phòng Văn hóa - Thông tin",
    "Phòng Nội vụ", "Tòa án nhân dân tỉnh", "Viện Kiểm sát nhân dân tỉnh",
    "Ủy ban Mặt trận Tổ quốc Việt Nam", "Hội Liên hiệp Phụ nữ", "Hội Nông dân",
    "Hội Cựu chiến binh", "Liên đoàn Lao động", "Tỉnh Đoàn", "Thành Đoàn", "Huyện Đoàn",
    "Ủy ban nhân dân",
  ]

  /// Words that start the name of a body (lowercased).
  static let bodyWords = [
    "sở ", "phòng ", "công an", "ủy ban", "ubnd", "trung tâm", "ban ", "hội ", "đoàn ",
    "thành đoàn", "tỉnh đoàn", "huyện đoàn", "liên đoàn", "mặt trận", "tòa án",
    "viện kiểm sát", "bệnh viện", "đài ", "báo ", "văn phòng", "cục ", "chi cục", "bộ ",
    "các ",
  ]

  /// Nouns of a collective of departments (`các sở, ban, ngành`).
  static let collectiveNouns = [
    "sở", "cơ quan", "ban", "ngành", "đơn vị", "đoàn thể", "địa phương", "tổ chức",
  ]

  /// ``collectiveNouns``, longest first, and the length of the longest.
  static let collectiveNounsLongestFirst = collectiveNouns.sorted { $0.count > $1.count }
  static let longestCollectiveNoun = collectiveNouns.map(\.count).max() ?? 0

  /// Units of local government (`Ủy ban nhân dân các huyện, thị xã, thành phố`).
  static let units = ["huyện", "quận", "xã", "phường", "thị trấn", "thị xã", "thành phố"]
  /// ``units``, longest first.
  static let unitsLongestFirst = units.sorted { $0.count > $1.count }

  /// Expands abbreviations (`UBND` -> `Ủy ban nhân dân`).
  static func expand(_ text: String) -> String {
    var result = text
    for (short, long) in abbreviations where result.utf8Contains(short) {
      result = result.utf8Replacing(short, with: long)
    }
    return result
  }

  /// Lowercase letters and digits only, marks removed, `đ` -> `d` (for tolerant compare).
  static func fold(_ text: String) -> String {
    AgencyExtractor.slug(text).utf8Replacing("-", with: "")
  }

  /// Lowercased, marks kept, spaces collapsed: for exact comparison of names.
  static func key(_ text: String) -> String {
    let lowered = text.lowercasedByTable()
    // Text without runs of spaces, or spaces at its ends, is its own key.
    let bytes = lowered.utf8
    if bytes.first != 0x20, bytes.last != 0x20, !lowered.utf8Contains("  ") {
      return lowered
    }
    let lower = lowered.scalarArray
    var result: [Unicode.Scalar] = []
    result.reserveCapacity(lower.count)
    var spaceBefore = false
    for (index, scalar) in lower.enumerated() {
      // A space carrying a combining mark is not a separator (it is one character).
      let isSeparator =
        scalar == " " && !(index + 1 < lower.count && ScalarTable.isMark(lower[index + 1]))
      if isSeparator {
        spaceBefore = !result.isEmpty
        continue
      }
      if spaceBefore {
        result.append(" ")
        spaceBefore = false
      }
      result.append(scalar)
    }
    return String(scalars: result[...])
  }

  static func startsWithBodyWord(_ text: String) -> Bool {
    let lower = text.lowercasedByTable()
    if lower.utf8HasPrefix("phòng ngừa") || lower.utf8HasPrefix("phòng, chống")
      || lower.utf8HasPrefix("phòng chống")
    {
      return false
    }
    if lower.utf8HasPrefix("các ") {
      let rest = lower.dropFirst(4)
      return collectiveNouns.contains { rest.utf8HasPrefix($0) } || rest.utf8HasPrefix("cơ sở")
        || bodyWords.dropLast().contains { rest.utf8HasPrefix($0) }
    }
    return bodyWords.contains { lower.utf8HasPrefix($0) }
  }

  /// Splits a list of bodies into the names as written (see the type's grammar).
  static func split(_ list: String) -> [String] {
    var pieces: [(separator: String, text: String)] = []
    var rest = Substring(list)
    var separatorBefore = ""
    while !rest.isEmpty {
      var next: (range: Range<Substring.Index>, separator: String)?
      for separator in [", ", " và ", "; "] {
        if let range = rest.utf8Range(of: separator),
          next.map({ range.lowerBound < $0.range.lowerBound }) ?? true
        {
          next = (range, separator)
        }
      }
      if let next {
        pieces.append((separatorBefore, String(rest[..<next.range.lowerBound])))
        separatorBefore = next.separator
        rest = rest[next.range.upperBound...]
      } else {
        pieces.append((separatorBefore, String(rest)))
        rest = rest[rest.endIndex...]
      }
    }
    var parts: [String] = []
    for piece in pieces {
      let text = piece.text.trimmingBlanks()
      if let last = parts.last, !(startsWithBodyWord(text) && !isUnitList(last)) {
        parts[parts.count - 1] = last + piece.separator + text
      } else {
        parts.append(text)
      }
    }
    return parts.map { $0.trimmingScalars(in: " :;,.*") }
      .filter { !$0.isEmpty }
  }

  /// `Ủy ban nhân dân các huyện` ends with a unit, so `thành phố` after it is not a body.
  private static func isUnitList(_ current: String) -> Bool {
    let plain = current.lowercasedByTable()
    guard plain.utf8HasPrefix("ủy ban nhân dân") || plain.utf8HasPrefix("ubnd") else {
      return false
    }
    return units.contains { plain.utf8HasSuffix(" " + $0) }
  }

  /// Repairs an OCR'd name against the table: the longest table entry matching the first
  /// words of the name (or its first word alone, `Céngantinh`) within a small edit distance
  /// replaces them.
  static func repair(_ name: String) -> String {
    let words = name.split(separator: " ").map(String.init)
    // The folded form of the first `used` words, for every `used` the table can ask for: a
    // fold drops everything but letters and digits, so it is the folds of the words joined.
    var foldedPrefixes: [[Unicode.Scalar]] = [[]]
    for word in words.prefix(mostTableWords + 1) {
      foldedPrefixes.append((foldedPrefixes.last ?? []) + fold(word).unicodeScalars)
    }
    /// The best entry, in table order: the smallest distance, then the longest entry. With
    /// `exactOnly`, only entries at distance 0 are tried (a plain comparison): when one is
    /// found it is the answer, as nothing beats distance 0, and clean names stop there.
    func best(exactOnly: Bool) -> (entry: String, used: Int, distance: Int)? {
      var best: (entry: String, used: Int, distance: Int)?
      for (entry, entryFold, count) in foldedTable {
        let tolerance = min(3, (entryFold.count + 3) / 4)
        // One word may hold a whole entry whose spaces a scan lost (`Céngantinh`).
        for used in 1...(count + 1)
        where used < foldedPrefixes.count && (used == 1 || used >= count - 1) {
          let prefix = foldedPrefixes[used]
          let distance =
            exactOnly
            ? (prefix == entryFold ? 0 : tolerance + 1)
            : editDistance(prefix, entryFold, limit: tolerance)
          guard distance <= tolerance else { continue }
          if let current = best,
            current.distance < distance
              || current.distance == distance && current.entry.count >= entry.count
          {
            continue
          }
          best = (entry, used, distance)
        }
      }
      return best
    }
    guard let best = best(exactOnly: true) ?? best(exactOnly: false) else { return name }
    let rest = words.dropFirst(best.used)
    return ([best.entry] + rest).joined(separator: " ")
  }

  // MARK: OCR specks in names

  /// Specks an OCR glues between the words of a name (`Phòng-Tư pháp`, `Các.cơ quan`,
  /// `cơ’ quan`, `Hồ.Chí Minh-và`, `-‘Kế hoạch`, `Việt:Nam`): a `.`, `-` or `:` between two
  /// letters (or a `.` before a word), and a `’`, `‘` or `'` next to a letter, become
  /// spaces. A `-` between letters is never part of a name's words (`Lao động-Thương binh`
  /// has the id of `Lao động - Thương binh`).
  ///
  /// - Complexity: O(n) in the length of the name.
  static func despeckled(_ name: String) -> String {
    guard mayHoldGluedSpeck(name) else { return name }
    let scalars = name.scalarArray
    guard scalars.contains(where: { gluedSpecks.contains($0) }) else { return name }
    var result = scalars
    for index in scalars.indices where gluedSpecks.contains(scalars[index]) {
      let before = index > 0 ? scalars[index - 1] : " "
      let after = index + 1 < scalars.count ? scalars[index + 1] : " "
      let letterBefore = VietnameseLetters.info(before) != nil
      let letterAfter = VietnameseLetters.info(after) != nil
      let isQuote = quoteSpecks.contains(scalars[index])
      if letterBefore && letterAfter || isQuote && (letterBefore || letterAfter)
        || scalars[index] == "." && before == " " && letterAfter
      {
        result[index] = " "
      }
    }
    // Most text holds no glued speck (only spaced dashes, sentence ends): left as it is.
    guard result != scalars else { return name }
    return String(scalars: result[...]).split(separator: " ").joined(separator: " ")
  }

  /// A byte test that lets through every text ``despeckled(_:)`` would change: a `.`, `-`
  /// or `:` before a letter (an ASCII letter or a byte of a multibyte scalar), or a quote
  /// (`'`, `‘`, `’`). Sentence ends, spaced dashes and numbers (`05/6`, `8:30`) do not pass.
  private static func mayHoldGluedSpeck(_ text: String) -> Bool {
    text.withUTF8Bytes { bytes in
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":") {
          if index + 1 < bytes.count {
            let next = bytes[index + 1]
            if next >= 0x80
              || (next | 0x20) >= UInt8(ascii: "a") && (next | 0x20) <= UInt8(ascii: "z")
            {
              return true
            }
          }
        } else if byte == UInt8(ascii: "'") {
          return true
        } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
          bytes[index + 2] == 0x98 || bytes[index + 2] == 0x99
        {
          return true
        }
        index += 1
      }
      return false
    }
  }

  private static let gluedSpecks: Set<Unicode.Scalar> = [
    ".", "-", ":", "'", "\u{2018}", "\u{2019}",
  ]
  private static let quoteSpecks: Set<Unicode.Scalar> = ["'", "\u{2018}", "\u{2019}"]

  /// A name without the OCR noise an OCR read after it (`Công an tỉnh Bees`,
  /// `Sở Nội vụ . coe a /`, `Hội Liên hiệp Phụ nữ tỉnh . ne oe`, `Sở Y tế - tỷ`).
  ///
  /// Grammar: trailing tokens without letters go; then a tail of at most five *noise words*
  /// goes when it follows either a known body of the table (with a level word: `Hội Liên
  /// hiệp Phụ nữ tỉnh`) or a lone separator (`.`, `:`, `;`, `/`, `|`) or a word ending in
  /// `.` (`… huyện. oạn Sự`). A noise word is one that cannot end a name: a lowercase word
  /// of at most three letters that is no unit (`oe`, `age`, `đe`), a word of at most two
  /// letters (`Số`, `Cử`), a word with capitals inside (`EBs`, `oO`), or an ASCII word no
  /// Vietnamese syllable spells (`Bees`, `Lge`, `wie`, `See`). Place names stay (`Sở Y tế
  /// Long An`). After a known body, a tail of three to five words also goes when it begins
  /// and ends with noise words and holds one short word that is not (`e wie a Lúc E`: the
  /// repair made a word of `Lge`). A lone speck between a known body and its level word goes
  /// too (`Liên đoàn Lao động 7 huyện`).
  ///
  /// - Complexity: O(words × table entries) on a short name.
  static func trimmingNoise(_ name: String) -> String {
    var words = name.split(separator: " ").map(String.init)
    while let last = words.last, !last.unicodeScalars.contains(where: isLetterOrDigit) {
      words.removeLast()
    }
    guard words.count >= 2 else { return words.joined(separator: " ") }
    words = withoutSpeckBeforeLevel(words)
    var cut: Int?
    // After a separator or a word ending a sentence.
    for index in 1..<words.count where cut == nil {
      let word = words[index - 1]
      let separator =
        ["." as Unicode.Scalar, ":", ";", "/", "|"].contains(word.unicodeScalars.last ?? " ")
        && (word.unicodeScalars.count == 1 || word.utf8HasSuffix("."))
      if separator, isNoiseTail(words[index...]) { cut = index }
    }
    // After a known body (and its level word).
    if cut == nil, let known = knownPrefixLength(words), known < words.count,
      isNoiseTail(words[known...]) || isMostlyNoiseTail(words[known...])
    {
      cut = known
    }
    guard let cut else { return words.joined(separator: " ") }
    var kept = Array(words[..<cut])
    while let last = kept.last, !last.unicodeScalars.contains(where: isLetterOrDigit) {
      kept.removeLast()
    }
    return kept.joined(separator: " ").trimmingScalars(in: " .:;")
  }

  /// The number of words of the longest table entry starting `words` with a following
  /// level word (`tỉnh`, `huyện`, `thành phố` ...), or of a council of local units
  /// (`UBND các xã, thị trấn`), or nil.
  private static func knownPrefixLength(_ words: [String]) -> Int? {
    var best: Int?
    let joined = words.joined(separator: " ").utf8
    for (entry, _, count) in foldedTable where count <= words.count && count > (best ?? 0) {
      let length = entry.utf8.count
      if joined.starts(with: entry.utf8),
        joined.count == length || joined.dropFirst(length).first == UInt8(ascii: " ")
      {
        best = count
      }
    }
    if words[0] == "UBND" { best = max(best ?? 0, 1) }
    guard var length = best else { return nil }
    /// The level word at `index` (its last word may carry a comma).
    func unit(at index: Int) -> [String]? {
      for level in levelWords where index + level.count <= words.count {
        let written = words[index..<(index + level.count)]
        let plain = written.enumerated().map { offset, word in
          offset == level.count - 1 && word.utf8HasSuffix(",") ? String(word.dropLast()) : word
        }
        if plain == level { return Array(written) }
      }
      return nil
    }
    let council =
      words[0] == "UBND" || words[..<length].joined(separator: " ") == "Ủy ban nhân dân"
    if council, length < words.count, words[length] == "các" || words[length] == "cấp" {
      // `các xã, thị trấn`: units, each but the last ending in a comma.
      var index = length + 1
      while let found = unit(at: index) {
        index += found.count
        length = index
        guard words[index - 1].utf8HasSuffix(",") else { break }
      }
    } else if let found = unit(at: length), !found.joined().utf8HasSuffix(",") {
      length += found.count
    }
    return length
  }

  /// Level and unit words that may follow a body's name, as words.
  private static let levelWords: [[String]] = (["tỉnh"] + unitsLongestFirst).map {
    $0.split(separator: " ").map(String.init)
  }

  private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    VietnameseLetters.info(scalar) != nil || ("0"..."9").contains(scalar)
  }

  /// `Liên đoàn Lao động 7 huyện` -> `Liên đoàn Lao động huyện`: a one-scalar word without
  /// letters between a known body of the table and a level word is a speck.
  private static func withoutSpeckBeforeLevel(_ words: [String]) -> [String] {
    guard words.count >= 3 else { return words }
    for index in 1..<(words.count - 1) {
      let word = words[index]
      guard word.unicodeScalars.count == 1,
        !word.unicodeScalars.contains(where: { VietnameseLetters.info($0) != nil }),
        levelWords.contains(where: { words[(index + 1)...].starts(with: $0) }),
        knownPrefixLength(Array(words[..<index])) == index
      else { continue }
      var kept = words
      kept.remove(at: index)
      return kept
    }
    return words
  }

  /// Three to five words after a known body, the first and last noise words and all but
  /// one short word (three letters at most) noise: what an OCR read from specks, one of
  /// them repaired into a word (`e wie a Lúc E`).
  private static func isMostlyNoiseTail(_ words: ArraySlice<String>) -> Bool {
    guard (3...5).contains(words.count), let first = words.first, let last = words.last,
      isNoiseWord(first), isNoiseWord(last)
    else { return false }
    let kept = words.filter { !isNoiseWord($0) }
    return kept.count == 1 && kept.allSatisfy { $0.unicodeScalars.count <= 3 }
  }

  /// One to five words, each a noise word (see ``trimmingNoise(_:)``).
  private static func isNoiseTail(_ words: ArraySlice<String>) -> Bool {
    !words.isEmpty && words.count <= 5 && words.allSatisfy(isNoiseWord)
  }

  private static func isNoiseWord(_ word: String) -> Bool {
    let letters = Array(word.unicodeScalars.filter { VietnameseLetters.info($0) != nil })
    guard let first = letters.first else {
      return !word.unicodeScalars.contains { ("0"..."9").contains($0) } || word.count == 1
    }
    if letters.count <= 2 { return true }
    let firstIsCapital = VietnameseLetters.isUppercaseLetter(first)
    if !firstIsCapital && letters.count <= 3 && !units.contains(String(scalars: letters[...])) {
      return true
    }
    if letters.dropFirst().contains(where: VietnameseLetters.isUppercaseLetter) { return true }
    return letters.allSatisfy(\.isASCII) && !spellsSyllable(letters)
  }

  /// Whether ASCII letters could spell a Vietnamese syllable without marks: a valid onset
  /// (`ngh`, `tr` ...), then vowels, then a valid final (`ng`, `ch` ...), and no `f j w z`.
  private static func spellsSyllable(_ letters: [Unicode.Scalar]) -> Bool {
    let lower = String(scalars: letters[...]).lowercased()
    guard !lower.contains(where: { "fjwz".contains($0) }) else { return false }
    let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
    let onset = lower.prefix { !vowels.contains($0) }
    let rest = lower.dropFirst(onset.count)
    let nucleus = rest.prefix { vowels.contains($0) }
    let final = rest.dropFirst(nucleus.count)
    let onsets: Set<Substring> = [
      "", "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "x",
      "ch", "gh", "gi", "kh", "ng", "ngh", "nh", "ph", "qu", "th", "tr",
    ]
    let finals: Set<Substring> = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]
    return nuclei.contains(nucleus) && onsets.contains(onset) && finals.contains(final)
  }

  /// The vowel groups of Vietnamese syllables with their marks removed (`ươi` -> `uoi`).
  private static let nuclei: Set<Substring> = [
    "a", "e", "i", "o", "u", "y", "ai", "ao", "au", "ay", "eo", "eu", "ia", "ie", "iu", "oa",
    "oe", "oi", "oo", "ua", "ue", "ui", "uo", "uu", "uy", "ye", "ieu", "yeu", "oai", "oay",
    "oeo", "uay", "uoi", "uou", "uya", "uye", "uyu",
  ]

  /// `Ủy ban nhân dân các x, thị trấn` -> `… các xã, thị trấn`: in a list of local units,
  /// a short word one letter away from a unit (folded) is that unit.
  ///
  /// - Complexity: O(words × units) on a short name.
  static func repairingUnits(_ name: String) -> String {
    guard let range = name.utf8Range(of: " các ") else { return name }
    let head = name[..<range.upperBound]
    let items = name[range.upperBound...].components(separatedBy: ", ")
    guard items.count >= 2, items.contains(where: { units.contains($0) }) else { return name }
    let repaired = items.map { item -> String in
      guard !units.contains(item), item.count <= 6, !item.contains(" ") else { return item }
      let folded = fold(item)
      let close = units.filter { editDistance(folded, fold($0), limit: 1) <= 1 }
      return close.count == 1 ? close[0] : item
    }
    return head + repaired.joined(separator: ", ")
  }

  /// The table with each entry's folded form and word count, computed once.
  private static let foldedTable: [(entry: String, fold: [Unicode.Scalar], words: Int)] =
    table.map { ($0, Array(fold($0).unicodeScalars), $0.spaceSeparatedWordCount) }
  /// The most words of a table entry.
  private static let mostTableWords = foldedTable.map(\.words).max() ?? 0

  /// Levenshtein distance, giving up (returning limit + 1) once it exceeds `limit`.
  static func editDistance(_ left: String, _ right: String, limit: Int) -> Int {
    editDistance(Array(left.unicodeScalars), Array(right.unicodeScalars), limit: limit)
  }

  /// The same distance over scalars, with two rows reused for the whole table.
  static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
    if abs(a.count - b.count) > limit { return limit + 1 }
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        rowMinimum = min(rowMinimum, current[j])
      }
      if rowMinimum > limit { return limit + 1 }
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  /// The administrative level of a body (see `Corpus/expected/README.md`).
  static func level(of name: String, issuerLevel: AgencyLevel) -> AgencyLevel {
    let lower = name.lowercasedByTable()
    let other = [
      "mặt trận", "hội ", "đoàn ", "tỉnh đoàn", "thành đoàn", "huyện đoàn", "liên đoàn",
      "ban tuyên giáo", "tòa án", "viện kiểm sát", "đài ", "báo ", "các tổ chức",
      "các đoàn thể", "các cơ sở", "bệnh viện", "cơ sở",
    ]
    if lower.utf8Contains("mặt trận") || other.contains(where: { lower.utf8HasPrefix($0) }) {
      return .other
    }
    if lower.utf8HasPrefix("bộ ") || lower.utf8HasPrefix("chính phủ") { return .central }
    func local() -> AgencyLevel? {
      if lower.utf8Contains("huyện") || lower.utf8Contains("quận") { return .district }
      if lower.utf8Contains(" xã") || lower.utf8Contains("phường") || lower.utf8Contains("thị trấn")
      {
        return .commune
      }
      if lower.utf8Contains("tỉnh") || lower.utf8Contains("thành phố") { return .province }
      return nil
    }
    if lower.utf8HasPrefix("ủy ban nhân dân") || lower.utf8HasPrefix("công an")
      || lower.utf8HasPrefix("trung tâm")
    {
      return local() ?? issuerLevel
    }
    if lower.utf8HasPrefix("sở ") { return .province }
    if lower.utf8HasPrefix("phòng ") { return .district }
    return issuerLevel
  }
}
