import PlanText
import XCTest

final class UTF8ValidationTests: XCTestCase {
  func testUTF8ValidationRejectsMalformedSequences() {
    let cases: [(bytes: [UInt8], offset: Int?, name: String)] = [
      ([0x41, 0xC3, 0xA9], nil, "é"),
      ([0xE1, 0xBA, 0xBF], nil, "ế"),
      ([0xF0, 0x9F, 0x98, 0x80], nil, "emoji"),
      ([0xC0, 0xAF], 0, "overlong 2-byte"),
      ([0xE0, 0x80, 0xAF], 0, "overlong 3-byte"),
      ([0xED, 0xA0, 0x80], 0, "surrogate"),
      ([0xF4, 0x90, 0x80, 0x80], 0, "above U+10FFFF"),
      ([0x41, 0x80], 1, "lone continuation"),
      ([0x41, 0xE1, 0xBA], 1, "truncated"),
      ([0xF5, 0x80, 0x80, 0x80], 0, "F5 lead"),
    ]
    for item in cases {
      XCTAssertEqual(UTF8Validation.firstInvalidOffset(in: item.bytes), item.offset, item.name)
    }
  }
}
