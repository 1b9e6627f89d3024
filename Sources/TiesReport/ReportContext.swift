import TiesAnalysis
import TiesCore

/// What every writer reads: the analysis and how the run was set up.
public struct ReportContext: Sendable {
  public var analysis: Analysis
  /// The zone naive local times were read in ("UTC" unless `--timezone`).
  public var assumedTimeZone: String
  public var version: String

  /// `inputs`: the paths given on the command line. When given, every file and diagnostic
  /// path is rewritten relative to its input (`#1/inbox/chat.json`) before any writer sees it.
  public init(
    analysis: Analysis, inputs: [String] = [], assumedTimeZone: String = "UTC", version: String
  ) {
    var analysis = analysis
    if !inputs.isEmpty {
      let paths = InputPaths(inputs)
      for index in analysis.graph.files.indices {
        analysis.graph.files[index].path = paths.relative(analysis.graph.files[index].path)
      }
      for index in analysis.graph.diagnostics.indices {
        analysis.graph.diagnostics[index].path = paths.relative(
          analysis.graph.diagnostics[index].path)
      }
    }
    self.analysis = analysis
    self.assumedTimeZone = assumedTimeZone
    self.version = version
  }

  /// `platform:key` of every identity of a person, sorted.
  func identities(of person: Person) -> String {
    person.identities.map { analysis.graph.identities[$0].key }.sorted().map(\.description)
      .joined(separator: ";")
  }
}
