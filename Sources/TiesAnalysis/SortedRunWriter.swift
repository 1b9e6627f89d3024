import Dispatch
import TiesCore

/// Sorts an `ExternalSorter`'s full buffers and writes them to its scratch file on a second
/// thread, one at a time, while the next buffer fills: the sorting and writing overlap the
/// pass that produces the records, and memory holds at most two buffers.
final class SortedRunWriter<Record: SortedRecord>: @unchecked Sendable {
  /// A sorted run: records packed in the scratch file, or in memory when it could not be
  /// written.
  enum Run {
    case file(PackedRun<Record>)
    case memory([Record])
  }

  private let queue = DispatchQueue(label: "ties.sorted-runs")
  private let group = DispatchGroup()
  // Changed only on `queue`; read after `finish()` has waited for it.
  private var store: TemporaryStore?
  private var runs: [Run] = []
  // Written on `queue`, read by `submit` after waiting for it.
  private var spare: [Record] = []

  /// Sorts and writes `records` as the next run, once the run before has been written, and
  /// hands back that run's emptied buffer (or an empty array the first time) for the caller
  /// to fill next. Reusing two buffers keeps the pages they were given: a fresh buffer of
  /// a few MiB is a fresh mapping the kernel must zero, once per run.
  func submit(_ records: consuming [Record]) -> [Record] {
    group.wait()
    let reusable = spare
    spare = []
    let handoff = Handoff(consume records)
    group.enter()
    queue.async { [self] in
      var records = handoff.take()
      Record.sortRun(&records)
      if write(records) {
        records.removeAll(keepingCapacity: true)
        spare = records
      }
      group.leave()
    }
    return reusable
  }

  /// Moves a buffer into the closure without a second reference, so sorting it in place
  /// does not copy it.
  private final class Handoff: @unchecked Sendable {
    private var records: [Record]
    init(_ records: consuming [Record]) { self.records = consume records }
    func take() -> [Record] {
      defer { records = [] }
      return records
    }
  }

  /// Whether the run went to the file (its buffer is free again).
  private func write(_ records: [Record]) -> Bool {
    do {
      let file = try store ?? TemporaryStore()
      store = file
      var run = PackedRun<Record>(at: file.size)
      try records.withUnsafeBufferPointer { try run.append($0, to: file) }
      runs.append(.file(run))
      return true
    } catch {
      // A full disk costs memory, not the run.
      runs.append(.memory(records))
      return false
    }
  }

  /// Every run, once the last is written, and the file that holds them.
  func finish() -> (runs: [Run], store: TemporaryStore?) {
    group.wait()
    return (runs, store)
  }
}
