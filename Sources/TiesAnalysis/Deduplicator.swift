import TiesCore

/// Finds the same message read from two overlapping exports (two exports of one WhatsApp
/// chat, an older and a newer download): same platform, same chat (the same partner, or a
/// group of the same title), same sender, time, kind and length. Only threads that have a
/// twin are compared, and repeats within one thread are kept: two "ok"s in one minute are
/// two messages.
///
/// The twins' interactions are gathered as copies while the run is filed (`EventFiling`)
/// and sorted on disk by what makes them the same (`ExternalSorter`), so memory holds one
/// group of equal copies at a time, never a chat.
enum Deduplicator {
  /// An event of a thread that has a twin, in the order that brings copies together.
  struct Copy: Comparable, BitwiseCopyable, Sendable {
    var family: Int32
    var sender: Int32
    var time: Int64
    var length: Int32
    var kind: UInt8
    var thread: Int32
    var order: Int64

    func isCopy(of other: Copy) -> Bool {
      (family, sender, time, kind, length)
        == (other.family, other.sender, other.time, other.kind, other.length)
    }

    static func < (lhs: Copy, rhs: Copy) -> Bool {
      if !lhs.isCopy(of: rhs) {
        return (lhs.family, lhs.sender, lhs.time, lhs.kind, lhs.length)
          < (rhs.family, rhs.sender, rhs.time, rhs.kind, rhs.length)
      }
      return (lhs.thread, lhs.order) < (rhs.thread, rhs.order)
    }

    static func == (lhs: Copy, rhs: Copy) -> Bool {
      lhs.isCopy(of: rhs) && (lhs.thread, lhs.order) == (rhs.thread, rhs.order)
    }
  }

  /// The places in the run (`forEachInteraction` order) of the copies to drop, ascending,
  /// and how many there are, from the twins' copies sorted in parts (merged here: the same
  /// order as one sorter's).
  static func drops(
    _ copies: [ExternalSorter<Copy>.Runs], runLength: Int
  ) -> (drops: ExternalSorter<Int64>.Sorted, merged: Int) {
    var drops = ExternalSorter<Int64>(runLength: runLength)
    var sorted = MergedRuns(copies)
    var group: [Copy] = []
    func settle() {
      // Keep every copy in the thread that holds the most (the first of equals); drop the
      // others'. The group is sorted by thread, so each thread's copies are together.
      guard let first = group.first, let last = group.last, last.thread != first.thread else {
        return
      }
      var keep = first.thread
      var best = 0
      var start = 0
      while start < group.count {
        var end = start
        while end < group.count, group[end].thread == group[start].thread { end += 1 }
        if end - start > best { (keep, best) = (group[start].thread, end - start) }
        start = end
      }
      for copy in group where copy.thread != keep { drops.append(copy.order) }
    }
    while let copy = sorted.next() {
      if let first = group.first, !copy.isCopy(of: first) {
        settle()
        group.removeAll(keepingCapacity: true)
      }
      group.append(copy)
    }
    settle()
    let merged = drops.count
    return (drops.sorted(), merged)
  }

  /// The places in the run of the covered places `part` (counted along `stretches`).
  static func places(_ part: Range<Int>, of stretches: [Range<Int>]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var offset = 0
    for stretch in stretches {
      defer { offset += stretch.count }
      let low = max(part.lowerBound, offset)
      let high = min(part.upperBound, offset + stretch.count)
      if low < high {
        result.append((stretch.lowerBound + low - offset)..<(stretch.lowerBound + high - offset))
      }
    }
    return result
  }

  /// Each thread's family of twins (same platform, and the same partner or group title), or
  /// -1 for a thread without a twin.
  static func families(_ graph: InteractionGraph, _ partnerOfThread: [Int?]) -> [Int32] {
    var families: [String: [Int]] = [:]
    for (index, thread) in graph.threads.enumerated() {
      let who =
        thread.isGroup
        ? "group:" + thread.title
        : partnerOfThread[index].map { "person:\($0)" } ?? "thread:\(index)"
      families[thread.platform.rawValue + "|" + who, default: []].append(index)
    }
    var familyOfThread = [Int32](repeating: -1, count: graph.threads.count)
    for (offset, threads) in families.values.sorted(by: { $0[0] < $1[0] }).enumerated()
    where threads.count > 1 {
      for thread in threads { familyOfThread[thread] = Int32(offset) }
    }
    return familyOfThread
  }
}

/// Copies come sorted by chat, sender and time: small steps.
extension Deduplicator.Copy: SortedRecord {
  static let origin = Self(family: 0, sender: 0, time: 0, length: 0, kind: 0, thread: 0, order: 0)
  static var maxPackedBytes: Int { 5 + 5 + 10 + 5 + 1 + 5 + 10 }

  func pack(after previous: Self, into bytes: inout PackedBytes.Writer) {
    bytes.delta(Int64(family), from: Int64(previous.family))
    bytes.delta(Int64(sender), from: Int64(previous.sender))
    bytes.delta(time, from: previous.time)
    bytes.signed(Int64(length))
    bytes.byte(kind)
    bytes.delta(Int64(thread), from: Int64(previous.thread))
    bytes.delta(order, from: previous.order)
  }

  init(unpacking bytes: inout PackedBytes.Reader, after previous: Self) {
    family = Int32(truncatingIfNeeded: bytes.delta(from: Int64(previous.family)))
    sender = Int32(truncatingIfNeeded: bytes.delta(from: Int64(previous.sender)))
    time = bytes.delta(from: previous.time)
    length = Int32(truncatingIfNeeded: bytes.signed())
    kind = bytes.byte()
    thread = Int32(truncatingIfNeeded: bytes.delta(from: Int64(previous.thread)))
    order = bytes.delta(from: previous.order)
  }
}
