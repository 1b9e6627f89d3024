import Dispatch
import Foundation
import TiesCore

/// Measures everyone but the owner from their sorted events, the people in ranges of about
/// as many events each, each range with its own merge of the sorted runs, as many at once
/// as there are parts. A person is measured from their own events only, read in the same
/// order whichever range they fall in, so the split changes nothing in the results.
struct PeopleMeasurement: Sendable {
  let measurer: TieMeasurer
  let graph: InteractionGraph
  let ownerIndex: Int?

  /// Measures `metrics` in place; returns each person's monthly rows.
  func run(
    _ metrics: inout [PersonMetrics], collected: consuming EventCollector, parts: Int
  ) -> [[MonthlySeries.Row]] {
    var monthly = [[MonthlySeries.Row]](repeating: [], count: metrics.count)
    let (first, last) = (collected.first, collected.last)
    // Four ranges a part, each taken by whichever of `parts` workers is free: people cost
    // more than their events alone say, and with one range a worker one waited for the
    // other. Never more workers than parts, whatever the machine: `--jobs` is kept, and so
    // is the merges' read budget, shared by as many as read at once.
    let ranges = Self.ranges(collected.eventCounts, parts: parts > 1 ? parts * 4 : 1)
    let workers = min(parts, ranges.count)
    let next = NextRange(count: ranges.count)
    let runs = collected.sortedRuns()
    metrics.withUnsafeMutableBufferPointer { metrics in
      monthly.withUnsafeMutableBufferPointer { monthly in
        let out = Output(metrics: metrics, monthly: monthly)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
          while let part = next.take() {
            measure(ranges[part], runs: runs, merges: workers, first: first, last: last, into: out)
          }
        }
      }
    }
    return monthly
  }

  /// Measures the people of `range` from their events in `runs`.
  private func measure(
    _ range: Range<Int>, runs: [ExternalSorter<PersonEvent>.Runs], merges: Int,
    first: [Int64?], last: [Int64?], into out: Output
  ) {
    var events = EventCollector.mergedEvents(runs, from: range.lowerBound, merges: merges)
    var pending = events.next()
    for index in range {
      guard index != ownerIndex else {
        while let event = pending, event.person == index { pending = events.next() }
        continue
      }
      var person = out.metrics[index]
      person.platforms = Set(
        person.person.identities.map { graph.identities[$0].key.platform }
      ).sorted()
      var tally = measurer.start(person, first: first[index], last: last[index])
      while let event = pending, event.person == index {
        tally.add(event)
        pending = events.next()
      }
      out.monthly[index] = tally.monthly.rows
      out.metrics[index] = measurer.finish(tally)
    }
  }

  /// Consecutive ranges of people with about as many events each: `parts` of them, or one
  /// a person when there are fewer people.
  static func ranges(_ eventCounts: [Int], parts: Int) -> [Range<Int>] {
    let people = eventCounts.count
    let count = min(parts, people)
    guard count > 1 else { return [0..<people] }
    let total = eventCounts.reduce(0, +)
    var bounds = [0]
    var split = 0
    var seen = 0
    for part in 1..<count {
      // Each range ends where its share of the events would be passed, and leaves at
      // least one person to each range after it.
      while split < people - (count - part),
        count * (seen + eventCounts[split]) <= part * total
      {
        seen += eventCounts[split]
        split += 1
      }
      split = max(split, bounds[part - 1] + 1)
      seen = eventCounts[..<split].reduce(0, +)
      bounds.append(split)
    }
    bounds.append(people)
    return (0..<count).map { bounds[$0]..<bounds[$0 + 1] }
  }

  /// Hands out the ranges' indices in order, each once, to whichever worker asks.
  private final class NextRange: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private let count: Int

    init(count: Int) { self.count = count }

    func take() -> Int? {
      lock.lock()
      defer { lock.unlock() }
      guard next < count else { return nil }
      next += 1
      return next - 1
    }
  }

  /// Where the ranges write, each at its own people's indices, never two at one.
  private struct Output: @unchecked Sendable {
    let metrics: UnsafeMutableBufferPointer<PersonMetrics>
    let monthly: UnsafeMutableBufferPointer<[MonthlySeries.Row]>
  }
}
