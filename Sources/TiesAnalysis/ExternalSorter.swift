import TiesCore

/// Sorts more records than memory should hold, as an external merge sort does: records
/// gather in a buffer of `runLength`, each full buffer is sorted and written to a scratch
/// file as a run, and reading merges the runs with a small buffer each. Memory is the
/// buffer plus `readLength` records per run, whatever the count; the scratch file holds
/// indices, times and lengths, never text.
///
/// Records must have a total order (no two equal), so that the result does not depend on
/// how they were split into runs.
struct ExternalSorter<Record: Comparable & BitwiseCopyable> {
  let runLength: Int
  let readLength: Int
  private var buffer: [Record] = []
  private var runs: [Range<Int>] = []
  private var store: TemporaryStore?
  /// Set when no scratch file could be written: everything then stays in memory.
  private var inMemory = false
  /// How many records were appended.
  private(set) var count = 0

  init(runLength: Int = 1 << 18, readLength: Int = 1 << 12) {
    self.runLength = max(1, runLength)
    self.readLength = max(1, readLength)
  }

  mutating func append(_ record: Record) {
    buffer.append(record)
    count += 1
    if buffer.count >= runLength, !inMemory { writeRun() }
  }

  private mutating func writeRun() {
    buffer.sort()
    do {
      let file = try store ?? TemporaryStore()
      store = file
      let start = file.size / MemoryLayout<Record>.stride
      try buffer.withUnsafeBytes { try file.append($0) }
      runs.append(start..<(start + buffer.count))
      buffer.removeAll(keepingCapacity: true)
    } catch {
      // A full disk costs memory, not the run.
      inMemory = true
    }
  }

  /// The records in ascending order, merged from the runs as they are read.
  consuming func sorted() -> Sorted {
    buffer.sort()
    guard let store, !runs.isEmpty else { return Sorted(memory: buffer) }
    var readers = runs.map { RunReader(run: $0, capacity: readLength) }
    readers.append(RunReader(records: buffer))
    return Sorted(readers: readers, store: store)
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

    init(memory: [Record]) { self.memory = memory }

    init(readers: [RunReader], store: TemporaryStore) {
      self.readers = readers
      self.store = store
      for index in self.readers.indices {
        self.readers[index].refill(from: store)
        if !self.readers[index].isDone { heap.push(self.readers[index].head, run: index) }
      }
    }

    mutating func next() -> Record? {
      guard let store else {
        guard position < memory.count else { return nil }
        position += 1
        return memory[position - 1]
      }
      guard let (record, run) = heap.top else { return nil }
      readers[run].advance(from: store)
      if readers[run].isDone { heap.pop() } else { heap.replaceTop(readers[run].head) }
      return record
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

    mutating func advance(from store: TemporaryStore) {
      position += 1
      if position >= block.count, fromFile { refill(from: store) }
    }

    mutating func refill(from store: TemporaryStore) {
      guard fromFile, next < end else { return }
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

/// A binary min-heap of the runs' current records, each with the run it came from.
struct RunHeap<Record: Comparable> {
  private var items: [(record: Record, run: Int)] = []

  var top: (Record, Int)? { items.first.map { ($0.record, $0.run) } }

  mutating func push(_ record: Record, run: Int) {
    items.append((record, run))
    var child = items.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard items[child].record < items[parent].record else { break }
      items.swapAt(child, parent)
      child = parent
    }
  }

  mutating func pop() {
    items.swapAt(0, items.count - 1)
    items.removeLast()
    if !items.isEmpty { siftDown() }
  }

  /// Replaces the top's record with the next one of its run.
  mutating func replaceTop(_ record: Record) {
    items[0].record = record
    siftDown()
  }

  private mutating func siftDown() {
    var parent = 0
    while true {
      let left = 2 * parent + 1
      guard left < items.count else { return }
      let right = left + 1
      let child = right < items.count && items[right].record < items[left].record ? right : left
      guard items[child].record < items[parent].record else { return }
      items.swapAt(child, parent)
      parent = child
    }
  }
}
