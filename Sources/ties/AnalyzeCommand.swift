import ArgumentParser
import Foundation
import TiesAnalysis
import TiesConfig
import TiesCore
import TiesImport
import TiesReport

struct AnalyzeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "analyze",
    abstract: "Read exports and write the reports.",
    discussion: """
      Writes report.md, people.csv, links.csv, summary.json, report.html, ties.sqlite, \
      network.graphml and timeline.csv into --out (docs/outputs.md). The same input gives the \
      same bytes, wherever the input lies: paths in the outputs are relative to their input \
      (#1/inbox/...). Warnings go to standard error as 'path:line: warning: message'.

      Examples:
        ties analyze fixtures/exports/demo --out report
        ties analyze export/ chats/ --out out --me "Alice Martin" --format md,csv
        ties analyze chat.txt --out out --date-order dmy --timezone Europe/Berlin
        ties analyze exports/ --out out --people people.yaml
      """)

  @OptionGroup var input: InputOptions

  @Option(help: "Folder to write the reports into (created if missing).")
  var out: String

  @Option(
    help: "Formats to write, comma-separated: md, csv, json, html, sqlite, graphml, timeline.")
  var format: String = ReportFormat.allCases.map(\.rawValue).joined(separator: ",")

  @Option(
    help: ArgumentHelp(
      "A people.yaml that merges, splits, renames, marks kin and excludes people.",
      discussion: "See docs/identity.md.", valueName: "file"))
  var people: String?

  @Flag(help: "Exit with code 1 when any warning was printed.")
  var strict = false

  @OptionGroup(title: "Thresholds") var thresholds: ThresholdOptions

  func validate() throws {
    _ = try formats()
  }

  private func formats() throws -> [ReportFormat] {
    var result: [ReportFormat] = []
    for name in format.split(separator: ",").map({
      $0.trimmingCharacters(in: .whitespaces).lowercased()
    }) {
      guard let format = ReportFormat(rawValue: name) else {
        throw ValidationError(
          "unknown format '\(name)'; use \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))"
        )
      }
      if !result.contains(format) { result.append(format) }
    }
    guard !result.isEmpty else { throw ValidationError("--format names no format") }
    return result
  }

  func run() async throws {
    var overrides = PersonOverrides()
    var peopleWarnings: [Diagnostic] = []
    if let people {
      do {
        (overrides, peopleWarnings) = try PeopleFile.load(path: people)
      } catch let failure as PeopleFile.Failure {
        Terminal.error("ties: \(failure)")
        throw ExitCodes.badPeopleFile
      }
    }
    var run = try await input.load()
    run.graph.diagnostics.append(contentsOf: peopleWarnings)
    if run.detection.claimed.isEmpty {
      Terminal.error(
        "ties: error: no supported export file found in \(input.paths.joined(separator: ", "))")
      throw ExitCodes.nothingToRead
    }
    MemoryPolicy.releaseFreePages()
    var analyzer = Analyzer(settings: thresholds.settings, overrides: overrides)
    analyzer.sortRunLength = input.sortRun
    analyzer.jobs = input.jobs
    let analysis = analyzer.analyze(run.graph)
    MemoryPolicy.releaseFreePages()
    let resolutionWarnings = analysis.graph.diagnostics.dropFirst(run.graph.diagnostics.count)
    for diagnostic in peopleWarnings + resolutionWarnings { Terminal.print(diagnostic) }
    let context = ReportContext(
      analysis: analysis, inputs: input.paths, assumedTimeZone: input.timezone ?? "UTC",
      version: TiesCommand.version)
    do {
      try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
      for format in try formats() {
        for writer in ReportWriters.writers(for: format) {
          let path = (out as NSString).appendingPathComponent(writer.fileName)
          try writer.write(context, to: path)
        }
      }
    } catch {
      Terminal.error("ties: error: cannot write to '\(out)': \(error.localizedDescription)")
      throw ExitCodes.cannotWrite
    }
    if strict && !analysis.graph.diagnostics.isEmpty { throw ExitCodes.strictWarnings }
  }
}
