import ArgumentParser
import TiesCore
import TiesImport

struct DetectCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "detect",
    abstract: "Show what ties recognizes in the inputs, and who the owner seems to be.",
    discussion: """
      Per platform: the layout eras, the files it will use and what each holds, the owner. \
      Then every file no platform uses, with the reason.

      Example:
        ties detect ~/Downloads/instagram-export
      """)

  @OptionGroup var input: InputOptions

  func run() async throws {
    let run = try await input.load()
    print(DetectionListing(run: run).render(), terminator: "")
    if run.detection.claimed.isEmpty { throw ExitCodes.nothingToRead }
  }
}
