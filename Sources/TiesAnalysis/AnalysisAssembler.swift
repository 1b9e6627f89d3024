import TiesCore

/// The last stage of the analysis: who is listed, in what order, and what the reports need
/// besides the people.
struct AnalysisAssembler {
  let graph: InteractionGraph
  let resolution: PersonResolver.Result
  let facts: ThreadFacts

  func assemble(_ metrics: [PersonMetrics], settings: AnalysisSettings) -> Analysis {
    let ownerIndex = resolution.ownerIndex
    let listing = list(metrics)
    var position = [Int?](repeating: nil, count: metrics.count)
    for (offset, index) in listing.kept.enumerated() { position[index] = offset }
    let duplicates = resolution.possibleDuplicates.compactMap { pair -> (Int, Int, String)? in
      guard let first = position[pair.first], let second = position[pair.second] else { return nil }
      return (min(first, second), max(first, second), pair.reason)
    }
    let (start, end) = span()
    let (messaging, ownerPlatforms) = platforms()
    return Analysis(
      graph: graph, settings: settings, owner: ownerIndex.map { resolution.people[$0] },
      people: listing.kept.map { metrics[$0] },
      personOfIdentity: resolution.personOfIdentity.map { position[$0] },
      possibleDuplicates: duplicates.sorted { ($0.0, $0.1) < ($1.0, $1.1) },
      peopleWithoutEvidence: listing.withoutEvidence, excludedPeople: listing.excluded,
      start: start, end: end, messagingPlatforms: messaging.sorted(),
      ownerMissingOn: messaging.subtracting(ownerIndex == nil ? [] : ownerPlatforms).sorted())
  }

  /// The people listed, strongest first, and how many were left out and why.
  private func list(_ metrics: [PersonMetrics]) -> (
    kept: [Int], withoutEvidence: Int, excluded: Int
  ) {
    var kept: [Int] = []
    var withoutEvidence = 0
    var excluded = 0
    for index in metrics.indices where index != resolution.ownerIndex {
      let person = metrics[index]
      if person.person.isExcluded {
        excluded += 1
      } else if person.firstContact == nil && person.linkSummary.isEmpty && person.sharedGroups == 0
        && !person.hasDirectExchange
      {
        withoutEvidence += 1
      } else {
        kept.append(index)
      }
    }
    kept.sort { lhs, rhs in
      let (a, b) = (metrics[lhs], metrics[rhs])
      if a.strength != b.strength { return a.strength > b.strength }
      if a.category != b.category { return a.category > b.category }
      if a.person.name != b.person.name { return a.person.name < b.person.name }
      return a.person.id < b.person.id
    }
    return (kept, withoutEvidence, excluded)
  }

  /// The first and last dated interaction or link of the whole input.
  private func span() -> (start: Int64?, end: Int64?) {
    var (start, end) = (Int64.max, Int64.min)
    for thread in graph.threads.indices where facts.isUsed(thread) {
      start = min(start, facts.first[thread])
      end = max(end, facts.last[thread])
    }
    for link in graph.links {
      if let time = link.time {
        start = min(start, time)
        end = max(end, time)
      }
    }
    return start <= end ? (start, end) : (nil, nil)
  }

  /// The platforms with messages or calls, and those where the owner takes part.
  private func platforms() -> (messaging: Set<Platform>, owner: Set<Platform>) {
    let ownerIndex = resolution.ownerIndex
    let personOf = resolution.personOfIdentity
    var messaging: Set<Platform> = []
    var ownerPlatforms: Set<Platform> = []
    for (index, thread) in graph.threads.enumerated() {
      if facts.messages[index] { messaging.insert(thread.platform) }
      if facts.ownerWrote[index] { ownerPlatforms.insert(thread.platform) }
    }
    for thread in graph.threads
    where thread.participants.contains(where: { personOf[$0] == ownerIndex }) {
      ownerPlatforms.insert(thread.platform)
    }
    return (messaging, ownerPlatforms)
  }
}
