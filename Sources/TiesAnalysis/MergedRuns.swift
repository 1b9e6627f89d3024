import TiesCore

/// Several sorters' runs merged into one order: the sorters that parts of a run filled at
/// once (`RunParts`) read back as if one sorter had taken every record.
struct MergedRuns<Record: SortedRecord>: IteratorProtocol {
  private var parts: [ExternalSorter<Record>.Sorted]
  private var heap = RunHeap<Record>()

  /// From the first record not below `lowest` on; `merges` as many at once share the read
  /// budget.
  init(_ runs: [ExternalSorter<Record>.Runs], from lowest: Record? = nil, merges: Int = 1) {
    parts = runs.map { $0.merged(from: lowest, merges: merges) }
    for index in parts.indices {
      if let record = parts[index].next() { heap.push(record, run: index) }
    }
  }

  mutating func next() -> Record? {
    guard let (record, part) = heap.top else { return nil }
    if let following = parts[part].next() { heap.replaceTop(following) } else { heap.pop() }
    return record
  }
}
