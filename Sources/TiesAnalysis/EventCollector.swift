import TiesCore

/// Files the run's interactions by person: one-to-one events with the owner for the
/// conversation analysis, and the rest (their group messages, messages in exports that hold
/// one side only) as contact that adds to strength but says nothing about balance. The
/// events go to `ExternalSorter`s, so that each person's history is read in time order
/// without every person's being held at once. With `jobs` above one, the run is filed in
/// parts on both cores; the sorted events, counts and times are the same for any split.
struct EventCollector {
  /// One sorter per part of the run; `mergedEvents` merges them.
  private var parts: [ExternalSorter<PersonEvent>] = []
  /// Messages dropped as copies read from two overlapping exports.
  var merged = 0
  /// How many events each person has.
  var eventCounts: [Int]
  /// Each person's first and last event, of any kind: known before their events are read.
  var first: [Int64?]
  var last: [Int64?]
  /// What the run says of each thread, every interaction counted (copies too).
  var facts: ThreadFacts

  init(
    _ graph: InteractionGraph, personOf: [Int], ownerIndex: Int?,
    metrics: inout [PersonMetrics], runLength: Int = 1 << 18, jobs: Int = 1
  ) {
    first = .init(repeating: nil, count: metrics.count)
    last = .init(repeating: nil, count: metrics.count)
    eventCounts = .init(repeating: 0, count: metrics.count)
    // Which person each one-to-one thread is with; groups each person is in.
    var partnerOfThread = [Int?](repeating: nil, count: graph.threads.count)
    for (index, thread) in graph.threads.enumerated() {
      let members = Set(thread.participants.map { personOf[$0] }).subtracting(
        ownerIndex.map { [$0] } ?? [])
      if thread.isGroup {
        for member in members { metrics[member].sharedGroups += 1 }
      } else if members.count == 1, ownerIndex != nil {
        partnerOfThread[index] = members.first
      }
    }
    let familyOfThread = Deduplicator.families(graph, partnerOfThread)
    let total = graph.interactionCount
    // Two parts pay off once the run fills two sorted runs; each sorts in runs half as long,
    // so that filing in parallel holds no more events in its buffers than filing alone.
    let count = RunParts.count(jobs: jobs, total: total, minimum: 2 * runLength)
    let filing = EventFiling(
      graph: graph, personOf: personOf, ownerIndex: ownerIndex, partnerOfThread: partnerOfThread,
      familyOfThread: familyOfThread, people: metrics.count, runLength: max(1, runLength / count),
      readLength: (1 << 12) / count)
    var filed = RunParts.map(count: count, total: total, filing.file)
    facts = ThreadFacts(filed.map(\.facts))
    // The twins' copies compared, then their events filed but for the copies to drop: a
    // second pass over the stretches of the run where the twins lie, not over all of it.
    // The places to drop are few (copies from overlapping exports), 8 bytes each, and each
    // part finds its first by binary search.
    var (copies, merged) = Deduplicator.drops(
      filed.indices.map { filed[$0].takeCopies() }, runLength: runLength)
    self.merged = merged
    var places: [Int64] = []
    while let drop = copies.next() { places.append(drop) }
    let drops = places
    let stretches = facts.stretches(of: familyOfThread.indices.filter { familyOfThread[$0] >= 0 })
    let covered = stretches.reduce(0) { $0 + $1.count }
    if covered > 0 {
      let bounds = (0...filed.count).map { covered * $0 / filed.count }
      RunParts.update(&filed) { part, index in
        let places = Deduplicator.places(bounds[index]..<bounds[index + 1], of: stretches)
        filing.fileTwins(places, dropping: drops, into: &part)
      }
    }
    for part in filed {
      parts.append(part.events)
      for person in metrics.indices {
        metrics[person].ownerOnlyMessages += part.ownerOnlyMessages[person]
        metrics[person].groupMessages += part.groupMessages[person]
        metrics[person].unattributedMessages += part.unattributedMessages[person]
        eventCounts[person] += part.eventCounts[person]
        if let time = part.first[person] { first[person] = min(first[person] ?? time, time) }
        if let time = part.last[person] { last[person] = max(last[person] ?? time, time) }
      }
    }
  }

  /// Every part's events, sorted and ready to merge.
  consuming func sortedRuns() -> [ExternalSorter<PersonEvent>.Runs] {
    parts.map { $0.finish() }
  }

  /// The parts' sorted events merged into one order (by person, time and place in the
  /// run), from the first event of `person` on; `merges` as many at once share the read
  /// budget.
  static func mergedEvents(
    _ runs: [ExternalSorter<PersonEvent>.Runs], from person: Int = 0, merges: Int = 1
  ) -> MergedRuns<PersonEvent> {
    let lowest =
      person == 0 ? nil : PersonEvent(person: person, time: .min, order: 0, role: .direct)
    return MergedRuns(runs, from: lowest, merges: merges)
  }
}
