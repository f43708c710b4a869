import Foundation
import PlanModel
import PlanNormalize
import PlanText

/// Decides what a section is about from keywords of its heading.
///
/// A heading naming a body (`Sở Y tế`, `Công an huyện`, `Đề nghị ...`) is
/// responsibilities. A top-level heading takes the keyword found earliest in it
/// (`MỤC TIÊU VÀ CHỈ TIÊU` is objectives); a nested heading takes a keyword only when it
/// begins with one (`Mục tiêu chung`, `Yêu cầu`) and otherwise its parent's kind, so the
/// numbered tasks of a tasks section are tasks.
package enum SectionKindClassifier {
  private static let keywords: [(String, SectionKind)] = [
    ("tổ chức thực hiện", .responsibilities), ("phân công", .responsibilities),
    ("trách nhiệm", .responsibilities), ("mục đích", .purpose), ("yêu cầu", .purpose),
    ("phạm vi", .scope), ("đối tượng", .scope), ("mục tiêu", .objectives),
    ("chỉ tiêu", .indicators), ("nhiệm vụ", .tasks), ("nội dung", .tasks),
    ("hoạt động", .tasks), ("biện pháp", .tasks), ("giải pháp", .solutions),
    ("kinh phí", .budget), ("chế độ báo cáo", .reporting), ("báo cáo", .reporting),
    ("chế độ thông tin", .reporting),
  ]

  private static let bodies = [
    "sở ", "phòng ", "công an", "ủy ban", "ubnd", "đề nghị", "trung tâm", "ban ", "hội ",
    "đoàn ", "thành đoàn", "tỉnh đoàn", "huyện đoàn", "liên đoàn", "mặt trận", "tòa án",
    "viện kiểm sát", "bộ chỉ huy", "bệnh viện", "đài ", "báo ", "văn phòng", "cục ",
    "chi cục", "các sở", "các cơ quan", "cơ sở cai nghiện",
  ]

  /// A heading that is the name of a body (`Sở Y tế`, `Các Cơ sở cai nghiện ma túy công
  /// lập`, `Đề nghị Tỉnh Đoàn`): short, and starting with a body word. `Phòng ngừa` and
  /// `phòng, chống` (prevention) are not the `Phòng` of a department.
  private static func namesABody(_ lower: String) -> Bool {
    guard lower.spaceSeparatedWordCount <= 15 else { return false }
    var text = Substring(lower)
    if text.utf8HasPrefix("các ") { text = text.dropFirst(4) }
    if text.utf8HasPrefix("phòng ngừa") || text.utf8HasPrefix("phòng, chống")
      || text.utf8HasPrefix("phòng chống")
    {
      return false
    }
    return bodies.contains { text.utf8HasPrefix($0) }
  }

  package static func kind(of heading: String, parent: SectionKind? = nil) -> SectionKind {
    let lower = heading.lowercasedByTable()
    if namesABody(lower) { return .responsibilities }
    if let parent {
      return keywords.first { lower.utf8HasPrefix($0.0) }?.1 ?? parent
    }
    var best: (String.Index, SectionKind)?
    for (keyword, kind) in keywords {
      if let range = lower.utf8Range(of: keyword), best.map({ range.lowerBound < $0.0 }) ?? true {
        best = (range.lowerBound, kind)
      }
    }
    // Top-level headings are written in capitals: only there is a keyword read through heavy
    // damage. In a sentence (`Tiếp nhận … của cá nhân, tổ chức trong thực hiện …`) a word
    // skipped or marks folded away (`chi tiêu` for `chỉ tiêu`) would give one by chance, so
    // there only its words as written count, whatever stands between them (`Yêu-cầu`).
    return best?.1 ?? damagedKind(lower, exact: !isMostlyCapitals(heading)) ?? .other
  }

  /// Whether more of the heading's letters are capitals than not.
  private static func isMostlyCapitals(_ heading: String) -> Bool {
    var balance = 0
    for scalar in heading.unicodeScalars where ScalarTable.isLetter(scalar) {
      balance += ScalarTable.isUppercaseLetter(scalar) ? 1 : -1
    }
    return balance > 0
  }

  /// The kind of a top-level heading whose keyword an OCR damaged: the keyword's words,
  /// folded (`tổ chức` -> `tochuc`), in order with at most one word between them
  /// (`TỔ CHỨC’'Có THỰC HIỆN`), or run together (`TOCHUCTHUCHIEN`). The earliest wins.
  /// With `exact`, only the keyword's words as written, next to each other, count.
  ///
  /// - Complexity: O(words × keywords) on a short heading.
  private static func damagedKind(_ lower: String, exact: Bool = false) -> SectionKind? {
    // Words split at anything but letters and digits (`chức’'có` is two words).
    let words = lower.unicodeScalars.split {
      VietnameseLetters.info($0) == nil && !("0"..."9").contains($0)
    }.map {
      let word = String(String.UnicodeScalarView($0))
      return exact ? word : fold(word)
    }.filter { !$0.isEmpty }
    let joined = words.joined()
    var best: (position: Int, kind: SectionKind)?
    for (index, keyword) in (exact ? plainKeywords : foldedKeywords).enumerated() {
      var position: Int?
      if let first = words.indices.first(where: {
        startsMatch(words, at: $0, keyword.words, skipping: exact ? 0 : 1)
      }) {
        position = first
      } else if !exact, let range = joined.range(of: keyword.words.joined()) {
        position = words.count + joined.distance(from: joined.startIndex, to: range.lowerBound)
      }
      if let position, best.map({ position < $0.position }) ?? true {
        best = (position, keywords[index].1)
      }
    }
    return best?.kind
  }

  private static let foldedKeywords: [(words: [String], kind: SectionKind)] = keywords.map {
    ($0.0.split(separator: " ").map { fold(String($0)) }, $0.1)
  }

  /// The keywords' words as written (lowercase, with their marks).
  private static let plainKeywords: [(words: [String], kind: SectionKind)] = keywords.map {
    ($0.0.split(separator: " ").map(String.init), $0.1)
  }

  /// Whether `keyword` starts at `start` in `words`, with at most `skipping` words skipped.
  private static func startsMatch(
    _ words: [String], at start: Int, _ keyword: [String], skipping: Int
  ) -> Bool {
    guard words[start] == keyword.first else { return false }
    var index = start + 1
    var skipped = 0
    for part in keyword.dropFirst() {
      if index < words.count, words[index] == part {
        index += 1
      } else if skipped < skipping, index + 1 < words.count, words[index + 1] == part {
        skipped += 1
        index += 2
      } else {
        return false
      }
    }
    return true
  }

  /// ASCII letters and digits of a word, marks removed (`chức’'` -> `chuc`).
  private static func fold(_ word: String) -> String {
    var result = ""
    for scalar in word.unicodeScalars {
      if let letter = VietnameseLetters.info(scalar) {
        result.unicodeScalars.append(Unicode.Scalar(letter.base))
      } else if ("0"..."9").contains(scalar) {
        result.unicodeScalars.append(scalar)
      }
    }
    return result.lowercased()
  }
}
