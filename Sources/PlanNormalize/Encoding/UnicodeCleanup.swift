/// Placeholder until the encoding module lands: composes nothing.
package enum UnicodeCleanup {
  package static func repair(line: [Unicode.Scalar]) -> [LineEdit] { [] }
}
