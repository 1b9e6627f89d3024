import Testing
import TiesTestSupport

@testable import TiesAnalysis

/// The on-disk sort gives exactly what an in-memory sort gives, for any run length.
struct ExternalSorterTests {
  @Test(arguments: [1, 2, 3, 64, 1000, 1 << 18])
  func mergedRunsEqualOneSort(_ runLength: Int) {
    var generator = SeededGenerator(seed: UInt64(runLength))
    let values = (0..<2_500).map { _ in Int64(bitPattern: generator.next()) % 500 }
    // Unique records: the value, then its place.
    let records = values.enumerated().map { Int64($0.element) << 20 | Int64($0.offset) }
    var sorter = ExternalSorter<Int64>(runLength: runLength, readLength: 7)
    for record in records { sorter.append(record) }
    #expect(sorter.count == records.count)
    var merged: [Int64] = []
    sorter.forEachSorted { merged.append($0) }
    #expect(merged == records.sorted())
  }

  @Test func emptySorterYieldsNothing() {
    var sorted = ExternalSorter<Int64>(runLength: 2).sorted()
    #expect(sorted.next() == nil)
  }

  /// A merge may start at any record, and the runs serve several merges: each gives the
  /// records not below where it starts, whether they lie on disk, in a run kept in memory
  /// or in the last buffer.
  @Test(arguments: [1, 3, 64, 5_000])
  func mergesStartAnywhere(_ runLength: Int) {
    var generator = SeededGenerator(seed: 7 &+ UInt64(runLength))
    let records: [Int64] = (0..<2_500).map { place in
      Int64(generator.next() % 300) << 20 | Int64(place)
    }
    var sorter = ExternalSorter<Int64>(runLength: runLength, readLength: 5)
    for record in records { sorter.append(record) }
    let runs = sorter.finish()
    let sorted = records.sorted()
    let starts: [Int64] = [.min, 0, 17 << 20, 150 << 20, 299 << 20 | 4_000, 400 << 20]
    for lowest in starts {
      for merges in [1, 2] {
        var merged: [Int64] = []
        var iterator = runs.merged(from: lowest, merges: merges)
        while let record = iterator.next() { merged.append(record) }
        #expect(merged == sorted.filter { $0 >= lowest }, "from \(lowest)")
      }
    }
  }

  /// Runs longer than the packed runs' checkpoint interval (4,096): a merge starts from the
  /// checkpoint before its first record and reads on from there.
  @Test func longRunsStartBetweenCheckpoints() {
    var generator = SeededGenerator(seed: 99)
    let records: [Int64] = (0..<30_000).map { place in
      Int64(generator.next() % 1_000) << 20 | Int64(place)
    }
    var sorter = ExternalSorter<Int64>(runLength: 10_000, readLength: 300)
    for record in records { sorter.append(record) }
    let runs = sorter.finish()
    let sorted = records.sorted()
    for lowest: Int64 in [.min, 1 << 20, 409 << 20 | 5, 410 << 20, 999 << 20, 1_000 << 20] {
      var merged: [Int64] = []
      var iterator = runs.merged(from: lowest, merges: 2)
      while let record = iterator.next() { merged.append(record) }
      #expect(merged == sorted.filter { $0 >= lowest }, "from \(lowest)")
    }
  }

  /// Events are counted out by person before each person's stretch is sorted: the same
  /// order as a comparison sort, whatever the people and however the run is ordered.
  @Test(arguments: [(10, 5_000), (3_000, 5_000), (50_000, 5_000), (7, 40)])
  func eventRunsSortAsAComparisonSortDoes(people: Int, count: Int) {
    var generator = SeededGenerator(seed: UInt64(people * count))
    // Thread by thread, each in time order, as a run is filed; the last one out of order.
    var events: [PersonEvent] = []
    var order = 0
    while events.count < count {
      let person = Int(generator.next() % UInt64(people))
      var time = Int64(generator.next() % 1_000_000)
      for _ in 0..<Int(generator.next() % 50) {
        time += Int64(generator.next() % 100)
        events.append(PersonEvent(person: person, time: time, order: order, role: .direct))
        order += 1
      }
    }
    events.append(PersonEvent(person: 0, time: -5, order: order, role: .group))
    var sorted = events
    PersonEvent.sortRun(&sorted)
    // A Bool, not the arrays: a mismatch would print thousands of events.
    let same = sorted == events.sorted()
    #expect(same)
  }
}
