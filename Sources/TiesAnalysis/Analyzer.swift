import TiesCore

/// Resolves people and measures every tie between the owner and someone else, in stages:
/// people, each source's coverage, events by person, each person's tie, the sorted result.
public struct Analyzer: Sendable {
  public var settings: AnalysisSettings
  /// What the user's people.yaml says; it wins over what the data suggests.
  public var overrides: PersonOverrides
  /// Events sorted in memory before a sorted run goes to a scratch file (32 bytes each:
  /// 8 MiB by default); smaller runs only trade memory for merging.
  public var sortRunLength = Analyzer.defaultSortRunLength
  public static let defaultSortRunLength = 1 << 18

  public init(
    settings: AnalysisSettings = AnalysisSettings(), overrides: PersonOverrides = PersonOverrides()
  ) {
    self.settings = settings
    self.overrides = overrides
  }

  public func analyze(_ input: InteractionGraph) -> Analysis {
    var graph = input
    let resolution = PersonResolver(overrides: overrides).resolve(graph)
    graph.diagnostics.append(contentsOf: resolution.diagnostics)
    let ownerIndex = resolution.ownerIndex
    let personOf = resolution.personOfIdentity
    var metrics = resolution.people.map(PersonMetrics.init)
    let sources = SourceCoverageBuilder.build(graph)
    let collected = EventCollector(
      graph, personOf: personOf, ownerIndex: ownerIndex, metrics: &metrics,
      runLength: sortRunLength)
    linkFacts(graph, personOf: personOf, into: &metrics)
    let measurer = TieMeasurer(settings: settings, sources: sources)
    var monthly: [[MonthlySeries.Row]] = .init(repeating: [], count: metrics.count)
    var events = collected.events.sorted()
    var pending = events.next()
    // One person at a time, their events streamed in the order the sort gives them.
    for index in metrics.indices {
      guard index != ownerIndex else {
        while let event = pending, event.person == index { pending = events.next() }
        continue
      }
      metrics[index].platforms = Set(
        metrics[index].person.identities.map { graph.identities[$0].key.platform }
      ).sorted()
      var tally = measurer.start(
        metrics[index], first: collected.first[index], last: collected.last[index])
      while let event = pending, event.person == index {
        tally.add(event)
        pending = events.next()
      }
      monthly[index] = tally.monthly.rows
      metrics[index] = measurer.finish(tally)
    }
    var analysis = AnalysisAssembler(graph: graph, resolution: resolution).assemble(
      metrics, settings: settings)
    analysis.sources = sources
    analysis.duplicatesMerged = collected.merged
    let listedIDs = Set(analysis.people.map(\.person.id))
    // Each person's rows are in month order already: listed people in id order, their rows
    // moved over, gives the table sorted without a second copy of it.
    let listed = metrics.indices.filter {
      $0 != ownerIndex && listedIDs.contains(metrics[$0].person.id)
    }.sorted { metrics[$0].person.id < metrics[$1].person.id }
    var rows: [MonthlySeries.Row] = []
    rows.reserveCapacity(listed.reduce(0) { $0 + monthly[$1].count })
    for index in listed {
      rows.append(contentsOf: monthly[index])
      monthly[index] = []
    }
    analysis.monthly = MonthlySeries(rows: rows)
    return analysis
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
