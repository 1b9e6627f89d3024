/// A record that scratch files hold packed (`PackedRun`): each field written as its
/// difference from the same field of the record before, in as few bytes as that takes.
/// A run's records mostly differ little from the one before (the same thread or person, a
/// little later, the next line), so they take 6 to 10 bytes instead of their 24 to 40 in
/// memory. Fewer bytes to write matters more than the work to pack them: on the machines
/// we measured, writing fresh pages of a scratch file ran at 300–450 MB/s (docs/performance.md).
public protocol PackedRecord: Sendable {
  /// The record before a run's first: packing after it writes each field whole.
  static var origin: Self { get }
  /// The most bytes `pack` writes for one record.
  static var maxPackedBytes: Int { get }
  func pack(after previous: Self, into bytes: inout PackedBytes.Writer)
  init(unpacking bytes: inout PackedBytes.Reader, after previous: Self)
}

/// Sorted times and places (the duplicates' places to drop): ascending, so a small step.
extension Int64: PackedRecord {
  public static var origin: Int64 { 0 }
  public static var maxPackedBytes: Int { 10 }

  @inlinable public func pack(after previous: Int64, into bytes: inout PackedBytes.Writer) {
    bytes.delta(self, from: previous)
  }

  @inlinable public init(unpacking bytes: inout PackedBytes.Reader, after previous: Int64) {
    self = bytes.delta(from: previous)
  }
}
