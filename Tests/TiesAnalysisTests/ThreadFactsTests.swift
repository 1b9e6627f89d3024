import Testing
import TiesCore

@testable import TiesAnalysis

/// Without twins to find copies in, the filing pass gathers the thread facts itself; they
/// must be what a pass of their own finds, in one part or two, spilled or not.
struct ThreadFactsTests {
  /// An owner and three people on WhatsApp: a chat with each, a group of all, and with
  /// `twin` a second chat with the first person (an overlapping export's).
  private func graph(twin: Bool) -> InteractionGraph {
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
    return graph
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
