import Foundation
import PlanNormalize

/// Reads a command's input: a path, or `-` for standard input.
package enum InputFile {
  /// The display name of an input: the path as given, or `<stdin>`.
  package static func displayName(_ path: String, stdinName: String?) -> String {
    path == "-" ? (stdinName ?? "<stdin>") : path
  }

  /// The bytes of the input.
  ///
  /// - Throws: `InputFileError` for a missing, unreadable or directory path.
  package static func read(_ path: String, console: Console) throws -> [UInt8] {
    if path == "-" { return console.readStandardInput() }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw InputFileError(message: "no such file")
    }
    if isDirectory.boolValue { throw InputFileError(message: "is a directory") }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw InputFileError(message: "cannot read file")
    }
    return Array(data)
  }

  /// Reports an error reading or decoding one input as `<name>: error: <reason>`.
  ///
  /// - Returns: 2, the exit status of an input error.
  package static func report(_ error: any Error, input display: String, console: Console)
    -> Int32
  {
    let reason: String
    switch error {
    case let error as InputFileError: reason = error.message
    case let error as InputError: reason = error.description
    default: reason = "\(error)"
    }
    console.error("\(display): error: \(reason)\n")
    return 2
  }

  /// Writes to a temporary file beside `path` and renames it into place.
  package static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
    do {
      try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw InputFileError(message: "cannot write '\(path)': \(error.localizedDescription)")
    }
  }
}

/// Where a command's requested output goes: `--output FILE` (atomically) or standard output.
package enum CommandOutput {
  /// Writes `text`; on failure reports `error: ...` and returns exit status 2.
  package static func emit(_ text: String, to path: String?, console: Console) -> Int32? {
    guard let path else {
      console.write(text)
      return nil
    }
    do {
      try InputFile.writeAtomically(Array(text.utf8), to: path)
      return nil
    } catch let error as InputFileError {
      console.error("error: \(error.message)\n")
    } catch {
      console.error("error: \(error)\n")
    }
    return 2
  }
}

/// An input or output file problem (exit status 2).
package struct InputFileError: Error {
  package var message: String
}
