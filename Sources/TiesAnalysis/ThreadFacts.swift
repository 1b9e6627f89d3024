import TiesCore

/// Per thread, what the source coverage, the assembler and the reports need from the whole
/// run: its first and last time, whether a call in it was answered, whether it holds
/// messages or calls (not only public posts), whether the owner wrote in it, and how many
/// messages, calls and reactions it holds, and where in the run its interactions lie. One
/// pass gathers them all, the run's halves on two cores, instead of a pass for each (and
/// one per report): the pass that files events by person (`EventFiling`), so that the run
/// is read once.
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

  /// The facts of a run read in consecutive parts, from each part's tally.
  init(_ tallies: [Tally]) {
    var slots = tallies.first?.slots ?? []
    for tally in tallies.dropFirst() {
      for thread in slots.indices { slots[thread].absorb(tally.slots[thread]) }
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

  /// What one part of the run says of each thread, gathered as the part is read.
  struct Tally: Sendable {
    fileprivate var slots: [Slot]

    init(threads: Int) { slots = [Slot](repeating: Slot(), count: threads) }

    /// `body` with the slots to add to, one per thread, written through a pointer: arrays
    /// written per interaction cost a uniqueness check each, a third of the pass.
    mutating func gather<Result>(_ body: (UnsafeMutableBufferPointer<Slot>) -> Result) -> Result {
      slots.withUnsafeMutableBufferPointer { body($0) }
    }
  }

  /// What one part of the run says of one thread.
  struct Slot: Sendable {
    fileprivate var first = Int64.max
    fileprivate var last = Int64.min
    fileprivate var firstPlace = Int.max
    fileprivate var endPlace = Int.min
    fileprivate var answeredCall = false
    fileprivate var messages = false
    fileprivate var ownerWrote = false
    fileprivate var totals = ThreadTotals()

    /// Adds the interaction at `place`; the places of one part are added in order.
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

    fileprivate mutating func absorb(_ other: Slot) {
      first = min(first, other.first)
      last = max(last, other.last)
      firstPlace = min(firstPlace, other.firstPlace)
      endPlace = max(endPlace, other.endPlace)
      answeredCall = answeredCall || other.answeredCall
      messages = messages || other.messages
      ownerWrote = ownerWrote || other.ownerWrote
      totals.messages += other.totals.messages
      totals.calls += other.totals.calls
      totals.reactions += other.totals.reactions
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
}
