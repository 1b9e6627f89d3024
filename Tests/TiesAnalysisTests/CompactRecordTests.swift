import Testing
import TiesCore

@testable import TiesAnalysis

/// Records kept per person or per run are small, and reading them gives what the wide
/// records they replaced gave.
struct CompactRecordTests {
  @Test func keptRecordsStayNarrow() {
    #expect(MemoryLayout<Conversation>.stride <= 88)
    #expect(MemoryLayout<MonthlySeries.Row>.stride <= 56)
  }

  @Test(arguments: [(2024, 1), (1999, 12), (10, 3), (0, 1), (12_345, 6), (-3, 11)])
  func rowMonthReadsAsItsISOText(_ year: Int, _ month: Int) {
    let row = MonthlySeries.Row(personID: "p1", year: year, month: month, fromOwner: true)
    let time = CivilTime.seconds(year: year, month: month, day: 15, hour: 12, minute: 0, second: 0)
    #expect(row.month == String(CivilTime.iso8601(time).prefix(7)))
    #expect(row.direction == "sent")
  }

  /// Numbers sort as the text does inside four-digit years; outside, the text decides.
  @Test func rowsSortAsTheirText() {
    let months = [(2024, 1), (2023, 12), (999, 5), (10_000, 1), (-1, 12), (0, 1), (9_999, 12)]
    var rows: [MonthlySeries.Row] = []
    for (year, month) in months {
      for fromOwner in [true, false] {
        rows.append(.init(personID: "p", year: year, month: month, fromOwner: fromOwner))
      }
    }
    let byText = rows.sorted { ($0.month, $0.direction) < ($1.month, $1.direction) }
    #expect(rows.sorted(by: MonthlySeries.Row.precedes) == byText)
  }

  @Test func countsClampInsteadOfTrapping() {
    var conversation = Conversation(start: 0, openedByOwner: true)
    conversation.messagesYou = Int(Int32.max)
    conversation.messagesYou += 1
    #expect(conversation.messagesYou == Int(Int32.max))
    conversation.turnsThem += 3
    #expect(conversation.turns == 3)
  }

  /// The merge's read blocks shrink as runs multiply, so their memory stays within budget.
  @Test(arguments: [1, 2, 50, 1_000, 100_000])
  func readBlocksFitTheBudget(_ runs: Int) {
    typealias Sorter = ExternalSorter<PersonEvent>
    let block = Sorter.blockLength(runs: runs, readLength: 1 << 12)
    #expect(block <= 1 << 12 && block >= Sorter.minimumBlock)
    if block > Sorter.minimumBlock {
      #expect(block * runs * MemoryLayout<PersonEvent>.stride <= Sorter.readBudget)
    }
  }
}

/// The people are measured in two ranges of about as many events each.
struct MeasurementSplitTests {
  @Test(arguments: [
    ([5, 5, 5, 5], 2, [0..<2, 2..<4]),
    ([100, 1, 1, 1], 2, [0..<1, 1..<4]),
    ([1, 1, 1, 100], 2, [0..<3, 3..<4]),
    ([0, 0, 0], 2, [0..<2, 2..<3]),
    ([7], 2, [0..<1]),
    ([3, 4, 5], 1, [0..<3]),
  ])
  func rangesHaveAboutHalfTheEventsEach(_ counts: [Int], _ parts: Int, _ expected: [Range<Int>]) {
    let ranges = PeopleMeasurement.ranges(counts, parts: parts)
    #expect(ranges == expected)
    #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == counts.count)
  }

  /// Eight ranges (four a core): none empty, one after the other, each ending before it
  /// passes its share of the events, and leaving a person to every range after it.
  @Test(arguments: [
    (
      [Int](repeating: 5, count: 16),
      [0..<2, 2..<4, 4..<6, 6..<8, 8..<10, 10..<12, 12..<14, 14..<16]
    ),
    ([100, 1, 1, 1, 1, 1, 1, 1, 1, 1], [0..<1, 1..<2, 2..<3, 3..<4, 4..<5, 5..<6, 6..<7, 7..<10]),
    ([1, 1, 1, 1, 1, 1, 1, 1, 1, 100], [0..<3, 3..<4, 4..<5, 5..<6, 6..<7, 7..<8, 8..<9, 9..<10]),
    ([3, 3, 3], [0..<1, 1..<2, 2..<3]),
    ([0, 0, 0, 0, 0, 0, 0, 0, 0], [0..<2, 2..<3, 3..<4, 4..<5, 5..<6, 6..<7, 7..<8, 8..<9]),
  ])
  func eightRangesCoverEveryoneOnce(_ counts: [Int], _ expected: [Range<Int>]) {
    let ranges = PeopleMeasurement.ranges(counts, parts: 8)
    #expect(ranges == expected)
    #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    #expect(ranges.allSatisfy { !$0.isEmpty })
  }
}
