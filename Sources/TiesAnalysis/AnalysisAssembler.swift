import TiesCore

/// The last stage of the analysis: who is listed, in what order, and what the reports need
/// besides the people.
struct AnalysisAssembler {
  let graph: InteractionGraph
  let resolution: PersonResolver.Result

  func assemble(_ metrics: [PersonMetrics], settings: AnalysisSettings) -> Analysis {
    let ownerIndex = resolution.ownerIndex
    var kept: [Int] = []
    var withoutEvidence = 0
    var excluded = 0
    for index in metrics.indices where index != ownerIndex {
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
    var position = [Int?](repeating: nil, count: metrics.count)
    for (offset, index) in kept.enumerated() { position[index] = offset }
    let duplicates = resolution.possibleDuplicates.compactMap { pair -> (Int, Int, String)? in
      guard let first = position[pair.first], let second = position[pair.second] else { return nil }
      return (min(first, second), max(first, second), pair.reason)
    }
    var start: Int64?
    var end: Int64?
    func see(_ time: Int64) {
      start = min(start ?? time, time)
      end = max(end ?? time, time)
    }
    for interaction in graph.interactions { see(interaction.time) }
    for link in graph.links { if let time = link.time { see(time) } }
    let personOf = resolution.personOfIdentity
    // Public replies and mentions are posts, not messages or calls.
    var messaging: Set<Platform> = []
    var ownerPlatforms: Set<Platform> = []
    for interaction in graph.interactions {
      let platform = graph.threads[Int(interaction.thread)].platform
      if interaction.kind != .publicMention { messaging.insert(platform) }
      if personOf[Int(interaction.sender)] == ownerIndex { ownerPlatforms.insert(platform) }
    }
    for thread in graph.threads
    where thread.participants.contains(where: { personOf[$0] == ownerIndex }) {
      ownerPlatforms.insert(thread.platform)
    }
    return Analysis(
      graph: graph, settings: settings, owner: ownerIndex.map { resolution.people[$0] },
      people: kept.map { metrics[$0] }, personOfIdentity: personOf.map { position[$0] },
      possibleDuplicates: duplicates.sorted { ($0.0, $0.1) < ($1.0, $1.1) },
      peopleWithoutEvidence: withoutEvidence, excludedPeople: excluded, start: start, end: end,
      messagingPlatforms: messaging.sorted(),
      ownerMissingOn: messaging.subtracting(ownerIndex == nil ? [] : ownerPlatforms).sorted())
  }
}
