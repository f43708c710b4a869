/// The `kehoach` command: dispatches to subcommands and returns the exit status.
///
/// Exit status: 0 success; 1 findings (invalid, non-compliant); 2 usage or input error.
/// Only `main.swift` calls `exit`.
package enum CommandLineTool {
  package static let version = "0.1.0"

  package static let overview = """
    OVERVIEW: Turn Vietnamese government plan documents into checkable data.

    USAGE: kehoach <subcommand> [options]

    SUBCOMMANDS:
      normalize   \(NormalizeCommand.abstract)
      parse       \(ParseCommand.abstract)
      validate    \(ValidateCommand.abstract)
      check       \(CheckCommand.abstract)

    OPTIONS:
      --version   Show the version.
      -h, --help  Show this help.

    See 'kehoach help <subcommand>' for a subcommand's options.
    EXIT STATUS: 0 success; 1 findings; 2 usage or input error.
    """

  package static func run(_ arguments: [String], console: Console) -> Int32 {
    guard let first = arguments.first else {
      return usageFailure("missing subcommand", command: nil, console: console)
    }
    let rest = Array(arguments.dropFirst())
    switch first {
    case "-h", "--help":
      console.write(overview + "\n")
      return 0
    case "--version":
      console.write(version + "\n")
      return 0
    case "help":
      if rest.first == NormalizeCommand.name {
        console.write(NormalizeCommand.help + "\n")
      } else if rest.first == ParseCommand.name {
        console.write(ParseCommand.help + "\n")
      } else if rest.first == ValidateCommand.name {
        console.write(ValidateCommand.help + "\n")
      } else if rest.first == CheckCommand.name {
        console.write(CheckCommand.help + "\n")
      } else {
        console.write(overview + "\n")
      }
      return 0
    case NormalizeCommand.name:
      return NormalizeCommand.run(rest, console: console)
    case ParseCommand.name:
      return ParseCommand.run(rest, console: console)
    case ValidateCommand.name:
      return ValidateCommand.run(rest, console: console)
    case CheckCommand.name:
      return CheckCommand.run(rest, console: console)
    default:
      return usageFailure("unknown subcommand '\(first)'", command: nil, console: console)
    }
  }

  /// Prints `error: ...`, the usage line and where to find help; returns 2.
  package static func usageFailure(_ message: String, command: String?, console: Console) -> Int32 {
    console.error("error: \(message)\n")
    if let command {
      console.error("Usage: kehoach \(command) [options] <file|->\n")
      console.error("See 'kehoach \(command) --help'.\n")
    } else {
      console.error("Usage: kehoach <subcommand> [options]\nSee 'kehoach --help'.\n")
    }
    return 2
  }
}
