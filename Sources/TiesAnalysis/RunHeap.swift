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
