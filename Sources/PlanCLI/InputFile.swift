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
    return try read(file: path)
  }

  /// The bytes of a file (not standard input); safe to call from any thread.
  ///
  /// - Throws: `InputFileError` for a missing, unreadable or directory path.
  package static func read(file path: String) throws -> [UInt8] {
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
    console.error("\(display): error: \(reason(for: error))\n")
    return 2
  }

  /// Why an input could not be read or decoded, in words.
  package static func reason(for error: any Error) -> String {
    switch error {
    case let error as InputFileError: error.message
    case let error as InputError: error.description
    default: "\(error)"
    }
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

/// An output written as it is produced and put in place atomically at the end: lines go to
/// a temporary file beside the target (a symlink's target), renamed over it by `commit()`.
/// A target that is not a regular file (`/dev/null`, a pipe) is written directly. A write
/// that fails (a full disk) is remembered and reported by `commit()`, which then removes
/// the temporary file.
package final class StreamingOutputFile {
  private let handle: FileHandle
  private let temporaryPath: String?
  private let path: String
  private var failure: String?

  package init(path given: String) throws {
    let path = URL(fileURLWithPath: given).resolvingSymlinksInPath().path
    self.path = path
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
    if exists, isDirectory.boolValue {
      throw InputFileError(message: "cannot write '\(given)': is a directory")
    }
    let attributes = exists ? try? FileManager.default.attributesOfItem(atPath: path) : nil
    let isRegular = (attributes?[.type] as? FileAttributeType).map { $0 == .typeRegular } ?? true
    if exists, !isRegular {
      guard let handle = FileHandle(forWritingAtPath: path) else {
        throw InputFileError(message: "cannot write '\(given)'")
      }
      self.handle = handle
      temporaryPath = nil
      return
    }
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp"
    ).path
    guard FileManager.default.createFile(atPath: temporary, contents: nil),
      let handle = FileHandle(forWritingAtPath: temporary)
    else { throw InputFileError(message: "cannot write '\(given)'") }
    self.handle = handle
    temporaryPath = temporary
  }

  package func write(_ text: String) {
    guard failure == nil else { return }
    do {
      try handle.write(contentsOf: Data(text.utf8))
    } catch {
      failure = error.localizedDescription
    }
  }

  /// Closes the file and renames it into place.
  ///
  /// - Throws: `InputFileError` when a write failed or the rename did; the temporary file
  ///   is removed either way.
  package func commit() throws {
    try? handle.close()
    if let failure {
      if let temporaryPath { try? FileManager.default.removeItem(atPath: temporaryPath) }
      throw InputFileError(message: "cannot write '\(path)': \(failure)")
    }
    guard let temporaryPath else { return }
    if rename(temporaryPath, path) != 0 {
      try? FileManager.default.removeItem(atPath: temporaryPath)
      throw InputFileError(message: "cannot write '\(path)'")
    }
  }
}
