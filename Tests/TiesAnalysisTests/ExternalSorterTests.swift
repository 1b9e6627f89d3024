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
}
