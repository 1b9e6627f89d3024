import TiesCore

/// Files one part of the run's interactions by person (`EventCollector`): what it found,
/// to be added to the other parts'.
struct EventFiling: Sendable {
  let graph: InteractionGraph
  let personOf: [Int]
  let ownerIndex: Int?
  let partnerOfThread: [Int?]
  /// Places in the run of the copies to drop, ascending.
  let drops: [Int64]
  let people: Int
  let runLength: Int
  let readLength: Int
  /// Whether the thread facts are gathered in the same pass (`ThreadFacts.Tally`): they
  /// are, unless they were needed before it, to find copies.
  let gathersFacts: Bool

  struct Part {
    var events: ExternalSorter<PersonEvent>
    var first: [Int64?]
    var last: [Int64?]
    var ownerOnlyMessages: [Int]
    var groupMessages: [Int]
    var unattributedMessages: [Int]
    /// Events filed per person: where the measurement splits the people in ranges.
    var eventCounts: [Int]
    var facts: ThreadFacts.Tally?

    // A method, not a local function: a local function that changes captured state is
    // checked for exclusive access at run time on every call, 3% of a run's CPU.
    mutating func file(_ event: PersonEvent) {
      events.append(event)
      let person = Int(event.person)
      eventCounts[person] += 1
      first[person] = min(first[person] ?? event.time, event.time)
      last[person] = max(last[person] ?? event.time, event.time)
    }
  }

  func file(_ range: Range<Int>) -> Part {
    var part = Part(
      events: ExternalSorter(runLength: runLength, readLength: readLength),
      first: .init(repeating: nil, count: people),
      last: .init(repeating: nil, count: people),
      ownerOnlyMessages: .init(repeating: 0, count: people),
      groupMessages: .init(repeating: 0, count: people),
      unattributedMessages: .init(repeating: 0, count: people),
      eventCounts: .init(repeating: 0, count: people))
    let isGroup = graph.threads.map(\.isGroup)
    let onlyOwner = graph.threads.map(\.onlyOwnerMessages)
    var nextDrop = firstDrop(atOrAfter: range.lowerBound)
    var order = range.lowerBound
    var facts = ThreadFacts.Tally(threads: gathersFacts ? graph.threads.count : 0)
    facts.gather { slots in
      graph.forEachInteractionChunk(in: range) { chunk in
        for interaction in chunk {
          defer { order += 1 }
          let sender = personOf[Int(interaction.sender)]
          let fromOwner = sender == ownerIndex
          let thread = Int(interaction.thread)
          if gathersFacts { slots[thread].add(interaction, at: order, fromOwner: fromOwner) }
          if nextDrop < drops.count, drops[nextDrop] == Int64(order) {
            nextDrop += 1
            continue
          }
          if let partner = partnerOfThread[thread] {
            guard fromOwner || sender == partner else { continue }
            if onlyOwner[thread] {
              // Their replies are not in the export: contact, but no evidence of balance.
              if interaction.kind == .message { part.ownerOnlyMessages[partner] += 1 }
              part.file(
                PersonEvent(person: partner, time: interaction.time, order: order, role: .ownerOnly)
              )
              continue
            }
            part.file(
              PersonEvent(
                person: partner, time: interaction.time, order: order, length: interaction.length,
                role: .direct, kind: interaction.kind, outcome: interaction.callOutcome,
                fromOwner: fromOwner))
          } else if !fromOwner {
            guard interaction.kind == .message else { continue }
            if isGroup[thread] {
              part.groupMessages[sender] += 1
              part.file(
                PersonEvent(person: sender, time: interaction.time, order: order, role: .group))
            } else {
              part.unattributedMessages[sender] += 1
              part.file(
                PersonEvent(
                  person: sender, time: interaction.time, order: order, role: .unattributed)
              )
            }
          }
        }
      }
    }
    if gathersFacts { part.facts = facts }
    return part
  }

  /// The index of the first drop at or after `place`.
  private func firstDrop(atOrAfter place: Int) -> Int {
    var (low, high) = (0, drops.count)
    while low < high {
      let middle = (low + high) / 2
      if drops[middle] < Int64(place) { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
