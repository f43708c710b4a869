extension String {
  /// The number of Unicode scalars, the unit of every column this package reports.
  ///
  /// - Complexity: O(n) over the UTF-8 bytes, without grapheme breaking.
  public var scalarCount: Int {
    var count = 0
    for byte in utf8 where byte & 0xC0 != 0x80 { count += 1 }
    return count
  }
}
