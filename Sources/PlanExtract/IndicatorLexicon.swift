import PlanModel
import PlanText

/// The words the indicator extractor recognizes, all lowercase NFC syllables.
enum IndicatorLexicon {
  /// Number words read as counts when a counted noun follows (`một mô hình`). `năm` (five,
  /// but mostly "year") is left out on purpose.
  static let numberWords: [String: Double] = [
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
  ]

  /// ``numberWords`` as UTF-8 bytes, for the lookup made on every word of the plan.
  private static let numberWordBytes: [(bytes: [UInt8], value: Double)] = numberWords.map {
    (Array($0.key.utf8), $0.value)
  }
  private static let longestNumberWord = numberWordBytes.map(\.bytes.count).max() ?? 0

  /// The value of a lowercase number word (`một` 1), comparing bytes: hashing a non-ASCII
  /// `String` for a dictionary lookup costs more than the whole comparison.
  static func numberWordValue(_ lower: String) -> Double? {
    let count = lower.utf8.count
    if count >= 2, count <= longestNumberWord,
      let value = lower.withUTF8Bytes({ bytes in
        numberWordBytes.first {
          $0.bytes.count == count && $0.bytes[0] == bytes[0] && $0.bytes.elementsEqual(bytes)
        }?.value
      })
    {
      return value
    }
    // A decomposed spelling (`mô̩t`, marks U+0300–U+036F, lead bytes CC and CD) equals a
    // number word as a string but not as bytes: the dictionary decides.
    guard lower.utf8.contains(where: { $0 == 0xCC || $0 == 0xCD }) else { return nil }
    return numberWords[lower]
  }

  /// Counted nouns: a bare number counts as a target only before one of these, so that
  /// `06 tháng`, `18 tuổi`, `1.500.000 đồng`, `năm 2024` and OCR debris (`cơ 6 đào tạo`) are
  /// not taken. Longest match wins.
  static let countedNouns: [[String]] = [
    "người", "người dân", "học viên", "bệnh nhân", "đối tượng", "cán bộ", "công chức",
    "viên chức", "hội viên", "đoàn viên", "thanh niên", "học sinh", "sinh viên", "trẻ em",
    "gia đình", "hộ", "hộ gia đình", "xã", "phường", "thị trấn", "huyện", "quận", "thị xã",
    "thành phố", "tỉnh", "thôn", "bản", "ấp", "tổ dân phố", "khu dân cư", "khu phố",
    "địa bàn", "địa phương", "đơn vị", "cơ quan", "mô hình", "điểm", "cơ sở", "trung tâm",
    "doanh nghiệp", "trường", "lớp", "hội nghị", "hội thảo", "buổi", "cuộc", "đợt", "lượt",
    "tin", "bài", "bài viết", "phóng sự", "tài liệu", "tờ rơi", "pa nô", "áp phích",
    "câu lạc bộ", "nhóm", "đội", "tổ", "chuyên đề", "chương trình", "dự án", "đề án",
    "kế hoạch", "văn bản", "hồ sơ", "vụ", "giường", "việc làm", "lao động",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Words before a percentage's noun that are not the noun (`80% số người`).
  static let nounLeadIns: Set<String> = ["số", "các", "những", "tổng"]

  /// A number right after one of these is a reference, date part or ordinal, not a target:
  /// `số 1736`, `ngày 31`, `năm 2024`, `Điều 5`, `khoản 2`, `Đề án 1736`, `lần 2`.
  static let referenceWords: Set<String> = [
    "số", "ngày", "tháng", "năm", "điều", "khoản", "chương", "mục", "khóa", "khoá", "thứ",
    "lần", "đoạn", "kỳ", "kì", "quý", "tuần", "giờ", "án", "hiệu", "lục", "phần", "bước",
  ]

  /// Comparator phrases right before the quantity, longest first.
  static let comparators: [([String], Comparator)] = [
    (["không", "ít", "hơn"], .gte), (["không", "vượt", "quá"], .lte),
    (["không", "dưới"], .gte), (["không", "quá"], .lte), (["ít", "nhất"], .gte),
    (["tối", "thiểu"], .gte), (["tối", "đa"], .lte), (["xấp", "xỉ"], .approx),
    (["nhiều", "hơn"], .gt), (["trên"], .gt), (["hơn"], .gt), (["dưới"], .lt),
    (["khoảng"], .approx), (["gần"], .approx), (["chừng"], .approx),
  ]

  /// Comparators stated earlier in the clause and joined to the value by `là`/`bằng`
  /// (`điều kiện tối thiểu … là 6m²/1 học viên`).
  static let clauseComparators: [([String], Comparator)] = [
    (["tối", "thiểu"], .gte), (["ít", "nhất"], .gte), (["tối", "đa"], .lte),
    (["không", "quá"], .lte),
  ]

  /// Change phrases right before the comparator or quantity (`tăng trên 3%`).
  static let changes: [([String], TargetChange)] = [
    (["tăng", "thêm"], .increase), (["giảm", "thêm"], .decrease), (["tăng"], .increase),
    (["giảm"], .decrease),
  ]

  /// Words before `ngày` (or a date) that make it the indicator's deadline.
  static let deadlineLeadIns: Set<String> = ["đến", "trước", "hết"]

  /// The value of a numeral token: ASCII digits, `.` thousands groups of three digits
  /// (`1.500.000`), a decimal `,` (`2,5`) or a single decimal `.` (`2.5`). At most 15
  /// digits; `nil` for anything else.
  static func value(of numeral: String) -> Double? {
    var groups: [[UInt8]] = [[]]
    var separators: [UInt8] = []
    var digitCount = 0
    for byte in numeral.utf8 {
      if byte >= 0x30 && byte <= 0x39 {
        digitCount += 1
        guard digitCount <= 15 else { return nil }
        groups[groups.count - 1].append(byte - 0x30)
      } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") {
        separators.append(byte)
        groups.append([])
      } else {
        return nil
      }
    }
    guard groups.allSatisfy({ !$0.isEmpty }) else { return nil }
    var integerDigits: [UInt8] = []
    var fractionDigits: [UInt8] = []
    if let comma = separators.firstIndex(of: UInt8(ascii: ",")) {
      guard comma == separators.count - 1 else { return nil }
      for group in groups[0...comma] { integerDigits += group }
      fractionDigits = groups[comma + 1]
      if comma > 0 && !groups[1...comma].allSatisfy({ $0.count == 3 }) { return nil }
    } else if groups.count > 1 && groups.dropFirst().allSatisfy({ $0.count == 3 }) {
      for group in groups { integerDigits += group }
    } else if groups.count == 2 {
      integerDigits = groups[0]
      fractionDigits = groups[1]
    } else if groups.count == 1 {
      integerDigits = groups[0]
    } else {
      return nil
    }
    guard let integer = accumulate(integerDigits), let fraction = accumulate(fractionDigits)
    else { return nil }
    var divisor = 1.0
    for _ in fractionDigits { divisor *= 10 }
    return Double(integer) + Double(fraction) / divisor
  }

  private static func accumulate(_ digits: [UInt8]) -> Int? {
    var total = 0
    for digit in digits {
      let (shifted, overflow) = total.multipliedReportingOverflow(by: 10)
      let (sum, overflowSum) = shifted.addingReportingOverflow(Int(digit))
      if overflow || overflowSum { return nil }
      total = sum
    }
    return total
  }
}
