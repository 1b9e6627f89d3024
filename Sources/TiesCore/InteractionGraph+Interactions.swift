/// Reading and changing the interactions wherever they are: the scratch file first, then
/// memory. Passes over a whole run go through these, never `interactions` alone, which
/// holds only what has not been spilled.
extension InteractionGraph {
  /// How many interactions the graph holds, spilled or not.
  public var interactionCount: Int { spilled.count + interactions.count }

  /// The earliest and latest time of any interaction, spilled or not, without reading the
  /// spilled ones back; nil when there are none.
  public var interactionTimes: ClosedRange<Int64>? {
    var times = spilled.times
    for interaction in interactions {
      let time = interaction.time
      times = times.map { min($0.lowerBound, time)...max($0.upperBound, time) } ?? time...time
    }
    return times
  }

  /// Calls `body` with every interaction in order, a chunk at a time.
  public func forEachInteractionChunk(_ body: (UnsafeBufferPointer<Interaction>) throws -> Void)
    rethrows
  {
    try spilled.forEachChunk(body)
    try interactions.withUnsafeBufferPointer { try body($0) }
  }

  /// Calls `body` with the interactions at `range` (places in `forEachInteraction` order),
  /// in order: for passes that read parts of a run in parallel.
  public func forEachInteractionChunk(
    in range: Range<Int>, _ body: (UnsafeBufferPointer<Interaction>) throws -> Void
  ) rethrows {
    let spilledPart = range.clamped(to: 0..<spilled.count)
    try spilled.forEachChunk(in: spilledPart, body)
    let held = range.clamped(to: spilled.count..<interactionCount)
    guard !held.isEmpty else { return }
    try interactions.withUnsafeBufferPointer { all in
      try body(
        UnsafeBufferPointer(
          rebasing: all[(held.lowerBound - spilled.count)..<(held.upperBound - spilled.count)]))
    }
  }

  /// Calls `body` with every interaction in order.
  public func forEachInteraction(_ body: (Interaction) throws -> Void) rethrows {
    try forEachInteractionChunk { chunk in
      for interaction in chunk { try body(interaction) }
    }
  }

  /// Every interaction in one array: for tests and small graphs, never for a whole run.
  public var allInteractions: [Interaction] {
    var all: [Interaction] = []
    all.reserveCapacity(interactionCount)
    forEachInteractionChunk { all.append(contentsOf: $0) }
    return all
  }

  /// Appends an interaction, spilling when memory holds `spillAfter` of them.
  public mutating func appendInteraction(_ interaction: Interaction) {
    interactions.append(interaction)
    spillIfFull()
  }

  /// Moves the interactions in memory to the scratch file when there are `spillAfter` of them.
  mutating func spillIfFull() {
    if let limit = spillAfter, interactions.count >= limit { spillInteractions() }
  }

  /// Moves the interactions in memory to the scratch file. When no scratch file can be made
  /// or written, they stay in memory, with a warning: a full disk costs memory, not the run.
  public mutating func spillInteractions() {
    guard !interactions.isEmpty else { return }
    do {
      try spilled.append(contentsOf: interactions)
      interactions.removeAll(keepingCapacity: true)
    } catch {
      stopSpilling(error)
    }
  }

  /// Frees what the interaction buffer holds beyond its interactions: a graph that waits
  /// to be merged would otherwise keep up to `spillAfter` interactions' worth of memory
  /// that it no longer fills (a spill empties the buffer, not its capacity).
  public mutating func releaseSpareCapacity() {
    guard interactions.capacity > interactions.count else { return }
    var kept: [Interaction] = []
    kept.reserveCapacity(interactions.count)
    kept.append(contentsOf: interactions)
    interactions = kept
  }

  /// Changes interactions in place, in order; those for which `body` returns false are
  /// dropped. Spilled ones are rewritten to a new scratch file, a chunk at a time.
  public mutating func transformInteractions(_ body: (inout Interaction) -> Bool) {
    var start = 0
    if spilled.count > 0 {
      var fresh = InteractionSpill()
      var fallback: [Interaction]?
      var kept: [Interaction] = []
      spilled.forEachChunk { chunk in
        kept.removeAll(keepingCapacity: true)
        for var interaction in chunk where body(&interaction) { kept.append(interaction) }
        if fallback != nil {
          fallback?.append(contentsOf: kept)
          return
        }
        do {
          try fresh.append(contentsOf: kept)
        } catch {
          fallback = InteractionGraph.read(fresh) + kept
          stopSpilling(error)
        }
      }
      spilled = fallback == nil ? fresh : InteractionSpill()
      if let fallback {
        interactions = fallback + interactions
        start = fallback.count
      }
    }
    var write = start
    for read in start..<interactions.count {
      var interaction = interactions[read]
      guard body(&interaction) else { continue }
      interactions[write] = interaction
      write += 1
    }
    interactions.removeSubrange(write...)
  }

  private static func read(_ spill: InteractionSpill) -> [Interaction] {
    var all: [Interaction] = []
    spill.forEachChunk { all.append(contentsOf: $0) }
    return all
  }

  /// Where diagnostics about scratch files are filed; every graph of a run that cannot
  /// spill says so, and the run keeps one of them.
  public static let scratchPath = "scratch file"

  private mutating func stopSpilling(_ error: any Error) {
    spillAfter = nil
    diagnostics.append(
      Diagnostic(
        path: Self.scratchPath, message: "\(error); interactions are kept in memory instead"))
  }
}
