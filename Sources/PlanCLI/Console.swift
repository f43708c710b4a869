import Foundation

/// Where a command reads and writes: the real streams, or buffers in tests.
package final class Console: @unchecked Sendable {
  package var standardOutput: [UInt8] = []
  package var standardError: [UInt8] = []
  private let capture: Bool
  private let input: () -> [UInt8]
  /// Whether standard error is a terminal (progress and colour only then).
  package let errorIsTerminal: Bool

  /// The process's own streams.
  package static func system() -> Console {
    Console(
      capture: false,
      input: { Array(FileHandle.standardInput.readDataToEndOfFile()) },
      errorIsTerminal: isatty(2) == 1)
  }

  /// Buffers, for tests; `input` is what standard input holds.
  package static func capturing(input: [UInt8] = []) -> Console {
    Console(capture: true, input: { input }, errorIsTerminal: false)
  }

  private init(capture: Bool, input: @escaping () -> [UInt8], errorIsTerminal: Bool) {
    self.capture = capture
    self.input = input
    self.errorIsTerminal = errorIsTerminal
  }

  package func readStandardInput() -> [UInt8] { input() }

  package func write(_ text: String) {
    if capture {
      standardOutput += Array(text.utf8)
    } else {
      FileHandle.standardOutput.write(Data(text.utf8))
    }
  }

  package func error(_ text: String) {
    if capture {
      standardError += Array(text.utf8)
    } else {
      FileHandle.standardError.write(Data(text.utf8))
    }
  }

  package var outputText: String { String(decoding: standardOutput, as: UTF8.self) }
  package var errorText: String { String(decoding: standardError, as: UTF8.self) }
}
