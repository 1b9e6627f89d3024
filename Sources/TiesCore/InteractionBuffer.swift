/// Interactions a reader must hold until its file ends (an SMS backup's senders and threads
/// are known only once every address has been seen): in memory up to `limit`, the rest in a
/// scratch file (`InteractionSpill`), so that holding them does not grow memory.
public struct InteractionBuffer: Sendable {
  private var held: [Interaction] = []
  private var spill = InteractionSpill()
  private var limit: Int

  public init(limit: Int = 65_536) { self.limit = max(1, limit) }

  /// How many were appended.
  public var count: Int { spill.count + held.count }
  public var isEmpty: Bool { count == 0 }

  public mutating func append(_ interaction: Interaction) {
    held.append(interaction)
    guard held.count >= limit else { return }
    do {
      try spill.append(contentsOf: held)
      held.removeAll(keepingCapacity: true)
    } catch {
      // Without a scratch file they stay in memory, as they did before.
      limit = .max
    }
  }

  /// Calls `body` with every interaction in order, a chunk at a time.
  public func forEachChunk(_ body: (UnsafeBufferPointer<Interaction>) throws -> Void) rethrows {
    try spill.forEachChunk(body)
    try held.withUnsafeBufferPointer { try body($0) }
  }

  /// Every interaction in one array: for tests.
  public var all: [Interaction] {
    var all: [Interaction] = []
    forEachChunk { all.append(contentsOf: $0) }
    return all
  }
}
