import Foundation

/// The bytes libFuzzer hands over.
func fuzzBytes(_ start: UnsafeRawPointer?, _ count: Int) -> [UInt8] {
  guard let start, count > 0 else { return [] }
  return Array(UnsafeRawBufferPointer(start: start, count: count))
}
