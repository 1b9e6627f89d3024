#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The buffered byte source every streaming reader stands on (lines, CSV records, SMS XML
/// tags): a window of a `ByteSource` (a file, a zip member as it inflates, a stream) with
/// one refill loop and one set of failures (`ByteReadError`).
///
/// Readers scan `bytes[start..<end]` in place and move `start` past what they consumed;
/// `refill()` moves the unread rest to the front and reads behind it. When the unread bytes
/// fill the window it doubles, up to `maximumCapacity`; at that size a reader that still
/// needs more sees `isFull` and decides (cut a line, reject a record). Memory is the window,
/// never the input; nothing is copied per line or record.
struct ByteWindow: ~Copyable {
  /// How errors name the input.
  let name: String
  private let stream: ByteStream
  /// The window's memory; valid until the next `refill()`, which may move it.
  private(set) var bytes: UnsafeMutablePointer<UInt8>
  private(set) var capacity: Int
  let maximumCapacity: Int
  /// The first unread byte.
  var start = 0
  /// One past the last byte read.
  private(set) var end = 0
  /// The input offset of `bytes[0]`.
  private(set) var base = 0
  /// The input has ended: no refill brings more.
  private(set) var atEnd = false

  /// Opens the source.
  ///
  /// - Parameters:
  ///   - capacity: the first size of the window (at least 1).
  ///   - maximumCapacity: how far it may grow to hold one unread stretch.
  /// - Throws: `ByteReadError.cannotOpen` with the source's reason.
  init(_ source: ByteSource, capacity: Int, maximumCapacity: Int) throws(ByteReadError) {
    do {
      stream = try source.open()
    } catch {
      throw .cannotOpen(
        path: source.name, reason: (error as? ByteStreamError)?.reason ?? "\(error)")
    }
    name = source.name
    self.capacity = max(1, capacity)
    self.maximumCapacity = max(self.capacity, maximumCapacity)
    bytes = .allocate(capacity: self.capacity)
  }

  deinit { bytes.deallocate() }

  /// The input offset of the first unread byte.
  var offset: Int { base + start }
  /// Bytes read from the input so far.
  var bytesRead: Int { base + end }
  var available: Int { end - start }
  /// The unread bytes fill the window and it may not grow: a refill reads nothing.
  var isFull: Bool { end - start == capacity && capacity >= maximumCapacity }
  var unread: UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: bytes + start, count: end - start)
  }

  /// Keeps the unread bytes and reads more behind them, growing the window when they fill
  /// it; false at the end of the input. When `isFull`, returns true having read nothing.
  ///
  /// - Throws: `ByteReadError.readFailed` with the stream's offset and reason.
  mutating func refill() throws(ByteReadError) -> Bool {
    if atEnd { return false }
    if start > 0 {
      let kept = end - start
      if kept > 0 { memmove(bytes, bytes + start, kept) }
      base += start
      start = 0
      end = kept
    }
    if end == capacity {
      guard capacity < maximumCapacity else { return true }
      grow()
    }
    let count: Int
    do {
      count = try stream.read(
        into: UnsafeMutableRawBufferPointer(start: bytes + end, count: capacity - end))
    } catch let error as ByteStreamError {
      throw .readFailed(path: name, offset: error.offset, reason: error.reason)
    } catch {
      throw .readFailed(path: name, offset: bytesRead, reason: "\(error)")
    }
    if count == 0 {
      atEnd = true
      return false
    }
    end += count
    return true
  }

  /// Makes at least `count` unread bytes available when the input (and the window) has
  /// them; whether it did.
  mutating func ensure(_ count: Int) throws(ByteReadError) -> Bool {
    while end - start < count {
      if isFull { return false }
      guard try refill() else { return end - start >= count }
    }
    return true
  }

  /// Moves `start` to the next byte equal to `byte`, reading on as needed; false at the end
  /// of the input, everything consumed.
  mutating func seek(_ byte: UInt8) throws(ByteReadError) -> Bool {
    while true {
      if start < end, let found = memchr(bytes + start, Int32(byte), end - start) {
        start = found.assumingMemoryBound(to: UInt8.self) - bytes
        return true
      }
      start = end
      guard try refill() else { return false }
    }
  }

  /// Moves `start` past the next occurrence of `pattern`; false at the end of the input.
  mutating func skip(past pattern: [UInt8]) throws(ByteReadError) -> Bool {
    while true {
      guard try seek(pattern[0]) else { return false }
      guard try ensure(pattern.count) else { return false }
      var index = 1
      while index < pattern.count, bytes[start + index] == pattern[index] { index += 1 }
      if index == pattern.count {
        start += pattern.count
        return true
      }
      start += 1
    }
  }

  /// Doubles the window (at most to `maximumCapacity`), keeping the bytes in it.
  private mutating func grow() {
    let larger = capacity + min(capacity, maximumCapacity)
    let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
    moved.update(from: bytes, count: end)
    bytes.deallocate()
    bytes = moved
    capacity = larger
  }
}

extension ByteWindow {
  /// Counts the occurrences of `needle` (at least one byte, none overlapping) whole in the
  /// unread bytes and consumes up to where the next one could start. The window must be able
  /// to hold the needle, or refilling for the next one never ends (`isFull`).
  mutating func consumeOccurrences(of needle: UnsafeBufferPointer<UInt8>) -> Int {
    guard let first = needle.first, let needleBase = needle.baseAddress else { return 0 }
    var count = 0
    while end - start >= needle.count {
      let candidates = end - start - needle.count + 1
      guard let hit = memchr(bytes + start, Int32(first), candidates) else {
        start += candidates
        break
      }
      start = hit.assumingMemoryBound(to: UInt8.self) - bytes
      if memcmp(bytes + start, needleBase, needle.count) == 0 {
        count += 1
        start += needle.count
      } else {
        start += 1
      }
    }
    return count
  }
}
