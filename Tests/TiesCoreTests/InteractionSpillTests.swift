import Testing

@testable import TiesCore

/// Interactions past `spillAfter` live in scratch files; every way of reading and changing
/// a graph must see the same interactions as if they were all in memory.
struct InteractionSpillTests {
  private func graph(_ count: Int, spillAfter: Int?, people: Int = 3) -> InteractionGraph {
    var graph = InteractionGraph()
    graph.spillAfter = spillAfter
    let file = graph.addFile(SourceFile(path: "chat.txt", platform: .whatsapp, role: "chat"))
    let members = (0..<people).map {
      graph.identity(IdentityKey(platform: .whatsapp, kind: .name, value: "P\($0)"))
    }
    let thread = graph.thread(
      ChatThread(
        platform: .whatsapp, key: "t", title: "T", isGroup: true, participants: members,
        source: SourceRef(file: file)))
    for index in 0..<count {
      graph.appendInteraction(
        Interaction(
          time: Int64(1_700_000_000 + index * 7 % 13), thread: Int32(thread),
          sender: Int32(members[index % people]), kind: index % 5 == 0 ? .call : .message,
          length: Int32(index), position: Int32(index)))
    }
    return graph
  }

  @Test(arguments: [1, 2, 7, 100])
  func spilledGraphReadsLikeOneInMemory(_ spillAfter: Int) {
    let spilled = graph(250, spillAfter: spillAfter)
    let memory = graph(250, spillAfter: nil)
    #expect(spilled.spilled.count > 0)
    #expect(spilled.interactions.count < spillAfter)
    #expect(spilled.interactionCount == 250)
    #expect(spilled.allInteractions == memory.interactions)
  }

  /// A graph waiting to be merged gives back the buffer a spill emptied, and keeps what it
  /// holds.
  @Test func spareCapacityIsReleasedAndNothingLost() {
    var spilled = graph(100, spillAfter: 64)
    let before = spilled.allInteractions
    #expect(spilled.interactions.count == 36 && spilled.interactions.capacity >= 64)
    spilled.releaseSpareCapacity()
    #expect(spilled.interactions.capacity < 64)
    #expect(spilled.allInteractions == before)
    spilled.spillInteractions()
    spilled.releaseSpareCapacity()
    #expect(spilled.interactions.capacity == 0)
    #expect(spilled.allInteractions == before)
  }

  @Test func mergeTakesOverSpilledRecordsWithTheirRenumbering() {
    var run = graph(10, spillAfter: 4, people: 2)
    let part = graph(30, spillAfter: 4, people: 3)
    var expected = graph(10, spillAfter: nil, people: 2)
    expected.merge(graph(30, spillAfter: nil, people: 3))
    run.merge(part)
    #expect(run.allInteractions == expected.interactions)
    // Re-keying renumbers on read and rewrites nothing.
    var rekeyed = run
    rekeyed.rekeyIdentities {
      $0.value == "P2" ? IdentityKey(platform: .whatsapp, kind: .name, value: "P0") : nil
    }
    expected.rekeyIdentities {
      $0.value == "P2" ? IdentityKey(platform: .whatsapp, kind: .name, value: "P0") : nil
    }
    #expect(rekeyed.allInteractions == expected.interactions)
    #expect(rekeyed.identities.count == 2)
    // The original is untouched by its copy's changes.
    #expect(run.identities.count == 3)
    #expect(run.allInteractions != rekeyed.allInteractions)
  }

  @Test func copiesDoNotSeeEachOthersAppends() {
    var original = graph(20, spillAfter: 3)
    var copy = original
    let extra = Interaction(time: 5, thread: 0, sender: 0, kind: .message, length: 1, position: 0)
    for _ in 0..<10 { copy.appendInteraction(extra) }
    original.appendInteraction(extra)
    #expect(original.interactionCount == 21)
    #expect(copy.interactionCount == 30)
    #expect(Array(copy.allInteractions.prefix(20)) == Array(original.allInteractions.prefix(20)))
    #expect(original.allInteractions.last == extra)
  }

  @Test func transformDropsAndChangesSpilledAndHeldAlike() {
    var spilled = graph(200, spillAfter: 16)
    var memory = graph(200, spillAfter: nil)
    for index in [0, 1] {
      let body: (inout Interaction) -> Bool = { interaction in
        interaction.length += 1
        return interaction.position % 3 != index
      }
      spilled.transformInteractions(body)
      memory.transformInteractions(body)
    }
    #expect(spilled.allInteractions == memory.interactions)
    #expect(memory.interactionCount < 200)
  }

  @Test(arguments: [1, 3, 1000])
  func bufferHoldsWhatWasAppendedInOrder(_ limit: Int) {
    var buffer = InteractionBuffer(limit: limit)
    let records = graph(77, spillAfter: nil).interactions
    for record in records { buffer.append(record) }
    #expect(buffer.count == 77)
    #expect(buffer.all == records)
  }
}

extension InteractionSpillTests {
  /// Implausible times are found without reading the scratch file back: the spill keeps
  /// the earliest and latest time of what it holds, through merges and rewrites.
  @Test(arguments: [1, 4, nil])
  func timesCoverEveryInteraction(_ spillAfter: Int?) {
    var run = graph(30, spillAfter: spillAfter)
    var late = graph(10, spillAfter: spillAfter)
    late.appendInteraction(
      Interaction(time: 5_000_000_000, thread: 0, sender: 0, kind: .message, length: 1, position: 0)
    )
    late.appendInteraction(
      Interaction(time: -7, thread: 0, sender: 0, kind: .message, length: 1, position: 1))
    run.merge(late)
    let all = run.allInteractions.map(\.time)
    #expect(run.interactionTimes == all.min()!...all.max()!)
    #expect(run.interactionTimes == -7...5_000_000_000)
    run.transformInteractions { $0.time > 0 && $0.time < 4_000_000_000 }
    let kept = run.allInteractions.map(\.time)
    #expect(run.interactionTimes == kept.min()!...kept.max()!)
    #expect(InteractionGraph().interactionTimes == nil)
  }
}
