import ArgumentParser
import Foundation
import TiesWorkflow

struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Compare two runs: who is new or gone, faded, one-sided, unfollowed.",
    discussion: """
      OLD and NEW are each the output folder of an earlier 'ties analyze' run (people.csv \
      needed; links.csv and summary.json used when there) or its ties.sqlite, read-only; a \
      folder on one side and a database on the other give the same answer as two folders. \
      People are matched by person id, then by a shared identity.

      Exit codes: 0 compared (changes or none); 2 a side cannot be read.

      Examples:
        ties diff out-2024 out-2025
        ties diff archive/2024/ties.sqlite out-2025
        ties diff out-2024 out-2025 --json --strength-threshold 10
      """)

  @Argument(help: "The earlier output folder or ties.sqlite.") var old: String
  @Argument(help: "The later output folder or ties.sqlite.") var new: String

  @Flag(help: "Write JSON instead of Markdown.") var json = false

  @Option(help: "Strength points (0–100) a tie must move to be listed.")
  var strengthThreshold: Int = 20

  func run() throws {
    let before: RunOutput
    let after: RunOutput
    do {
      before = try RunOutput.load(old)
      after = try RunOutput.load(new)
    } catch {
      Terminal.error("ties: error: \(error)")
      throw ExitCodes.nothingToRead
    }
    let diff = RunDiff.compare(before, after, strengthThreshold: strengthThreshold)
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      encoder.keyEncodingStrategy = .convertToSnakeCase
      print(String(decoding: try encoder.encode(diff), as: UTF8.self))
    } else {
      print(RunDiffMarkdown.render(diff, old: old, new: new), terminator: "")
    }
  }
}
