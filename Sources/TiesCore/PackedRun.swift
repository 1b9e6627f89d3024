/// Records packed one after another into a scratch file (`PackedRecord`), from byte `start`
/// on, with a checkpoint every `checkpointInterval` records: where that record's bytes
/// begin and the record before it, so that reading can start there instead of at the
/// first. The checkpoints are what a run keeps in memory: 0.01 bytes a record at most.
///
/// Inlinable, so that each module's records are packed and unpacked by code made for them
/// (an event sorter's in TiesAnalysis), not through the protocol record by record.
public struct PackedRun<Record: PackedRecord>: Sendable {
  @usableFromInline struct Checkpoint: Sendable {
    @usableFromInline var offset: Int
    @usableFromInline var previous: Record

    @inlinable init(offset: Int, previous: Record) {
      self.offset = offset
      self.previous = previous
    }
  }

  public let checkpointInterval: Int
  /// The first record's offset in the file.
  public let start: Int
  @usableFromInline var stored: (end: Int, count: Int)
  @usableFromInline var checkpoints: [Checkpoint] = []
  @usableFromInline var last = Record.origin

  /// The offset past the last record.
  public var end: Int { stored.end }
  public var count: Int { stored.count }

  /// Bytes packed before each write to the file.
  @inlinable static var writeBlock: Int { 1 << 16 }

  /// An empty run whose records will begin at byte `offset` of their file.
  public init(at offset: Int, checkpointInterval: Int = 4_096) {
    start = offset
    stored = (offset, 0)
    self.checkpointInterval = max(1, checkpointInterval)
  }

  /// Packs `records` after those already in the run and appends them to `store`, which must
  /// end where the run ends. When writing fails the run is as it was; the file may hold
  /// part of the records past its end.
  @inlinable
  public mutating func append(_ records: UnsafeBufferPointer<Record>, to store: TemporaryStore)
    throws
  {
    precondition(store.size == end, "a packed run grows only at the end of its file")
    let before = (stored, checkpoints.count, last)
    do {
      try pack(records, to: store)
    } catch {
      (stored, last) = (before.0, before.2)
      checkpoints.removeSubrange(before.1...)
      throw error
    }
  }

  @inlinable
  mutating func pack(_ records: UnsafeBufferPointer<Record>, to store: TemporaryStore)
    throws
  {
    let capacity = max(Self.writeBlock, 2 * Record.maxPackedBytes)
    try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { block in
      guard let base = block.baseAddress else { return }
      var writer = PackedBytes.Writer(base)
      var previous = last
      for record in records {
        if writer.next - base > capacity - Record.maxPackedBytes {
          try store.append(UnsafeRawBufferPointer(start: base, count: writer.next - base))
          writer = PackedBytes.Writer(base)
          stored.end = store.size
        }
        if stored.count % checkpointInterval == 0 {
          checkpoints.append(
            Checkpoint(offset: stored.end + (writer.next - base), previous: previous))
        }
        record.pack(after: previous, into: &writer)
        previous = record
        stored.count += 1
      }
      try store.append(UnsafeRawBufferPointer(start: base, count: writer.next - base))
      stored.end = store.size
      last = previous
    }
  }

  /// The place of the first record that `isBelow` is false for, in a run ordered so that
  /// it is true of every record before that one and of none after (a sorted run and "below
  /// some record"): a search over the checkpoints, then at most one interval read.
  @inlinable
  public func firstIndex(in store: TemporaryStore, where isBelow: (Record) -> Bool) -> Int {
    var (low, high) = (0, checkpoints.count)
    // The last checkpoint whose record before is below: the first one at or after
    // `lowest` is in its interval or the next checkpoint's first record.
    while low + 1 < high {
      let middle = (low + high) / 2
      if isBelow(checkpoints[middle].previous) { low = middle } else { high = middle }
    }
    var place = low * checkpointInterval
    var cursor = PackedCursor(self, in: store, from: place, windowBytes: 1 << 12)
    while let record = cursor.next(), isBelow(record) { place += 1 }
    return min(place, count)
  }
}
