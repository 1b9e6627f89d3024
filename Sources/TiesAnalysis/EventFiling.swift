import TiesCore

/// Files one part of the run's interactions by person (`EventCollector`): what it found,
/// to be added to the other parts'. One pass over the part gathers the thread facts, files
/// the events of every thread without a twin, and keeps the twins' interactions as copies
/// to compare (`Deduplicator`); once the copies to drop are known, a second pass over the
/// twins' stretches alone files their events.
struct EventFiling: Sendable {
  let graph: InteractionGraph
  let personOf: [Int]
  let ownerIndex: Int?
  let partnerOfThread: [Int?]
  /// Each thread's family of twins (`Deduplicator.families`), or -1.
  let familyOfThread: [Int32]
  let people: Int
  let runLength: Int
  let readLength: Int
  private let isGroup: [Bool]
  private let onlyOwner: [Bool]

  init(
    graph: InteractionGraph, personOf: [Int], ownerIndex: Int?, partnerOfThread: [Int?],
    familyOfThread: [Int32], people: Int, runLength: Int, readLength: Int
  ) {
    self.graph = graph
    self.personOf = personOf
    self.ownerIndex = ownerIndex
    self.partnerOfThread = partnerOfThread
    self.familyOfThread = familyOfThread
    self.people = people
    self.runLength = runLength
    self.readLength = readLength
    isGroup = graph.threads.map(\.isGroup)
    onlyOwner = graph.threads.map(\.onlyOwnerMessages)
  }

  struct Part {
    var events: ExternalSorter<PersonEvent>
    var first: [Int64?]
    var last: [Int64?]
    var ownerOnlyMessages: [Int]
    var groupMessages: [Int]
    var unattributedMessages: [Int]
    /// Events filed per person: where the measurement splits the people in ranges.
    var eventCounts: [Int]
    var facts: ThreadFacts.Tally
    /// The twins' interactions, in the order that brings copies together.
    var copies: ExternalSorter<Deduplicator.Copy>

    // A method, not a local function: a local function that changes captured state is
    // checked for exclusive access at run time on every call, 3% of a run's CPU.
    mutating func file(_ event: PersonEvent) {
      events.append(event)
      let person = Int(event.person)
      eventCounts[person] += 1
      first[person] = min(first[person] ?? event.time, event.time)
      last[person] = max(last[person] ?? event.time, event.time)
    }

    /// The copies gathered, sorted; the part keeps filing events.
    mutating func takeCopies() -> ExternalSorter<Deduplicator.Copy>.Runs {
      let taken = copies
      copies = ExternalSorter(runLength: 1)
      return taken.finish()
    }
  }

  /// The first pass, over the places `range`.
  func file(_ range: Range<Int>) -> Part {
    var part = Part(
      events: ExternalSorter(runLength: runLength, readLength: readLength),
      first: .init(repeating: nil, count: people),
      last: .init(repeating: nil, count: people),
      ownerOnlyMessages: .init(repeating: 0, count: people),
      groupMessages: .init(repeating: 0, count: people),
      unattributedMessages: .init(repeating: 0, count: people),
      eventCounts: .init(repeating: 0, count: people),
      facts: ThreadFacts.Tally(threads: 0),
      // A copy is 40 bytes, not 24, and its buffers live beside the event sorter's: runs a
      // sixteenth as long add about a tenth to the event buffers.
      copies: ExternalSorter(runLength: max(1, runLength / 16)))
    var facts = ThreadFacts.Tally(threads: graph.threads.count)
    var order = range.lowerBound
    facts.gather { slots in
      graph.forEachInteractionChunk(in: range) { chunk in
        for interaction in chunk {
          defer { order += 1 }
          let sender = personOf[Int(interaction.sender)]
          let fromOwner = sender == ownerIndex
          let thread = Int(interaction.thread)
          slots[thread].add(interaction, at: order, fromOwner: fromOwner)
          let family = familyOfThread[thread]
          guard family >= 0 else {
            file(interaction, sender: sender, fromOwner: fromOwner, at: order, into: &part)
            continue
          }
          part.copies.append(
            Deduplicator.Copy(
              family: family, sender: Int32(sender), time: interaction.time,
              length: interaction.length, kind: interaction.kind.rawValue,
              thread: interaction.thread, order: Int64(order)))
        }
      }
    }
    part.facts = facts
    return part
  }

  /// The second pass, over the places `ranges` (ascending, where the twins' interactions
  /// lie): the twins' events, but for the copies at the places `drops` (ascending).
  func fileTwins(_ ranges: [Range<Int>], dropping drops: [Int64], into part: inout Part) {
    guard let start = ranges.first?.lowerBound else { return }
    var nextDrop = drops.firstIndex(notBelow: Int64(start))
    for range in ranges {
      var order = range.lowerBound
      graph.forEachInteractionChunk(in: range) { chunk in
        for interaction in chunk {
          defer { order += 1 }
          guard familyOfThread[Int(interaction.thread)] >= 0 else { continue }
          while nextDrop < drops.count, drops[nextDrop] < Int64(order) { nextDrop += 1 }
          if nextDrop < drops.count, drops[nextDrop] == Int64(order) { continue }
          let sender = personOf[Int(interaction.sender)]
          file(interaction, sender: sender, fromOwner: sender == ownerIndex, at: order, into: &part)
        }
      }
    }
  }

  /// Files the event an interaction makes, if any, under its person.
  @inline(__always)
  private func file(
    _ interaction: Interaction, sender: Int, fromOwner: Bool, at order: Int,
    into part: inout Part
  ) {
    let thread = Int(interaction.thread)
    if let partner = partnerOfThread[thread] {
      guard fromOwner || sender == partner else { return }
      if onlyOwner[thread] {
        // Their replies are not in the export: contact, but no evidence of balance.
        if interaction.kind == .message { part.ownerOnlyMessages[partner] += 1 }
        part.file(
          PersonEvent(person: partner, time: interaction.time, order: order, role: .ownerOnly))
        return
      }
      part.file(
        PersonEvent(
          person: partner, time: interaction.time, order: order, length: interaction.length,
          role: .direct, kind: interaction.kind, outcome: interaction.callOutcome,
          fromOwner: fromOwner))
    } else if !fromOwner {
      guard interaction.kind == .message else { return }
      if isGroup[thread] {
        part.groupMessages[sender] += 1
        part.file(PersonEvent(person: sender, time: interaction.time, order: order, role: .group))
      } else {
        part.unattributedMessages[sender] += 1
        part.file(
          PersonEvent(person: sender, time: interaction.time, order: order, role: .unattributed))
      }
    }
  }
}
