/// Reads a `PackedRun`'s records in order from any place on, through a window of the file
/// of a fixed size: memory does not grow with the run. Inlinable, as `PackedRun` is.
public struct PackedCursor<Record: PackedRecord> {
  @usableFromInline let store: TemporaryStore
  @usableFromInline var window: [UInt8] = []
  @usableFromInline var position = 0
  @usableFromInline var filled = 0
  @usableFromInline var fileNext: Int
  @usableFromInline let fileEnd: Int
  @usableFromInline var previous = Record.origin
  @usableFromInline var unread = 0

  /// Records not yet read.
  @inlinable public var remaining: Int { unread }

  /// A cursor at record `place` of `run`, reading `windowBytes` of the file at a time.
  @inlinable
  public init(
    _ run: PackedRun<Record>, in store: TemporaryStore, from place: Int, windowBytes: Int
  ) {
    self.store = store
    fileEnd = run.end
    fileNext = run.end
    let place = max(0, place)
    guard place < run.count else { return }
    let checkpoint = place / run.checkpointInterval
    let start = run.checkpoints[checkpoint]
    fileNext = start.offset
    previous = start.previous
    unread = run.count - checkpoint * run.checkpointInterval
    window = [UInt8](repeating: 0, count: max(windowBytes, 2 * Record.maxPackedBytes))
    skip(place - checkpoint * run.checkpointInterval)
  }

  /// The next record, or nil after the last.
  @inlinable
  public mutating func next() -> Record? {
    guard remaining > 0 else { return nil }
    var record = Record.origin
    _ = withUnsafeMutablePointer(to: &record) {
      read(into: UnsafeMutableBufferPointer(start: $0, count: 1))
    }
    return record
  }

  /// Passes over `count` records.
  @inlinable
  public mutating func skip(_ count: Int) {
    for _ in 0..<min(max(0, count), remaining) { _ = next() }
  }

  /// Fills `records` from the start with the next records; how many (fewer only at the end).
  @inlinable @discardableResult
  public mutating func read(into records: UnsafeMutableBufferPointer<Record>) -> Int {
    let wanted = min(records.count, remaining)
    var done = 0
    while done < wanted {
      refillIfShort()
      // Decode while a whole record surely lies in the window, or to the end of the file.
      let (start, end, last, before) = (position, filled, previous, done)
      let fileDone = fileNext >= fileEnd
      let (count, stop, next) = window.withUnsafeBufferPointer { bytes in
        guard let base = bytes.baseAddress else { return (0, start, last) }
        var reader = PackedBytes.Reader(base + start, end: base + end)
        var previous = last
        var count = 0
        while before + count < wanted,
          fileDone || reader.end - reader.next >= Record.maxPackedBytes
        {
          previous = Record(unpacking: &reader, after: previous)
          records[before + count] = previous
          count += 1
        }
        return (count, reader.next - base, previous)
      }
      (position, previous) = (stop, next)
      done += count
    }
    unread -= done
    return done
  }

  /// Moves the unread bytes to the front and reads on, when fewer than a record's most
  /// bytes are left in the window and the file has more.
  @inlinable
  mutating func refillIfShort() {
    guard filled - position < Record.maxPackedBytes, fileNext < fileEnd else { return }
    let kept = filled - position
    let take = min(window.count - kept, fileEnd - fileNext)
    let (from, store, offset) = (position, store, fileNext)
    window.withUnsafeMutableBytes { bytes in
      guard let base = bytes.baseAddress else { return }
      if kept > 0, from > 0 { base.copyMemory(from: base + from, byteCount: kept) }
      store.read(
        at: offset, into: UnsafeMutableRawBufferPointer(rebasing: bytes[kept..<(kept + take)]))
    }
    position = 0
    filled = kept + take
    fileNext += take
  }
}
