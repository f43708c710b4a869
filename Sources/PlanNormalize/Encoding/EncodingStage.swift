/// The encoding and Unicode repairs applied to every line before OCR repair.
package enum EncodingStage {
  package static func apply(to lines: inout [LineInProgress]) {
    for index in lines.indices {
      lines[index].apply(UnicodeCleanup.repair(line: lines[index].scalars))
    }
  }
}
