#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What readers ask of UTF-8 bytes without building a `String`: characters counted,
/// bytes compared, fixed-width numbers read. One copy of each for every scanner.
enum ByteText {
  /// Unicode scalars of UTF-8 text: every byte that is not a continuation byte. A byte
  /// loop with a branch per byte was a fifth of the WhatsApp reader's time.
  @inline(__always)
  static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    bytes.count
      - laneTotal(bytes, lanes: continuationLanes) { $0 & 0xC0 == 0x80 ? 1 : 0 }
  }

  /// How many times `byte` occurs.
  @inline(__always)
  static func count(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let pattern = UInt64(byte) &* 0x0101_0101_0101_0101
    return laneTotal(bytes, lanes: { matchLanes($0, pattern) }) { $0 == byte ? 1 : 0 }
  }

  /// Unicode scalars of a quoted CSV field's raw bytes, each doubled quote counted once:
  /// `scalarCount` less half the quotes, in one pass instead of two (message texts are most
  /// of a CSV export's bytes). A continuation byte weighs two and a quote one, so half the
  /// total is the continuations plus half the quotes.
  @inline(__always)
  static func scalarCountUndoublingQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let quotes: UInt64 = 0x2222_2222_2222_2222
    let total = laneTotal(
      bytes, lanes: { continuationLanes($0) << 1 | matchLanes($0, quotes) }
    ) { $0 & 0xC0 == 0x80 ? 2 : $0 == 0x22 ? 1 : 0 }
    return bytes.count - total / 2
  }

  /// The sum of a weight per byte, eight bytes at a time: `lanes` gives a word's weights in
  /// its byte lanes (at most 2 each), `weight` the same for the bytes past the last whole
  /// word. The lanes are added up every 15 words, before their sum could pass 255 (8 lanes
  /// of at most 30; the baseline x86-64 target has no popcount instruction).
  @inline(__always)
  private static func laneTotal(
    _ bytes: UnsafeBufferPointer<UInt8>, lanes: (UInt64) -> UInt64, weight: (UInt8) -> Int
  ) -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    let raw = UnsafeRawPointer(base)
    let count = bytes.count
    var total = 0
    var offset = 0
    var sum: UInt64 = 0
    var words = 0
    while offset + 8 <= count {
      sum &+= lanes(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      offset += 8
      words += 1
      if words == 15 {
        total &+= laneSum(sum)
        (sum, words) = (0, 0)
      }
    }
    total &+= laneSum(sum)
    while offset < count {
      total &+= weight(base[offset])
      offset += 1
    }
    return total
  }

  /// 1 in each byte lane holding a continuation byte (`10xxxxxx`): its top bit is set and
  /// the next one clear, so `word & ~(word << 1)` keeps exactly their top bits.
  @inline(__always)
  private static func continuationLanes(_ word: UInt64) -> UInt64 {
    (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
  }

  /// 1 in each byte lane equal to the byte `pattern` repeats: the lane is zero after the
  /// XOR, found exactly, with no carries across lanes.
  @inline(__always)
  private static func matchLanes(_ word: UInt64, _ pattern: UInt64) -> UInt64 {
    let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    let flipped = word ^ pattern
    return (~(((flipped & low) &+ low) | flipped) & 0x8080_8080_8080_8080) >> 7
  }

  /// The sum of a word's eight byte lanes, which must stay below 256.
  @inline(__always)
  private static func laneSum(_ lanes: UInt64) -> Int {
    Int(truncatingIfNeeded: (lanes &* 0x0101_0101_0101_0101) >> 56)
  }

  @inline(__always)
  static func scalarCount(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
    scalarCount(UnsafeBufferPointer(rebasing: bytes))
  }

  /// Whether two byte strings are the same.
  @inline(__always)
  static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    guard let pa = a.baseAddress, let pb = b.baseAddress else { return a.count == 0 }
    return memcmp(pa, pb, a.count) == 0
  }

  /// The number written with exactly `count` ASCII digits at `start`, or nil.
  @inline(__always)
  static func digits<Bytes: RandomAccessCollection>(_ bytes: Bytes, _ start: Int, _ count: Int)
    -> Int?
  where Bytes.Element == UInt8, Bytes.Index == Int {
    guard start >= bytes.startIndex, start + count <= bytes.endIndex else { return nil }
    var value = 0
    for index in start..<(start + count) {
      let digit = bytes[index] &- 0x30
      guard digit < 10 else { return nil }
      value = value * 10 + Int(digit)
    }
    return value
  }
}
