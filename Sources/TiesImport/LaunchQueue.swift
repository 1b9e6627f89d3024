/// The order in which the claimed files are read (their parts are still merged in path
/// order). Large files wait in a queue of their own and, while there are small files to
/// read beside them, one is read at a time, in path order, while the other cores read the
/// small ones; a core with no small file it may start (none left, or the next one too far
/// ahead of the merge) takes a large one. In path order alone the large files came last
/// together (a platform's chats, then the next platform's), and the one read last kept a
/// core busy while the other sat idle: about 0.1 s of the 1 GB bench export's run. Reading
/// every largest file first instead ran the largest readers at once and raised the 5 GB
/// peak.
///
/// Both kinds are bounded ahead of the merge: a small file starts only within a window of
/// path indices past the next part to merge, and at most four windows of large parts are
/// read and not yet merged (large files are few, and a waiting part holds its identities
/// and threads, its interactions on disk; one window held the 5 GB export's last chats back
/// until the end, where they ran with one core idle).
struct LaunchQueue {
  /// A file of this size or more is large: a chat of millions of lines, not a page.
  static let largeBytes = 16 << 20

  private let large: [Int]
  private let small: [Int]
  private let isLarge: [Bool]
  private let window: Int
  private let largeWindow: Int
  private var nextLarge = 0
  private var nextSmall = 0
  private var largeRunning = 0
  private var largeUnmerged = 0

  /// With one job there is no other core to balance: every file is read in path order.
  /// `window`: how far past the next part to merge a small file may start; four times as
  /// many large parts may be read and not yet merged.
  init(sizes: [Int], jobs: Int, window: Int) {
    let isLarge = sizes.map { jobs > 1 && $0 >= Self.largeBytes }
    self.isLarge = isLarge
    self.window = max(1, window)
    largeWindow = 4 * self.window
    large = sizes.indices.filter { isLarge[$0] }
    small = sizes.indices.filter { !isLarge[$0] }
  }

  /// The next file to start, given the next part to merge; nil when nothing may start now.
  mutating func next(merging nextToMerge: Int) -> Int? {
    if largeRunning == 0, let index = takeLarge() { return index }
    if nextSmall < small.count, small[nextSmall] < nextToMerge + window {
      defer { nextSmall += 1 }
      return small[nextSmall]
    }
    return takeLarge()
  }

  /// Notes that the file at `index` has been read.
  mutating func finished(_ index: Int) {
    if isLarge[index] { largeRunning -= 1 }
  }

  /// Notes that the part of the file at `index` has been merged.
  mutating func merged(_ index: Int) {
    if isLarge[index] { largeUnmerged -= 1 }
  }

  /// The next large file, unless none is left or too many wait to be merged. (When the
  /// merge waits for the next large file, every large file before it has been merged, so
  /// it may start: the queue never stalls with nothing running.)
  private mutating func takeLarge() -> Int? {
    guard nextLarge < large.count, largeUnmerged < largeWindow else { return nil }
    defer { nextLarge += 1 }
    largeRunning += 1
    largeUnmerged += 1
    return large[nextLarge]
  }
}
