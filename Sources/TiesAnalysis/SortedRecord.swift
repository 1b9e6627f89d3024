import TiesCore

/// A record an `ExternalSorter` takes: ordered, packed on disk, and sorted a run at a time
/// by `sortRun`, which a record type may do better than a comparison sort.
protocol SortedRecord: Comparable, PackedRecord, BitwiseCopyable {
  /// Sorts one run's records in place.
  static func sortRun(_ records: inout [Self])
}

extension SortedRecord {
  static func sortRun(_ records: inout [Self]) { records.sort() }
}

extension Int64: SortedRecord {}
