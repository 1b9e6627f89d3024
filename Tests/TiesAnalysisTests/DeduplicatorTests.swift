import Testing

@testable import TiesAnalysis

/// The twins' copies are read only where twins' interactions lie, in parts of about equal
/// size: every place of those stretches in exactly one part, in order.
struct DeduplicatorTests {
  @Test func partsCoverTheStretchesOnceInOrder() {
    let stretches = [2..<5, 10..<12, 20..<30]
    #expect(Deduplicator.places(0..<15, of: stretches) == stretches)
    #expect(Deduplicator.places(0..<7, of: stretches) == [2..<5, 10..<12, 20..<22])
    #expect(Deduplicator.places(7..<15, of: stretches) == [22..<30])
    #expect(Deduplicator.places(3..<4, of: stretches) == [10..<11])
    #expect(Deduplicator.places(4..<4, of: stretches).isEmpty)
    for split in 0...15 {
      let both =
        Deduplicator.places(0..<split, of: stretches)
        + Deduplicator.places(split..<15, of: stretches)
      #expect(both.flatMap { Array($0) } == stretches.flatMap { Array($0) }, "split at \(split)")
    }
  }
}
