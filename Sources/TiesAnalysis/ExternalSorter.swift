import TiesCore

/// Sorts more records than memory should hold, as an external merge sort does: records
/// gather in a buffer of `runLength`, each full buffer is sorted and written to a scratch
/// file as a run, and reading merges the runs with a small buffer each. Memory is the
/// buffer plus the merge's read blocks, whatever the count; the scratch file holds
/// indices, times and lengths, never text.
///
/// Records must have a total order (no two equal), so that the result does not depend on
/// how they were split into runs.
struct ExternalSorter<Record: Comparable & BitwiseCopyable & Sendable> {
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
  consuming func sorted() -> Sorted {
    buffer.sort()
    guard let writer else { return Sorted(memory: buffer) }
    let (runs, store) = writer.finish()
    let block = Self.blockLength(runs: runs.count, readLength: readLength)
    var readers = runs.map { run in
      switch run {
      case .file(let range): RunReader(run: range, capacity: block)
      case .memory(let records): RunReader(records: records)
      }
    }
    readers.append(RunReader(records: buffer))
    return Sorted(readers: readers, store: store)
  }

  /// Bytes the merge may hold in read blocks, all runs together. The number of runs grows
  /// with the records, so a fixed block per run would make memory grow with them too:
  /// blocks shrink instead, to `minimumBlock` records (about 1.5 KiB), and each refill
  /// reads less from the page cache.
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
    private var store: TemporaryStore?
    private var merging = false

    init(memory: [Record]) { self.memory = memory }

    init(readers: [RunReader], store: TemporaryStore?) {
      merging = true
      self.readers = readers
      self.store = store
      for index in self.readers.indices {
        self.readers[index].refill(from: store)
        if !self.readers[index].isDone { heap.push(self.readers[index].head, run: index) }
      }
    }

    mutating func next() -> Record? {
      guard !merging else {
        guard let (record, run) = heap.top else { return nil }
        readers[run].advance(from: store)
        if readers[run].isDone { heap.pop() } else { heap.replaceTop(readers[run].head) }
        return record
      }
      guard position < memory.count else { return nil }
      position += 1
      return memory[position - 1]
    }
  }

  /// One run's next records, read a block at a time.
  struct RunReader {
    var next: Int
    var end: Int
    var block: [Record] = []
    var position = 0
    let capacity: Int
    let fromFile: Bool

    init(run: Range<Int>, capacity: Int) {
      next = run.lowerBound
      end = run.upperBound
      self.capacity = capacity
      fromFile = true
    }

    init(records: [Record]) {
      block = records
      next = 0
      end = 0
      capacity = 0
      fromFile = false
    }

    var isDone: Bool { position >= block.count }
    var head: Record { block[position] }

    mutating func advance(from store: TemporaryStore?) {
      position += 1
      if position >= block.count, fromFile { refill(from: store) }
    }

    mutating func refill(from store: TemporaryStore?) {
      guard fromFile, next < end, let store else { return }
      let take = min(capacity, end - next)
      let stride = MemoryLayout<Record>.stride
      block = [Record](unsafeUninitializedCapacity: take) { records, initialized in
        store.read(
          at: next * stride,
          into: UnsafeMutableRawBufferPointer(start: records.baseAddress, count: take * stride))
        initialized = take
      }
      position = 0
      next += take
    }
  }
}
