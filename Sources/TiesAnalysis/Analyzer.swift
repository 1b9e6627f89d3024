import TiesCore

/// Resolves people and measures every tie between the owner and someone else, in stages:
/// people, each source's coverage, events by person, each person's tie, the sorted result.
public struct Analyzer: Sendable {
  public var settings: AnalysisSettings
  /// What the user's people.yaml says; it wins over what the data suggests.
  public var overrides: PersonOverrides
  /// Events sorted in memory before a sorted run goes, packed, to a scratch file (24 bytes
  /// each in memory: 6 MiB by default); smaller runs only trade memory for merging.
  public var sortRunLength = Analyzer.defaultSortRunLength
  public static let defaultSortRunLength = 1 << 18
  /// How many parts of the run are filed by person at once (the results do not depend on it).
  public var jobs = 1

  public init(
    settings: AnalysisSettings = AnalysisSettings(), overrides: PersonOverrides = PersonOverrides()
  ) {
    self.settings = settings
    self.overrides = overrides
  }

  public func analyze(_ input: InteractionGraph) -> Analysis {
    var graph = input
    let (resolved, search) = PersonResolver(overrides: overrides).resolveLeavingDuplicates(graph)
    var resolution = resolved
    let duplicates = jobs > 1 ? SideThread(search.find) : nil
    graph.diagnostics.append(contentsOf: resolution.diagnostics)
    let ownerIndex = resolution.ownerIndex
    let personOf = resolution.personOfIdentity
    var metrics = resolution.people.map(PersonMetrics.init)
    let collected = EventCollector(
      graph, personOf: personOf, ownerIndex: ownerIndex, metrics: &metrics,
      runLength: sortRunLength, jobs: jobs)
    let facts = collected.facts
    let sources = SourceCoverageBuilder.build(graph, facts: facts)
    linkFacts(graph, personOf: personOf, into: &metrics)
    let merged = collected.merged
    let measurement = PeopleMeasurement(
      measurer: TieMeasurer(settings: settings, sources: sources), graph: graph,
      ownerIndex: ownerIndex)
    let monthly = measurement.run(
      &metrics, collected: collected,
      parts: RunParts.count(jobs: jobs, total: graph.interactionCount, minimum: 2 * sortRunLength))
    resolution.possibleDuplicates = duplicates?.value() ?? search.find()
    var analysis = AnalysisAssembler(graph: graph, resolution: resolution, facts: facts).assemble(
      metrics, settings: settings)
    analysis.sources = sources
    analysis.threadTotals = facts.totals
    analysis.duplicatesMerged = merged
    let listed = Set(analysis.people.map(\.person.id))
    analysis.monthly = Self.table(monthly, of: metrics, listed: listed, ownerIndex: ownerIndex)
    return analysis
  }

  /// The monthly table of the listed people, sorted by person id, month and direction. Each
  /// person's rows are in month order already, so the people in id order give the table
  /// without a second copy of it or a sort.
  private static func table(
    _ monthly: consuming [[MonthlySeries.Row]], of metrics: [PersonMetrics], listed: Set<String>,
    ownerIndex: Int?
  ) -> MonthlySeries {
    let people = metrics.indices.filter {
      $0 != ownerIndex && listed.contains(metrics[$0].person.id)
    }.sorted { metrics[$0].person.id < metrics[$1].person.id }
    var rows: [MonthlySeries.Row] = []
    rows.reserveCapacity(people.reduce(0) { $0 + monthly[$1].count })
    for index in people {
      rows.append(contentsOf: monthly[index])
      monthly[index] = []
    }
    return MonthlySeries(rows: rows)
  }

  /// Who follows whom, per platform, from follow-type links only; every link in the summary.
  private func linkFacts(
    _ graph: InteractionGraph, personOf: [Int], into metrics: inout [PersonMetrics]
  ) {
    var summaries = [Set<String>](repeating: [], count: metrics.count)
    for link in graph.links {
      let person = personOf[link.identity]
      summaries[person].insert(
        "\(link.platform.rawValue):\(link.kind.rawValue):\(link.direction.rawValue)")
      // An address-book contact is not a follow; blocks and removals are not ties.
      guard LinkClassifier.isFollow(link.kind, on: link.platform) else { continue }
      if link.direction != .outgoing, !metrics[person].followsYou.contains(link.platform) {
        metrics[person].followsYou.append(link.platform)
      }
      if link.direction != .incoming, !metrics[person].youFollow.contains(link.platform) {
        metrics[person].youFollow.append(link.platform)
      }
    }
    for index in metrics.indices {
      metrics[index].linkSummary = summaries[index].sorted()
      metrics[index].followsYou.sort()
      metrics[index].youFollow.sort()
    }
  }
}
