import ArgumentParser
import Foundation
import TiesWorkflow

struct CheckCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Run regression cases: analyze each and compare with its expected outputs.",
    discussion: """
      A case is a folder holding expected/ (the outputs to compare: any of report.md, \
      people.csv, links.csv, summary.json and the other outputs) and the export, either as \
      export/ or as the archives and folders beside expected/. An 'args' file adds analyze \
      options (one or more per line, '#' comments); a people.yaml is passed as --people.

      Differences are told by meaning: people added or gone, category, direction, status and \
      layer changes with the old and new reason, totals that moved; a ties.sqlite by its \
      schema and rows, not its bytes.

      --update records every output the case's run writes into expected/ (an args file with \
      --format limits the set); expected files the run no longer writes are kept and fail.

      Exit codes: 0 every case matches; 1 a case differs; 2 a case could not run.

      Examples:
        ties check cases/*
        ties check cases/instagram-2024 --junit report.xml --jobs 4
        ties check cases/instagram-2024 --update
      """)

  @Argument(help: "Case folders.")
  var cases: [String]

  @Flag(help: "Record every output of each case's run as expected instead of comparing.")
  var update = false

  @Option(help: "Write a JUnit XML report to this file.")
  var junit: String?

  @Option(help: "Cases run at once.")
  var jobs: Int = 1

  func validate() throws {
    guard !cases.isEmpty else { throw ValidationError("give at least one case folder") }
    guard jobs > 0 else { throw ValidationError("--jobs must be positive") }
  }

  func run() async throws {
    var loaded: [CheckCase] = []
    var unusable = false
    for folder in cases {
      do {
        loaded.append(try CheckCase.load(folder: folder))
      } catch {
        Terminal.error("ties: error: \(error)")
        unusable = true
      }
    }
    let checker = CaseChecker(jobs: jobs, update: update, producer: Self.analyze)
    let results = await checker.run(loaded)
    for result in results { print(result.text, terminator: "") }
    let failed = results.filter { $0.outcome == .failed }.count
    let broken = results.filter {
      if case .broken = $0.outcome { return true }
      return false
    }.count
    print(
      "\(results.count) cases: \(results.count - failed - broken) ok, \(failed) differ, \(broken) could not run"
    )
    if let junit {
      do {
        try Data(JUnitWriter.render(results).utf8).write(to: URL(fileURLWithPath: junit))
      } catch {
        Terminal.error("ties: error: cannot write '\(junit)': \(error.localizedDescription)")
        throw ExitCodes.cannotWrite
      }
    }
    if unusable || broken > 0 { throw ExitCodes.nothingToRead }
    if failed > 0 { throw ExitCode(1) }
  }

  /// Runs `ties analyze` in this process with the case's arguments.
  @Sendable static func analyze(_ item: CheckCase, into folder: String) async throws {
    let command = try AnalyzeCommand.parse(item.inputs + item.arguments + ["--out", folder])
    do {
      try await command.run()
    } catch let code as ExitCode {
      throw CheckCase.Failure(description: "analyze exited with \(code.rawValue)")
    }
  }
}
