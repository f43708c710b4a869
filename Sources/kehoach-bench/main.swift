import Foundation
import PlanCLI

exit(BenchCommand.run(Array(CommandLine.arguments.dropFirst()), console: .system()))
