import TiesCore

/// Sorts the graph's interactions by person: one-to-one events with the owner for the
/// conversation analysis, and the rest (their group messages, messages in exports that hold
/// one side only) as contact that adds to strength but says nothing about balance.
struct EventCollector {
  /// Contact that is not a direct exchange.
  struct Extra {
    enum Kind { case group, ownerOnly, unattributed }
    var time: Int64
    var kind: Kind
  }

  var events: [[DirectEvent]]
  var extras: [[Extra]]
  /// Messages dropped as copies read from two overlapping exports.
  var merged = 0

  init(
    _ graph: InteractionGraph, personOf: [Int], ownerIndex: Int?,
    metrics: inout [PersonMetrics]
  ) {
    events = .init(repeating: [], count: metrics.count)
    extras = .init(repeating: [], count: metrics.count)
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
    let copies = Deduplicator.duplicates(
      in: graph, personOf: personOf, partnerOfThread: partnerOfThread)
    merged = copies.merged
    for (order, interaction) in graph.interactions.enumerated() where !copies.drop[order] {
      let sender = personOf[Int(interaction.sender)]
      let fromOwner = sender == ownerIndex
      let thread = graph.threads[Int(interaction.thread)]
      if let partner = partnerOfThread[Int(interaction.thread)] {
        guard fromOwner || sender == partner else { continue }
        if thread.onlyOwnerMessages {
          // Their replies are not in the export: contact, but no evidence of balance.
          if interaction.kind == .message { metrics[partner].ownerOnlyMessages += 1 }
          extras[partner].append(Extra(time: interaction.time, kind: .ownerOnly))
          continue
        }
        events[partner].append(
          DirectEvent(
            time: interaction.time, order: Int32(truncatingIfNeeded: order),
            length: interaction.length, fromOwner: fromOwner, kind: interaction.kind,
            outcome: interaction.callOutcome))
      } else if !fromOwner {
        guard interaction.kind == .message else { continue }
        if thread.isGroup {
          metrics[sender].groupMessages += 1
          extras[sender].append(Extra(time: interaction.time, kind: .group))
        } else {
          metrics[sender].unattributedMessages += 1
          extras[sender].append(Extra(time: interaction.time, kind: .unattributed))
        }
      }
    }
  }
}
