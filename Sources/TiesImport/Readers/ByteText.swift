#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What readers ask of UTF-8 bytes without building a `String`: characters counted,
/// bytes compared, fixed-width numbers read. One copy of each for every scanner.
enum ByteText {
  /// Unicode scalars of UTF-8 text: every byte that is not a continuation byte.
  @inline(__always)
  static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    for byte in bytes { count &+= byte & 0xC0 != 0x80 ? 1 : 0 }
    return count
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
