import TiesCore

/// Sorts more records than memory should hold, as an external merge sort does: records
/// gather in a buffer of `runLength`, each full buffer is sorted and written to a scratch
/// file as a packed run (`PackedRun`), and reading merges the runs with a small buffer
/// each. Memory is the buffer plus the merge's read blocks, whatever the count; the
/// scratch file holds indices, times and lengths, never text.
///
/// Records must have a total order (no two equal), so that the result does not depend on
/// how they were split into runs.
struct ExternalSorter<Record: SortedRecord> {
  let runLength: Int
  let readLength: Int
  private var buffer: [Record] = []
  private var writer: SortedRunWriter<Record>?
  /// How many records were appended.
  private(set) var count = 0

  init(runLength: Int = 1 << 18, readLength: Int = 1 << 12) {
    self.runLength = max(1, runLength)
    self.readLength = max(1, readLength)
  }

  mutating func append(_ record: Record) {
    buffer.append(record)
    count += 1
    if buffer.count >= runLength {
      let runs = writer ?? SortedRunWriter()
      writer = runs
      var full: [Record] = []
      swap(&full, &buffer)
      buffer = runs.submit(consume full)
      buffer.reserveCapacity(runLength)
    }
  }

  /// The records in ascending order, merged from the runs as they are read.
  consuming func sorted() -> Sorted { finish().merged() }

  /// The sorted runs, once the last has been written: to be merged once, or by several
  /// readers at once from different records on.
  consuming func finish() -> Runs {
    Record.sortRun(&buffer)
    guard let writer else {
      return Runs(runs: [], last: buffer, store: nil, readLength: readLength)
    }
    let (runs, store) = writer.finish()
    return Runs(runs: runs, last: buffer, store: store, readLength: readLength)
  }

  /// Sorted runs, in the scratch file or in memory. Merging only reads them (the file with
  /// `pread`), so merges on several threads may share them.
  struct Runs: @unchecked Sendable {
    fileprivate let runs: [SortedRunWriter<Record>.Run]
    /// The records that filled no whole run, sorted.
    fileprivate let last: [Record]
    fileprivate let store: TemporaryStore?
    fileprivate let readLength: Int

    /// The records from the first not below `lowest` on, in ascending order. `merges`: how
    /// many merges read at the same time, sharing the read budget.
    func merged(from lowest: Record? = nil, merges: Int = 1) -> Sorted {
      let start = { (records: [Record]) in
        lowest.map { records.firstIndex(notBelow: $0) } ?? 0
      }
      guard !runs.isEmpty else { return Sorted(memory: last, from: start(last)) }
      let block = max(
        ExternalSorter.minimumBlock,
        ExternalSorter.blockLength(runs: runs.count, readLength: readLength) / max(1, merges))
      var readers = runs.map { run in
        switch run {
        case .file(let run):
          let from = lowest.flatMap { lowest in
            store.map { run.firstIndex(in: $0) { $0 < lowest } }
          }
          return RunReader(run: run, in: store, from: from ?? 0, capacity: block)
        case .memory(let records): return RunReader(records: records, from: start(records))
        }
      }
      readers.append(RunReader(records: last, from: start(last)))
      return Sorted(readers: readers)
    }
  }

  /// Bytes the merge may hold in unpacked read blocks, all runs together (each run's window
  /// on the file adds half as much again). The number of runs grows with the records, so a
  /// fixed block per run would make memory grow with them too: blocks shrink instead, to
  /// `minimumBlock` records (about 1.5 KiB), and each refill reads less from the page cache.
  static var readBudget: Int { 1 << 21 }
  static var minimumBlock: Int { 64 }

  static func blockLength(runs: Int, readLength: Int) -> Int {
    let share = readBudget / MemoryLayout<Record>.stride / max(1, runs)
    return min(readLength, max(minimumBlock, share))
  }

  /// Calls `body` with every record in ascending order.
  consuming func forEachSorted(_ body: (Record) -> Void) {
    var records = sorted()
    while let record = records.next() { body(record) }
  }

  /// The merge of the runs, read on demand.
  struct Sorted: IteratorProtocol {
    private var memory: [Record] = []
    private var position = 0
    private var readers: [RunReader] = []
    private var heap = RunHeap<Record>()
    private var merging = false

    init(memory: [Record], from position: Int = 0) {
      self.memory = memory
      self.position = position
    }

    init(readers: [RunReader]) {
      merging = true
      self.readers = readers
      for index in self.readers.indices {
        self.readers[index].refill()
        if !self.readers[index].isDone { heap.push(self.readers[index].head, run: index) }
      }
    }

    mutating func next() -> Record? {
      guard !merging else {
        guard let (record, run) = heap.top else { return nil }
        readers[run].advance()
        if readers[run].isDone { heap.pop() } else { heap.replaceTop(readers[run].head) }
        return record
      }
      guard position < memory.count else { return nil }
      position += 1
      return memory[position - 1]
    }
  }

  /// One run's next records, unpacked a block at a time.
  struct RunReader {
    private var cursor: PackedCursor<Record>?
    private var block: [Record] = []
    private var position = 0

    /// A run in the file, from record `place` on: the block holds `capacity` records, and
    /// the file is read half as many records' bytes at a time (packed, they take less).
    init(run: PackedRun<Record>, in store: TemporaryStore?, from place: Int, capacity: Int) {
      guard let store else { return }
      let stride = MemoryLayout<Record>.stride
      cursor = PackedCursor(run, in: store, from: place, windowBytes: capacity * stride / 2)
      block = [Record](repeating: .origin, count: min(capacity, cursor?.remaining ?? 0))
      position = block.count
    }

    init(records: [Record], from position: Int = 0) {
      block = records
      self.position = position
    }

    var isDone: Bool { position >= block.count }
    var head: Record { block[position] }

    mutating func advance() {
      position += 1
      if position >= block.count { refill() }
    }

    mutating func refill() {
      guard position >= block.count, var reader = cursor, reader.remaining > 0 else { return }
      cursor = nil
      let count = block.withUnsafeMutableBufferPointer { reader.read(into: $0) }
      block.removeSubrange(count...)
      cursor = reader
      position = 0
    }
  }
}
