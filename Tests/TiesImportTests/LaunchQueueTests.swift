import Testing

@testable import TiesImport

/// Large files are read one at a time beside the small ones, each kind in path order; a
/// core with no small file it may start takes a large one; both kinds stay within a window
/// of the merge.
struct LaunchQueueTests {
  private let large = LaunchQueue.largeBytes

  @Test func oneLargeFileAtATimeBesideTheSmallOnes() {
    var queue = LaunchQueue(sizes: [1, large, 1, large + 1, 1], jobs: 2, window: 99)
    #expect(queue.next(merging: 0) == 1)
    #expect(queue.next(merging: 0) == 0)
    queue.finished(0)
    #expect(queue.next(merging: 0) == 2)
    queue.finished(1)
    #expect(queue.next(merging: 0) == 3)
    #expect(queue.next(merging: 0) == 4)
    #expect(queue.next(merging: 0) == nil)
  }

  @Test func aSmallFileTooFarAheadOfTheMergeLetsALargeOneStart() {
    var queue = LaunchQueue(sizes: [1, 1, 1, large, large], jobs: 2, window: 2)
    #expect(queue.next(merging: 0) == 3)
    #expect(queue.next(merging: 0) == 0)
    #expect(queue.next(merging: 0) == 1)
    #expect(queue.next(merging: 0) == 4)  // small file 2 is past the window
    #expect(queue.next(merging: 0) == nil)
    #expect(queue.next(merging: 1) == 2)
  }

  @Test func atMostFourWindowsOfLargePartsWaitToBeMerged() {
    var queue = LaunchQueue(sizes: [1] + Array(repeating: large, count: 5), jobs: 2, window: 1)
    for index in 1...4 {
      #expect(queue.next(merging: 0) == index)
      queue.finished(index)
    }
    #expect(queue.next(merging: 0) == 0)  // four large parts wait: the fifth may not start
    #expect(queue.next(merging: 0) == nil)
    queue.finished(0)
    for index in 0...4 { queue.merged(index) }
    #expect(queue.next(merging: 5) == 5)
  }

  /// So do the files of one job: with no second core, nothing is gained by reading ahead.
  @Test func onlySmallOrOnlyLargeFilesGoInPathOrder() {
    var small = LaunchQueue(sizes: [3, 2, 1], jobs: 2, window: 99)
    var alone = LaunchQueue(sizes: [1, large, 1], jobs: 1, window: 99)
    var large = LaunchQueue(sizes: [large, large, large], jobs: 2, window: 99)
    #expect((0..<4).map { _ in small.next(merging: 0) } == [0, 1, 2, nil])
    #expect((0..<4).map { _ in large.next(merging: 0) } == [0, 1, 2, nil])
    #expect((0..<4).map { _ in alone.next(merging: 0) } == [0, 1, 2, nil])
  }
}
