import TiesAnalysis
import TiesCore

/// What every writer reads: the analysis and how the run was set up.
public struct ReportContext: Sendable {
  public var analysis: Analysis
  /// The zone naive local times were read in ("UTC" unless `--timezone`).
  public var assumedTimeZone: String
  public var version: String

  public init(analysis: Analysis, assumedTimeZone: String = "UTC", version: String) {
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
