import Foundation
import PlanCLI

exit(TablesCommand.run(Array(CommandLine.arguments.dropFirst()), console: .system()))
