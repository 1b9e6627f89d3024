/// Interactions moved out of memory into scratch files, in the order they were appended.
///
/// The records are segments of scratch files, each with the renumbering of senders and
/// threads that applies to it since it was written: merging a file's graph into the run's,
/// or re-keying identities, composes those maps instead of rewriting the records, so every
/// interaction is written once, by the reader's graph, and read back by each pass.
///
/// A value: copies share the files and read them; appending never writes into a file that
/// another value also reads past its own end (copy on write), so a graph copied and changed
/// never changes the original.
public struct InteractionSpill: Sendable {
  private struct Segment {
    var store: TemporaryStore
    /// The first record's index in the store, and how many records.
    var start: Int
    var count: Int
    /// New sender and thread of each old one, applied when read; nil for none.
    var senders: [Int32]?
    var threads: [Int32]?
  }

  private var segments: [Segment] = []
  /// How many interactions this value holds.
  public private(set) var count = 0

  /// Interactions read back at a time: 1 MiB.
  static let chunk = 32_768
  private static let stride = MemoryLayout<Interaction>.stride

  public init() {}

  /// Appends interactions after those already spilled.
  public mutating func append(contentsOf interactions: [Interaction]) throws {
    guard !interactions.isEmpty else { return }
    let last = segments.count - 1
    if last >= 0, segments[last].senders == nil, segments[last].threads == nil,
      isKnownUniquelyReferenced(&segments[last].store),
      segments[last].store.size == (segments[last].start + segments[last].count) * Self.stride
    {
      try interactions.withUnsafeBytes { try segments[last].store.append($0) }
      segments[last].count += interactions.count
    } else {
      let store = try TemporaryStore()
      try interactions.withUnsafeBytes { try store.append($0) }
      segments.append(Segment(store: store, start: 0, count: interactions.count))
    }
    count += interactions.count
  }

  /// Appends another spill's interactions without copying them, renumbered by `senders`
  /// and `threads` (old index to new) when read.
  public mutating func append(_ other: InteractionSpill, senders: [Int32], threads: [Int32]) {
    for var segment in other.segments {
      segment.senders = segment.senders.map { $0.map { senders[Int($0)] } } ?? senders
      segment.threads = segment.threads.map { $0.map { threads[Int($0)] } } ?? threads
      segments.append(segment)
    }
    count += other.count
  }

  /// Calls `body` with every spilled interaction in order, a chunk at a time.
  public func forEachChunk(_ body: (UnsafeBufferPointer<Interaction>) throws -> Void) rethrows {
    try forEachChunk(in: 0..<count, body)
  }

  /// Calls `body` with the spilled interactions at `range` (places in the spill), in order.
  public func forEachChunk(
    in range: Range<Int>, _ body: (UnsafeBufferPointer<Interaction>) throws -> Void
  ) rethrows {
    guard !range.isEmpty else { return }
    var buffer = [Interaction](
      repeating: Interaction(time: 0, thread: 0, sender: 0, kind: .message, length: 0, position: 0),
      count: min(range.count, Self.chunk))
    var segmentStart = 0
    for segment in segments {
      defer { segmentStart += segment.count }
      var done = max(0, range.lowerBound - segmentStart)
      let end = min(segment.count, range.upperBound - segmentStart)
      while done < end {
        let take = min(Self.chunk, end - done)
        buffer.withUnsafeMutableBytes { bytes in
          segment.store.read(
            at: (segment.start + done) * Self.stride,
            into: UnsafeMutableRawBufferPointer(rebasing: bytes[..<(take * Self.stride)]))
        }
        if let senders = segment.senders {
          for index in 0..<take { buffer[index].sender = senders[Int(buffer[index].sender)] }
        }
        if let threads = segment.threads {
          for index in 0..<take { buffer[index].thread = threads[Int(buffer[index].thread)] }
        }
        try buffer.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[..<take])) }
        done += take
      }
    }
  }
}
