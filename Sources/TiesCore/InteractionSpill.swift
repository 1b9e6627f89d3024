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
    /// The records, packed (`PackedRun`) from the start of the store.
    var run: PackedRun<Interaction>
    /// New sender and thread of each old one, applied when read; nil for none.
    var senders: [Int32]?
    var threads: [Int32]?
    /// The earliest and latest time among the records.
    var times: ClosedRange<Int64>
  }

  private var segments: [Segment] = []
  /// How many interactions this value holds.
  public private(set) var count = 0

  /// Interactions read back at a time: 1 MiB; and bytes of the file read at a time.
  static let chunk = 32_768
  static let window = 1 << 16

  public init() {}

  /// Appends interactions after those already spilled.
  public mutating func append(contentsOf interactions: [Interaction]) throws {
    guard let first = interactions.first?.time else { return }
    var (earliest, latest) = (first, first)
    for interaction in interactions {
      earliest = min(earliest, interaction.time)
      latest = max(latest, interaction.time)
    }
    let last = segments.count - 1
    if last >= 0, segments[last].senders == nil, segments[last].threads == nil,
      isKnownUniquelyReferenced(&segments[last].store),
      segments[last].store.size == segments[last].run.end
    {
      let store = segments[last].store
      try interactions.withUnsafeBufferPointer { try segments[last].run.append($0, to: store) }
      let times = segments[last].times
      segments[last].times = min(earliest, times.lowerBound)...max(latest, times.upperBound)
    } else {
      let store = try TemporaryStore()
      var run = PackedRun<Interaction>(at: 0)
      try interactions.withUnsafeBufferPointer { try run.append($0, to: store) }
      segments.append(Segment(store: store, run: run, times: earliest...latest))
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

  /// The earliest and latest time of the spilled interactions; nil when there are none.
  public var times: ClosedRange<Int64>? {
    guard let first = segments.first?.times else { return nil }
    return segments.dropFirst().reduce(first) {
      min($0.lowerBound, $1.times.lowerBound)...max($0.upperBound, $1.times.upperBound)
    }
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
    var buffer = [Interaction](repeating: .origin, count: min(range.count, Self.chunk))
    var segmentStart = 0
    for segment in segments {
      defer { segmentStart += segment.run.count }
      var done = max(0, range.lowerBound - segmentStart)
      let end = min(segment.run.count, range.upperBound - segmentStart)
      guard done < end else { continue }
      var cursor = PackedCursor(
        segment.run, in: segment.store, from: done, windowBytes: Self.window)
      while done < end {
        let take = buffer.withUnsafeMutableBufferPointer {
          cursor.read(
            into: UnsafeMutableBufferPointer(rebasing: $0[..<min(Self.chunk, end - done)]))
        }
        guard take > 0 else { break }
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
