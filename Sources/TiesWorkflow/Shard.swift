import Foundation

/// A deterministic share of a batch: participant number i (in id order) belongs to shard
/// i mod COUNT, so COUNT machines with INDEX 0…COUNT-1 together cover every one exactly once.
public struct Shard: Sendable, Equatable {
  public var index: Int
  public var count: Int

  public static let whole = Shard(index: 0, count: 1)

  public init(index: Int, count: Int) {
    self.index = index
    self.count = count
  }

  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  /// Parses `INDEX/COUNT`, or `auto/COUNT` and `auto`, which take the index from the job
  /// scheduler: `JOB_COMPLETION_INDEX` (Kubernetes Indexed Job) or `SLURM_ARRAY_TASK_ID`
  /// (with `SLURM_ARRAY_TASK_COUNT` when COUNT is not given).
  public static func parse(_ text: String, environment: [String: String]) throws -> Shard {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    guard parts.count <= 2 else { throw Failure(description: "--shard takes INDEX/COUNT") }
    var index: Int?
    var count = parts.count == 2 ? Int(parts[1]) : nil
    if parts[0] == "auto" {
      if let value = environment["JOB_COMPLETION_INDEX"] {
        index = Int(value)
      } else if let value = environment["SLURM_ARRAY_TASK_ID"] {
        index = Int(value)
        count = count ?? environment["SLURM_ARRAY_TASK_COUNT"].flatMap { Int($0) }
      } else {
        throw Failure(
          description: "--shard auto needs JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID")
      }
    } else {
      index = Int(parts[0])
    }
    guard let index, let count, count > 0, (0..<count).contains(index) else {
      throw Failure(description: "--shard takes INDEX/COUNT with 0 ≤ INDEX < COUNT, like 0/4")
    }
    return Shard(index: index, count: count)
  }

  public func select<T>(_ items: [T]) -> [T] {
    items.enumerated().filter { $0.offset % count == index }.map(\.element)
  }

  public var label: String { count == 1 ? "all" : "shard-\(index)-of-\(count)" }
}
