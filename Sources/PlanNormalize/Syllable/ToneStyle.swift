/// Where the tone mark goes in the open rhymes `oa`, `oe` and `uy`.
///
/// Both are correct Vietnamese: the traditional style writes `hòa`, `thủy`; the newer
/// style writes `hoà`, `thuỷ`. The two differ only in these rhymes without a final consonant.
public enum ToneStyle: String, Sendable, CaseIterable, Codable {
  /// Tone on the first vowel: `hòa`, `khỏe`, `thủy`.
  case old
  /// Tone on the second vowel: `hoà`, `khoẻ`, `thuỷ`.
  case new
}
