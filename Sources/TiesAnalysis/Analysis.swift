import TiesCore

/// The result of analyzing a run: people with their metrics, and what the reports need
/// besides.
public struct Analysis: Sendable {
  public var graph: InteractionGraph
  public var settings: AnalysisSettings
  public var owner: Person?
  /// Everyone but the owner, strongest first, then by name and id.
  public var people: [PersonMetrics]
  /// For every identity of the graph, the index of its person in `people`, or nil for the
  /// owner and for people left out for lack of any evidence.
  public var personOfIdentity: [Int?]
  public var possibleDuplicates: [(first: Int, second: Int, reason: String)]
  /// Names seen only as members of threads nobody wrote in, with no link: not listed.
  public var peopleWithoutEvidence: Int
  /// People the user's people.yaml excludes (bots, businesses): counted, not listed.
  public var excludedPeople: Int
  /// The first and last instant the export records.
  public var start: Int64?
  public var end: Int64?

  /// Platforms that contributed messages, calls or reactions.
  public var messagingPlatforms: [Platform]

  /// Messaging platforms where the owner is in no thread: what was sent there cannot be told
  /// from what was received.
  public var ownerMissingOn: [Platform]

  /// Each source's own start and end, and whether it has a call log.
  public var sources: [SourceCoverage] = []
  /// Messages read twice from overlapping exports and counted once.
  public var duplicatesMerged = 0
  /// Each person's direct contact per month and direction.
  public var monthly = MonthlySeries()
  /// Messages, calls and reactions per thread of `graph`, by index; empty when whoever
  /// made this analysis did not count them (the reports then count them from the graph).
  public var threadTotals: [ThreadTotals] = []

  public var platforms: [Platform] {
    Set(graph.files.compactMap { $0.status == .skipped ? nil : $0.platform }).sorted()
  }
}
