import Foundation

/// Which clean lines are kept out of every table, so that accuracy on them is honest.
///
/// A line is held out when the FNV-1a hash of its text is 3 modulo 10 (about one line in
/// ten). The rule depends on the text alone, so the same sentence is held out wherever it
/// occurs: no copy of a held-out line can leak into training.
package enum HeldOutSplit {
  package static func isHeldOut(_ line: String) -> Bool {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in line.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return hash % 10 == 3
  }

  /// The text `ocr-pair` typesets for a clean line: bold markers removed, tabs as spaces.
  package static func typeset(_ line: String) -> String {
    line.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "\t", with: " ")
      .trimmingCharacters(in: .whitespaces)
  }
}
