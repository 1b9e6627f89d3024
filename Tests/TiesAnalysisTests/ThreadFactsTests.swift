import Testing
import TiesCore

@testable import TiesAnalysis

/// The filing pass gathers the thread facts; they must be what a pass of their own finds,
/// in one part or two, spilled or not. It also keeps the twins' interactions as copies and
/// files their events in a second pass, but for the copies dropped: exactly those.
struct ThreadFactsTests {
  /// An owner and three people on WhatsApp: a chat with each, a group of all, and with
  /// `twin` a second chat with the first person (an overlapping export's), which ends with
  /// copies of the first chat's first `copies` interactions.
  private func graph(twin: Bool, copies: Int = 0) -> InteractionGraph {
    var graph = InteractionGraph()
    graph.spillAfter = 16
    let file = graph.addFile(SourceFile(path: "chat.txt", platform: .whatsapp, role: "chat"))
    let people = ["Owner", "Ana", "Ben", "Cy"].map {
      graph.identity(IdentityKey(platform: .whatsapp, kind: .name, value: $0))
    }
    graph.ownerIdentities = [people[0]]
    var threads = (1...3).map { other in
      graph.thread(
        ChatThread(
          platform: .whatsapp, key: "chat-\(other)", title: "", isGroup: false,
          participants: [people[0], people[other]], source: SourceRef(file: file)))
    }
    threads.append(
      graph.thread(
        ChatThread(
          platform: .whatsapp, key: "group", title: "All", isGroup: true, participants: people,
          source: SourceRef(file: file))))
    if twin {
      threads.append(
        graph.thread(
          ChatThread(
            platform: .whatsapp, key: "chat-1-again", title: "", isGroup: false,
            participants: [people[0], people[1]], source: SourceRef(file: file))))
    }
    let kinds: [(InteractionKind, CallOutcome)] = [
      (.message, .none), (.call, .completed), (.call, .missed), (.reaction, .none),
      (.publicMention, .none), (.message, .none),
    ]
    for index in 0..<300 {
      // Threads in stretches, as readers write them, with some coming back later.
      let thread = threads[(index / 25 + index % 3 / 2) % threads.count]
      let members = graph.threads[thread].participants
      let (kind, outcome) = kinds[index * 7 % kinds.count]
      graph.appendInteraction(
        Interaction(
          time: 1_700_000_000 + Int64(index * 37 % 1_000), thread: Int32(thread),
          sender: Int32(members[index * 5 % members.count]), kind: kind, callOutcome: outcome,
          length: Int32(index % 40), position: Int32(index)))
    }
    if twin {
      let originals = graph.allInteractions.filter { $0.thread == Int32(threads[0]) }
      for (offset, original) in originals.prefix(copies).enumerated() {
        var copy = original
        copy.thread = Int32(threads[4])
        copy.position = Int32(1_000 + offset)
        graph.appendInteraction(copy)
      }
    }
    return graph
  }

  /// What filing a graph gives: the copies merged, the events in their merged order, and
  /// each person's counts and first and last time.
  private func filed(_ graph: InteractionGraph, jobs: Int) -> (
    merged: Int, events: [PersonEvent], counts: [[Int]], first: [Int64?], last: [Int64?]
  ) {
    let resolution = PersonResolver().resolve(graph)
    var metrics = resolution.people.map(PersonMetrics.init)
    let collected = EventCollector(
      graph, personOf: resolution.personOfIdentity, ownerIndex: resolution.ownerIndex,
      metrics: &metrics, runLength: 4, jobs: jobs)
    let (merged, first, last) = (collected.merged, collected.first, collected.last)
    let counts = metrics.indices.map {
      [
        collected.eventCounts[$0], metrics[$0].ownerOnlyMessages, metrics[$0].groupMessages,
        metrics[$0].unattributedMessages,
      ]
    }
    var merge = EventCollector.mergedEvents(collected.sortedRuns())
    var events: [PersonEvent] = []
    while let event = merge.next() { events.append(event) }
    return (merged, events, counts, first, last)
  }

  @Test(arguments: [1, 2])
  func theTwinsCopiesAndNothingElseAreDropped(_ jobs: Int) {
    let plain = filed(graph(twin: true), jobs: jobs)
    let copied = filed(graph(twin: true, copies: 20), jobs: jobs)
    #expect(plain.merged == 0)
    #expect(copied.merged == 20)
    #expect(copied.events == plain.events)
    #expect(copied.counts == plain.counts)
    #expect(copied.first == plain.first && copied.last == plain.last)
    #expect(plain.events.count > 100)
  }

  @Test(arguments: [false, true], [1, 2])
  func theFilingPassFindsWhatAPassOfItsOwnFinds(_ twin: Bool, _ jobs: Int) {
    let graph = graph(twin: twin)
    #expect(graph.spilled.count > 0)
    let resolution = PersonResolver().resolve(graph)
    let personOf = resolution.personOfIdentity
    var metrics = resolution.people.map(PersonMetrics.init)
    let partners = graph.threads.map { thread in
      thread.isGroup ? nil : personOf[thread.participants[1]]
    }
    #expect(Deduplicator.families(graph, partners).contains { $0 >= 0 } == twin)
    let alone = ThreadFacts(
      graph, personOf: personOf, ownerIndex: resolution.ownerIndex, jobs: jobs, splitFrom: 8)
    let filed = EventCollector(
      graph, personOf: personOf, ownerIndex: resolution.ownerIndex, metrics: &metrics,
      runLength: 4, jobs: jobs
    ).facts
    #expect(filed.first == alone.first)
    #expect(filed.last == alone.last)
    #expect(filed.firstPlace == alone.firstPlace)
    #expect(filed.endPlace == alone.endPlace)
    #expect(filed.answeredCall == alone.answeredCall)
    #expect(filed.messages == alone.messages)
    #expect(filed.ownerWrote == alone.ownerWrote)
    #expect(filed.totals == alone.totals)
    #expect(alone.totals.reduce(0) { $0 + $1.messages + $1.calls + $1.reactions } == 250)
    #expect(alone.ownerWrote.contains(true) && alone.answeredCall.contains(true))
  }
}

extension ThreadFacts {
  /// Reads the run for the facts alone, a pass of its own, as the analysis did before the
  /// filing pass gathered them: the reference the filing pass is held to. With `jobs`
  /// above one, a run of at least `splitFrom` interactions is read in two halves at once.
  init(
    _ graph: InteractionGraph, personOf: [Int], ownerIndex: Int?, jobs: Int = 1,
    splitFrom: Int = 1 << 19
  ) {
    let total = graph.interactionCount
    let count = RunParts.count(jobs: jobs, total: total, minimum: splitFrom)
    let ownerSent = personOf.map { $0 == ownerIndex }
    let parts = RunParts.map(count: count, total: total) { range in
      var tally = Tally(threads: graph.threads.count)
      tally.gather { slots in
        var place = range.lowerBound
        graph.forEachInteractionChunk(in: range) { chunk in
          for interaction in chunk {
            slots[Int(interaction.thread)].add(
              interaction, at: place, fromOwner: ownerSent[Int(interaction.sender)])
            place += 1
          }
        }
      }
      return tally
    }
    self.init(parts)
  }
}
