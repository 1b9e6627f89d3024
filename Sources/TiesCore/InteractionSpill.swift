/// Interactions moved out of memory into a scratch file, in the order they were appended.
///
/// A value: copies share the file and read it; the first copy to append after another did
/// takes a file of its own (copy on write), so a graph copied and changed never changes
/// the original.
public struct InteractionSpill: Sendable {
  private var store: TemporaryStore?
  /// How many interactions this value holds.
  public private(set) var count = 0

  /// Interactions read back at a time: 1 MiB.
  static let chunk = 32_768

  public init() {}

  /// Appends interactions after those already spilled.
  public mutating func append(contentsOf interactions: [Interaction]) throws {
    guard !interactions.isEmpty else { return }
    let file = try makeAppendable()
    try interactions.withUnsafeBytes { try file.append($0) }
    count += interactions.count
  }

  /// Calls `body` with every spilled interaction in order, a chunk at a time.
  public func forEachChunk(_ body: (UnsafeBufferPointer<Interaction>) throws -> Void) rethrows {
    guard let store, count > 0 else { return }
    let stride = MemoryLayout<Interaction>.stride
    var buffer = [Interaction](
      repeating: Interaction(time: 0, thread: 0, sender: 0, kind: .message, length: 0, position: 0),
      count: min(count, Self.chunk))
    var done = 0
    while done < count {
      let take = min(Self.chunk, count - done)
      buffer.withUnsafeMutableBytes { bytes in
        store.read(
          at: done * stride,
          into: UnsafeMutableRawBufferPointer(rebasing: bytes[..<(take * stride)]))
      }
      try buffer.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[..<take])) }
      done += take
    }
  }

  /// Makes sure appending writes to a file this value alone owns, whose end is its own end.
  private mutating func makeAppendable() throws -> TemporaryStore {
    let stride = MemoryLayout<Interaction>.stride
    if isKnownUniquelyReferenced(&store), let store, store.size == count * stride { return store }
    let fresh = try TemporaryStore()
    if store != nil {
      var failure: (any Error)?
      forEachChunk { chunk in
        guard failure == nil else { return }
        do {
          try fresh.append(UnsafeRawBufferPointer(chunk))
        } catch { failure = error }
      }
      if let failure { throw failure }
    }
    store = fresh
    return fresh
  }
}
