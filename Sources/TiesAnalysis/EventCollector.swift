import TiesCore

/// Files the run's interactions by person: one-to-one events with the owner for the
/// conversation analysis, and the rest (their group messages, messages in exports that hold
/// one side only) as contact that adds to strength but says nothing about balance. The
/// events go to an `ExternalSorter`, so that each person's history is read in time order
/// without every person's being held at once.
struct EventCollector {
  /// Every event, sorted by person, time and place in the run when read.
  var events: ExternalSorter<PersonEvent>
  /// Messages dropped as copies read from two overlapping exports.
  var merged = 0
  /// Each person's first and last event, of any kind: known before their events are read.
  var first: [Int64?]
  var last: [Int64?]

  init(
    _ graph: InteractionGraph, personOf: [Int], ownerIndex: Int?,
    metrics: inout [PersonMetrics], runLength: Int = 1 << 18
  ) {
    events = ExternalSorter(runLength: runLength)
    first = .init(repeating: nil, count: metrics.count)
    last = .init(repeating: nil, count: metrics.count)
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
    var (drops, merged) = Deduplicator.duplicates(
      in: graph, personOf: personOf, partnerOfThread: partnerOfThread, runLength: runLength)
    self.merged = merged
    let isGroup = graph.threads.map(\.isGroup)
    let onlyOwner = graph.threads.map(\.onlyOwnerMessages)
    var first = self.first
    var last = self.last
    var events = self.events
    func file(_ event: PersonEvent) {
      events.append(event)
      let person = Int(event.person)
      first[person] = min(first[person] ?? event.time, event.time)
      last[person] = max(last[person] ?? event.time, event.time)
    }
    var nextDrop = drops.next()
    var order = 0
    graph.forEachInteraction { interaction in
      defer { order += 1 }
      if nextDrop == Int64(order) {
        nextDrop = drops.next()
        return
      }
      let sender = personOf[Int(interaction.sender)]
      let fromOwner = sender == ownerIndex
      let thread = Int(interaction.thread)
      if let partner = partnerOfThread[thread] {
        guard fromOwner || sender == partner else { return }
        if onlyOwner[thread] {
          // Their replies are not in the export: contact, but no evidence of balance.
          if interaction.kind == .message { metrics[partner].ownerOnlyMessages += 1 }
          file(PersonEvent(person: partner, time: interaction.time, order: order, role: .ownerOnly))
          return
        }
        file(
          PersonEvent(
            person: partner, time: interaction.time, order: order, length: interaction.length,
            role: .direct, kind: interaction.kind, outcome: interaction.callOutcome,
            fromOwner: fromOwner))
      } else if !fromOwner {
        guard interaction.kind == .message else { return }
        if isGroup[thread] {
          metrics[sender].groupMessages += 1
          file(
            PersonEvent(person: sender, time: interaction.time, order: order, role: .group))
        } else {
          metrics[sender].unattributedMessages += 1
          file(
            PersonEvent(person: sender, time: interaction.time, order: order, role: .unattributed))
        }
      }
    }
    self.events = events
    self.first = first
    self.last = last
  }
}
