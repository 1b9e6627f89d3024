import ArgumentParser
import TiesCore
import TiesImport

@main
struct TiesCommand: AsyncParsableCommand {
  static let version = "0.1.0"

  /// The platforms ties reads, from the registry, so that help never lags behind it.
  static var platformList: String {
    let names = PlatformRegistry.importers.map(\.platform.displayName)
    return names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
  }

  static let configuration = CommandConfiguration(
    commandName: "ties",
    abstract: "Find the two-way relationships among the links of your social-data exports.",
    discussion: """
      ties reads the data exports you download from \(platformList), offline, and tells \
      follower-style links apart from relationships that go both ways. It never opens a \
      network connection and never writes message text.

      Examples:
        ties analyze fixtures/exports/demo --out report
        ties analyze ~/Downloads/instagram-export ~/Chats --out out --me "Alice Martin"
        ties detect ~/Downloads/instagram-export

      Exit codes:
      \(ExitCodes.helpText)
      """,
    version: version,
    subcommands: [
      AnalyzeCommand.self, DetectCommand.self, CheckCommand.self, DiffCommand.self,
      BatchCommand.self,
    ],
    defaultSubcommand: nil
  )

  static func main() async {
    MemoryPolicy.apply()
    await main(nil)
  }
}
