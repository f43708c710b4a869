/// Finds the syllable skeletons within a small edit distance of a query skeleton.
///
/// Symmetric-delete index: every skeleton is stored under itself and under each form with
/// up to two letters deleted; a query looks up itself and its forms with up to two letters
/// deleted. Two skeletons meet when deleting at most two letters from each gives the same
/// string: every neighbour within edit distance two, such as `ctia` ~ `cua` (one extra
/// letter, one wrong) and `trude` ~ `truoc` (two wrong letters, `trước` read as `trude`),
/// and some farther ones that the caller's distance check drops. Skeletons are packed eight
/// bits a letter into a `UInt64`, so at most eight letters are indexed.
package struct SkeletonIndex: Sendable {
  /// Sorted (packed form << 16 | skeleton id) entries.
  private let entries: [UInt64]
  package let skeletons: [[UInt8]]
  /// Skeleton ids by length.
  private let idsByLength: [[Int]]

  package static let maximumLength = 8

  package init(skeletons: [[UInt8]]) {
    self.skeletons = skeletons
    var entries: [UInt64] = []
    entries.reserveCapacity(skeletons.count * 16)
    for (id, skeleton) in skeletons.enumerated() where skeleton.count <= Self.maximumLength {
      guard id < 1 << 16 else { break }
      for form in Self.deletions(of: skeleton, upTo: 2) {
        entries.append(form << 16 | UInt64(id))
      }
    }
    entries.sort()
    self.entries = entries
    var byLength = [[Int]](repeating: [], count: 16)
    for (id, skeleton) in skeletons.enumerated() where skeleton.count < byLength.count {
      byLength[skeleton.count].append(id)
    }
    idsByLength = byLength
  }

  /// Packs up to eight ASCII letters; the length is implied by the non-zero bytes.
  @inline(__always)
  package static func pack(_ letters: some Sequence<UInt8>) -> UInt64 {
    var value: UInt64 = 0
    for letter in letters { value = value << 8 | UInt64(letter) }
    return value
  }

  /// The letters of a packed skeleton.
  package static func unpack(_ value: UInt64) -> [UInt8] {
    var letters: [UInt8] = []
    var rest = value
    while rest != 0 {
      letters.append(UInt8(truncatingIfNeeded: rest & 0xFF))
      rest >>= 8
    }
    return letters.reversed()
  }

  /// The packed forms of `skeleton` with up to `limit` letters deleted (itself included).
  package static func deletions(of skeleton: [UInt8], upTo limit: Int) -> [UInt64] {
    var result = [pack(skeleton)]
    guard limit > 0, !skeleton.isEmpty else { return result }
    for i in skeleton.indices {
      var one = skeleton
      one.remove(at: i)
      if !one.isEmpty { result.append(pack(one)) }
      if limit > 1 {
        for j in one.indices where j >= i {
          var two = one
          two.remove(at: j)
          if !two.isEmpty { result.append(pack(two)) }
        }
      }
    }
    return result
  }

  /// Ids of every skeleton whose length is in `lengths`.
  package func ids(lengths: ClosedRange<Int>) -> [Int] {
    var result: [Int] = []
    for length in lengths where length >= 1 && length < idsByLength.count {
      result += idsByLength[length]
    }
    return result
  }

  /// Ids of skeletons that meet `query` in the index, each once, in increasing order.
  ///
  /// - Complexity: O(k² log n) for a query of k letters and n index entries.
  package func neighbours(of query: [UInt8], deleting limit: Int) -> [Int] {
    guard query.count <= Self.maximumLength + limit else { return [] }
    var found: [Int] = []
    for form in Self.deletions(of: query, upTo: limit) {
      // Entries with this form occupy a contiguous run of the sorted array.
      let low = form << 16
      var lower = 0
      var upper = entries.count
      while lower < upper {
        let middle = (lower + upper) / 2
        if entries[middle] < low { lower = middle + 1 } else { upper = middle }
      }
      var index = lower
      while index < entries.count, entries[index] >> 16 == form {
        found.append(Int(entries[index] & 0xFFFF))
        index += 1
      }
    }
    found.sort()
    var unique: [Int] = []
    unique.reserveCapacity(found.count)
    for id in found where unique.last != id { unique.append(id) }
    return unique
  }
}
