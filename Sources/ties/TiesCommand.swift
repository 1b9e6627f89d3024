import ArgumentParser

@main
struct TiesCommand: AsyncParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "ties",
    abstract: "Find the two-way relationships among the links of your social-data exports.",
    discussion: """
      ties reads the data exports you download from Facebook, Messenger, Instagram, \
      WhatsApp, X, LinkedIn and Discord (more platforms follow), offline, and tells follower-style links apart from relationships that go \
      both ways. It never opens a network connection and never writes message text.

      Examples:
        ties analyze fixtures/exports/demo --out report
        ties analyze ~/Downloads/instagram-export ~/Chats --out out --me "Alice Martin"
        ties detect ~/Downloads/instagram-export

      Exit codes: 0 success; 1 warnings under --strict; 2 an input is missing or holds \
      nothing ties reads; 3 the outputs could not be written; 64 invalid usage.
      """,
    version: version,
    subcommands: [
      AnalyzeCommand.self, DetectCommand.self, CheckCommand.self, DiffCommand.self,
      BatchCommand.self, ScanCSVCommand.self,
    ],
    defaultSubcommand: nil
  )
}
