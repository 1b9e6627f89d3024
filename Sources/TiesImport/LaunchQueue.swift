/// The order in which the claimed files are read (their parts are still merged in path
/// order). Large files wait in a queue of their own and are read one at a time, in path
/// order, while the other cores read the small ones; a core with nothing left in its own
/// queue takes from the other. In path order alone the large files came last together (a
/// platform's chats, then the next platform's), and the one read last kept a core busy
/// while the other sat idle: about 0.1 s of the 1 GB bench export's run. Reading every
/// largest file first instead ran the largest readers at once and raised the 5 GB peak.
struct LaunchQueue {
  /// A file of this size or more is large: a chat of millions of lines, not a page.
  static let largeBytes = 16 << 20

  private let large: [Int]
  private let small: [Int]
  private let isLarge: [Bool]
  private var nextLarge = 0
  private var nextSmall = 0
  private var largeRunning = 0

  /// With one job there is no other core to balance: every file is read in path order.
  init(sizes: [Int], jobs: Int) {
    let isLarge = sizes.map { jobs > 1 && $0 >= Self.largeBytes }
    self.isLarge = isLarge
    large = sizes.indices.filter { isLarge[$0] }
    small = sizes.indices.filter { !isLarge[$0] }
  }

  /// The next file to start: a large one when none is running, else the next small one
  /// if its path index is below `limit` (small parts must not wait too long to be merged),
  /// else a large one; nil when nothing can start now.
  mutating func next(smallBelow limit: Int) -> Int? {
    if largeRunning == 0, nextLarge < large.count { return takeLarge() }
    if nextSmall < small.count, small[nextSmall] < limit {
      defer { nextSmall += 1 }
      return small[nextSmall]
    }
    return nextLarge < large.count ? takeLarge() : nil
  }

  /// Notes that the file at `index` has been read.
  mutating func finished(_ index: Int) {
    if isLarge[index] { largeRunning -= 1 }
  }

  private mutating func takeLarge() -> Int {
    defer { nextLarge += 1 }
    largeRunning += 1
    return large[nextLarge]
  }
}
