/// Looks up a syllable by its lowercase letters without building a `String`.
///
/// Open addressing over a 64-bit FNV-1a hash of the scalars; a hit is verified against the
/// stored scalars. Each entry also records whether the surface is the new-style spelling
/// (`hoà`) of its syllable, which is how the document's tone style is read.
package struct SurfaceTable: Sendable {
  private var hashes: [UInt64]
  private var values: [Int32]  // syllable << 1 | isNewStyle
  private var starts: [Int32]
  private var lengths: [UInt8]
  private var storage: [UInt32] = []
  private let mask: Int

  package init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    hashes = [UInt64](repeating: 0, count: size)
    values = [Int32](repeating: -1, count: size)
    starts = [Int32](repeating: 0, count: size)
    lengths = [UInt8](repeating: 0, count: size)
    mask = size - 1
  }

  @inline(__always)
  package static func hash(_ scalars: some Collection<Unicode.Scalar>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for scalar in scalars {
      hash ^= UInt64(scalar.value)
      hash = hash &* 0x100_0000_01b3
    }
    return hash
  }

  package mutating func insert(_ surface: [Unicode.Scalar], syllable: Int32, isNewStyle: Bool) {
    guard surface.count < 256 else { return }
    let hash = Self.hash(surface)
    var index = Int(truncatingIfNeeded: hash >> 7) & mask
    while values[index] >= 0 {
      if hashes[index] == hash && matches(index, surface[...]) { return }
      index = (index + 1) & mask
    }
    hashes[index] = hash
    values[index] = syllable << 1 | (isNewStyle ? 1 : 0)
    starts[index] = Int32(storage.count)
    lengths[index] = UInt8(surface.count)
    storage.append(contentsOf: surface.map(\.value))
  }

  @inline(__always)
  private func matches(_ index: Int, _ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    guard Int(lengths[index]) == scalars.count else { return false }
    var position = Int(starts[index])
    for scalar in scalars {
      if storage[position] != scalar.value { return false }
      position += 1
    }
    return true
  }

  /// The syllable spelled by these lowercase scalars, and whether in the new style.
  @inline(__always)
  package func lookup(_ scalars: ArraySlice<Unicode.Scalar>) -> (syllable: Int32, isNewStyle: Bool)?
  {
    let hash = Self.hash(scalars)
    var index = Int(truncatingIfNeeded: hash >> 7) & mask
    while values[index] >= 0 {
      if hashes[index] == hash && matches(index, scalars) {
        return (values[index] >> 1, values[index] & 1 == 1)
      }
      index = (index + 1) & mask
    }
    return nil
  }
}
