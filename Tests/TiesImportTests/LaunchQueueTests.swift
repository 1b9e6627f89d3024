import Testing

@testable import TiesImport

/// Large files are read one at a time beside the small ones, each kind in path order; a
/// core with nothing of its own kind to read takes the other kind.
struct LaunchQueueTests {
  private let large = LaunchQueue.largeBytes

  @Test func oneLargeFileAtATimeBesideTheSmallOnes() {
    var queue = LaunchQueue(sizes: [1, large, 1, large + 1, 1], jobs: 2)
    #expect(queue.next(smallBelow: 99) == 1)
    #expect(queue.next(smallBelow: 99) == 0)
    queue.finished(0)
    #expect(queue.next(smallBelow: 99) == 2)
    queue.finished(1)
    #expect(queue.next(smallBelow: 99) == 3)
    #expect(queue.next(smallBelow: 99) == 4)
    #expect(queue.next(smallBelow: 99) == nil)
  }

  @Test func smallFilesWaitForTheMergeButLargeOnesFillTheCores() {
    var queue = LaunchQueue(sizes: [1, 1, large, large], jobs: 2)
    #expect(queue.next(smallBelow: 1) == 2)
    #expect(queue.next(smallBelow: 1) == 0)
    #expect(queue.next(smallBelow: 1) == 3)  // the next small one is past the window
    #expect(queue.next(smallBelow: 1) == nil)
    #expect(queue.next(smallBelow: 2) == 1)
  }

  /// So do the files of one job: with no second core, nothing is gained by reading ahead.
  @Test func onlySmallOrOnlyLargeFilesGoInPathOrder() {
    var small = LaunchQueue(sizes: [3, 2, 1], jobs: 2)
    var alone = LaunchQueue(sizes: [1, large, 1], jobs: 1)
    var large = LaunchQueue(sizes: [large, large, large], jobs: 2)
    #expect((0..<4).map { _ in small.next(smallBelow: 99) } == [0, 1, 2, nil])
    #expect((0..<4).map { _ in large.next(smallBelow: 99) } == [0, 1, 2, nil])
    #expect((0..<4).map { _ in alone.next(smallBelow: 99) } == [0, 1, 2, nil])
  }
}
