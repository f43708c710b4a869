import Foundation
import PlanCLI

exit(CommandLineTool.run(Array(CommandLine.arguments.dropFirst()), console: .system()))
