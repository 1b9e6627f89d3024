import TiesCore

/// Per thread, what the source coverage, the assembler and the reports need from the whole
/// run: its first and last time, whether a call in it was answered, whether it holds
/// messages or calls (not only public posts), whether the owner wrote in it, and how many
/// messages, calls and reactions it holds, and where in the run its interactions lie. One
/// pass gathers them all, the run's halves on two cores, instead of a pass for each (and
/// one per report).
struct ThreadFacts: Sendable {
  var first: [Int64]
  var last: [Int64]
  /// The places in the run from the thread's first interaction to past its last: a reader's
  /// threads come one after the other, so this is about as long as the thread.
  var firstPlace: [Int]
  var endPlace: [Int]
  var answeredCall: [Bool]
  var messages: [Bool]
  var ownerWrote: [Bool]
  var totals: [ThreadTotals]

  /// With `jobs` above one, a run of at least `splitFrom` interactions is read in two halves
  /// at once.
  init(
    _ graph: InteractionGraph, personOf: [Int], ownerIndex: Int?, jobs: Int = 1,
    splitFrom: Int = 1 << 19
  ) {
    let total = graph.interactionCount
    let count = RunParts.count(jobs: jobs, total: total, minimum: splitFrom)
    let parts = RunParts.map(count: count, total: total) { range in
      Self(graph, range: range, personOf: personOf, ownerIndex: ownerIndex)
    }
    self = parts[0]
    for part in parts.dropFirst() { absorb(part) }
  }

  private init(_ graph: InteractionGraph, range: Range<Int>, personOf: [Int], ownerIndex: Int?) {
    // One record per thread, written through a pointer: eight arrays written per
    // interaction cost a uniqueness check each, a third of the pass.
    let ownerSent = personOf.map { $0 == ownerIndex }
    var slots = [Slot](repeating: Slot(), count: graph.threads.count)
    slots.withUnsafeMutableBufferPointer { slots in
      ownerSent.withUnsafeBufferPointer { ownerSent in
        var place = range.lowerBound
        graph.forEachInteractionChunk(in: range) { chunk in
          for interaction in chunk {
            slots[Int(interaction.thread)].add(
              interaction, at: place, fromOwner: ownerSent[Int(interaction.sender)])
            place += 1
          }
        }
      }
    }
    first = slots.map(\.first)
    last = slots.map(\.last)
    firstPlace = slots.map(\.firstPlace)
    endPlace = slots.map(\.endPlace)
    answeredCall = slots.map(\.answeredCall)
    messages = slots.map(\.messages)
    ownerWrote = slots.map(\.ownerWrote)
    totals = slots.map(\.totals)
  }

  /// What one part of the run says of one thread.
  private struct Slot {
    var first = Int64.max
    var last = Int64.min
    var firstPlace = Int.max
    var endPlace = Int.min
    var answeredCall = false
    var messages = false
    var ownerWrote = false
    var totals = ThreadTotals()

    @inline(__always)
    mutating func add(_ interaction: Interaction, at place: Int, fromOwner: Bool) {
      first = min(first, interaction.time)
      last = max(last, interaction.time)
      firstPlace = min(firstPlace, place)
      endPlace = place + 1
      if interaction.kind == .call, interaction.callOutcome != .missed { answeredCall = true }
      totals.count(interaction.kind)
      // Public replies and mentions are posts, not messages or calls.
      if interaction.kind != .publicMention { messages = true }
      if fromOwner { ownerWrote = true }
    }
  }

  /// Whether the thread has any interaction.
  func isUsed(_ thread: Int) -> Bool { first[thread] <= last[thread] }

  /// The places in the run that hold every interaction of `threads`, as few ascending
  /// stretches as they make.
  func stretches(of threads: some Sequence<Int>) -> [Range<Int>] {
    let spans = threads.filter { firstPlace[$0] < endPlace[$0] }
      .map { firstPlace[$0]..<endPlace[$0] }.sorted { $0.lowerBound < $1.lowerBound }
    var joined: [Range<Int>] = []
    for span in spans {
      if let last = joined.last, span.lowerBound <= last.upperBound {
        joined[joined.count - 1] = last.lowerBound..<max(last.upperBound, span.upperBound)
      } else {
        joined.append(span)
      }
    }
    return joined
  }

  private mutating func absorb(_ other: ThreadFacts) {
    for thread in first.indices {
      first[thread] = min(first[thread], other.first[thread])
      last[thread] = max(last[thread], other.last[thread])
      firstPlace[thread] = min(firstPlace[thread], other.firstPlace[thread])
      endPlace[thread] = max(endPlace[thread], other.endPlace[thread])
      answeredCall[thread] = answeredCall[thread] || other.answeredCall[thread]
      messages[thread] = messages[thread] || other.messages[thread]
      ownerWrote[thread] = ownerWrote[thread] || other.ownerWrote[thread]
      totals[thread].messages += other.totals[thread].messages
      totals[thread].calls += other.totals[thread].calls
      totals[thread].reactions += other.totals[thread].reactions
    }
  }
}
