import Dispatch
import TiesCore

/// Sorts an `ExternalSorter`'s full buffers and writes them to its scratch file on a second
/// thread, one at a time, while the next buffer fills: the sorting and writing overlap the
/// pass that produces the records, and memory holds at most two buffers.
final class SortedRunWriter<Record: Comparable & BitwiseCopyable & Sendable>: @unchecked Sendable {
  /// A sorted run: records in the scratch file, or in memory when it could not be written.
  enum Run {
    case file(Range<Int>)
    case memory([Record])
  }

  private let queue = DispatchQueue(label: "ties.sorted-runs")
  private let group = DispatchGroup()
  // Changed only on `queue`; read after `finish()` has waited for it.
  private var store: TemporaryStore?
  private var runs: [Run] = []

  /// Sorts and writes `records` as the next run, once the run before has been written.
  func submit(_ records: [Record]) {
    group.wait()
    group.enter()
    queue.async { [self] in
      var records = records
      records.sort()
      write(records)
      group.leave()
    }
  }

  private func write(_ records: [Record]) {
    do {
      let file = try store ?? TemporaryStore()
      store = file
      let start = file.size / MemoryLayout<Record>.stride
      try records.withUnsafeBytes { try file.append($0) }
      runs.append(.file(start..<(start + records.count)))
    } catch {
      // A full disk costs memory, not the run.
      runs.append(.memory(records))
    }
  }

  /// Every run, once the last is written, and the file that holds them.
  func finish() -> (runs: [Run], store: TemporaryStore?) {
    group.wait()
    return (runs, store)
  }
}
