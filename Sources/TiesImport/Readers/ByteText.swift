#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What readers ask of UTF-8 bytes without building a `String`: characters counted,
/// bytes compared, fixed-width numbers read. One copy of each for every scanner.
enum ByteText {
  /// Unicode scalars of UTF-8 text: every byte that is not a continuation byte.
  ///
  /// Eight bytes at a time: a continuation byte (`10xxxxxx`) has its top bit set and the
  /// next one clear, so `word & ~(word << 1)` keeps exactly their top bits. They are
  /// summed per byte lane and the lanes added up every 31 words, before any lane could
  /// pass 255 (the baseline x86-64 target has no popcount instruction). A byte loop with a
  /// branch per byte was a fifth of the WhatsApp reader's time.
  @inline(__always)
  static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    let raw = UnsafeRawPointer(base)
    let count = bytes.count
    var continuation = 0
    var offset = 0
    var lanes: UInt64 = 0
    var words = 0
    while offset + 8 <= count {
      let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      lanes &+= (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
      offset += 8
      words += 1
      if words == 31 {
        continuation &+= laneSum(lanes)
        (lanes, words) = (0, 0)
      }
    }
    continuation &+= laneSum(lanes)
    while offset < count {
      continuation &+= base[offset] & 0xC0 == 0x80 ? 1 : 0
      offset += 1
    }
    return count - continuation
  }

  /// How many times `byte` occurs, eight bytes at a time: a byte is found where the word
  /// XOR the byte repeated has a zero lane (exactly, with no carries across lanes).
  @inline(__always)
  static func count(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    let raw = UnsafeRawPointer(base)
    let pattern = UInt64(byte) &* 0x0101_0101_0101_0101
    let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    var found = 0
    var offset = 0
    var lanes: UInt64 = 0
    var words = 0
    while offset + 8 <= bytes.count {
      let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) ^ pattern
      let nonZero = ((word & low) &+ low) | word
      lanes &+= (~nonZero & 0x8080_8080_8080_8080) >> 7
      offset += 8
      words += 1
      if words == 31 {
        found &+= laneSum(lanes)
        (lanes, words) = (0, 0)
      }
    }
    found &+= laneSum(lanes)
    while offset < bytes.count {
      found &+= base[offset] == byte ? 1 : 0
      offset += 1
    }
    return found
  }

  /// Unicode scalars of a quoted CSV field's raw bytes, each doubled quote counted once:
  /// `scalarCount` less half the quotes, in one pass instead of two (message texts are most
  /// of a CSV export's bytes).
  @inline(__always)
  static func scalarCountUndoublingQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    let raw = UnsafeRawPointer(base)
    let count = bytes.count
    let quotes: UInt64 = 0x2222_2222_2222_2222
    let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    let highs: UInt64 = 0x8080_8080_8080_8080
    var continuation = 0
    var found = 0
    var offset = 0
    var continuationLanes: UInt64 = 0
    var quoteLanes: UInt64 = 0
    var words = 0
    while offset + 8 <= count {
      let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      continuationLanes &+= (word & ~(word << 1) & highs) >> 7
      let flipped = word ^ quotes
      quoteLanes &+= (~(((flipped & low) &+ low) | flipped) & highs) >> 7
      offset += 8
      words += 1
      if words == 31 {
        continuation &+= laneSum(continuationLanes)
        found &+= laneSum(quoteLanes)
        (continuationLanes, quoteLanes, words) = (0, 0, 0)
      }
    }
    continuation &+= laneSum(continuationLanes)
    found &+= laneSum(quoteLanes)
    while offset < count {
      continuation &+= base[offset] & 0xC0 == 0x80 ? 1 : 0
      found &+= base[offset] == 0x22 ? 1 : 0
      offset += 1
    }
    return count - continuation - found / 2
  }

  /// The sum of a word's eight byte lanes (each at most 255 in total over 31 words).
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
