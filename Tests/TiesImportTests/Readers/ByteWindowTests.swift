import Testing

@testable import TiesImport

/// Hands out its bytes at most `step` at a time, then fails at `failAt` if set.
private final class SteppedStream: ByteStream {
  private let bytes: [UInt8]
  private let step: Int
  private let failAt: Int?
  private var offset = 0

  init(_ text: String, step: Int, failAt: Int? = nil) {
    bytes = Array(text.utf8)
    self.step = step
    self.failAt = failAt
  }

  func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
    if let failAt, offset >= failAt {
      throw ByteStreamError(offset: offset, reason: "the disk went away")
    }
    var count = min(step, buffer.count, bytes.count - offset)
    if let failAt { count = min(count, failAt - offset) }
    for index in 0..<count { buffer[index] = bytes[offset + index] }
    offset += count
    return count
  }
}

struct ByteWindowTests {
  private func window(_ text: String, step: Int, capacity: Int, maximum: Int, failAt: Int? = nil)
    throws -> ByteWindow
  {
    try ByteWindow(
      ByteSource(stream: SteppedStream(text, step: step, failAt: failAt), name: "input"),
      capacity: capacity, maximumCapacity: maximum)
  }

  // Streaming readers break at buffer boundaries: every window and read size must find the
  // same bytes at the same input offsets.
  @Test(arguments: [(1, 1), (2, 1), (3, 2), (7, 3), (64, 64)])
  func seekFindsEveryByteAtItsOffset(capacity: Int, step: Int) throws {
    let text = "a<b<<c<d\n<"
    var window = try window(text, step: step, capacity: capacity, maximum: capacity)
    var offsets: [Int] = []
    while try window.seek(0x3C) {
      offsets.append(window.offset)
      window.start += 1
    }
    let (bytesRead, atEnd) = (window.bytesRead, window.atEnd)
    #expect(offsets == [1, 3, 4, 6, 9])
    #expect(bytesRead == text.utf8.count)
    #expect(atEnd)
  }

  @Test(arguments: [1, 2, 3, 5, 7, 64])
  func skipPastAndOccurrencesCrossBoundaries(capacity: Int) throws {
    let text = "<!-- x -- y -->tail class=\"m\" class=\"m\"class=\"m"
    var window = try window(text, step: 3, capacity: capacity, maximum: max(capacity, 16))
    let found = try window.skip(past: Array("-->".utf8))
    let offset = window.offset
    #expect(found)
    #expect(offset == 15)
    let needle = Array("class=\"m\"".utf8)
    var count = 0
    repeat {
      count += needle.withUnsafeBufferPointer { window.consumeOccurrences(of: $0) }
    } while try window.refill()
    #expect(count == 2)
  }

  @Test func growsByDoublingUpToTheMaximumThenIsFull() throws {
    var window = try window(String(repeating: "x", count: 40), step: 100, capacity: 3, maximum: 10)
    let twelve = try window.ensure(12)
    let (capacity, isFull) = (window.capacity, window.isFull)
    let thirteen = try window.ensure(13)
    let refilled = try window.refill()  // full: nothing read
    let available = window.available
    #expect(twelve)
    #expect(capacity == 12)  // 3, 6, 12: the step that passes the maximum is kept
    #expect(isFull)
    #expect(!thirteen)
    #expect(refilled)
    #expect(available == 12)
  }

  @Test func failuresNameTheInputAndTheStreamOffset() throws {
    var window = try window("abcdefghij", step: 4, capacity: 4, maximum: 64, failAt: 6)
    window.start = window.end
    #expect(
      throws: ByteReadError.readFailed(path: "input", offset: 6, reason: "the disk went away")
    ) {
      while try window.refill() { window.start = window.end }
    }
    let bytesRead = window.bytesRead
    #expect(bytesRead == 6)
    #expect(throws: ByteReadError.self) {
      _ = try ByteWindow(ByteSource(path: "/nonexistent/ties/x"), capacity: 8, maximumCapacity: 8)
    }
  }

  @Test func failureTextsAreTheReadersOwn() {
    let failed = ByteReadError.readFailed(path: "a.txt", offset: 401, reason: "CRC-32 mismatch")
    #expect("\(failed)" == "read of 'a.txt' failed at byte 401: CRC-32 mismatch")
    #expect(
      "\(ByteReadError.cannotOpen(path: "a.txt", reason: "gone"))" == "cannot open 'a.txt': gone")
    #expect(
      "\(SMSXMLScanner.Failure(failed))" == "reading 'a.txt' failed at byte 401: CRC-32 mismatch")
    #expect(
      "\(SMSXMLScanner.Failure(.cannotOpen(path: "a.xml", reason: "gone")))"
        == "cannot open 'a.xml'")
  }
}

struct ByteTextTests {
  @Test func countsScalarsComparesAndReadsDigits() {
    let text = Array("añ€😀".utf8)
    text.withUnsafeBufferPointer { bytes in
      #expect(ByteText.scalarCount(bytes) == 4)
      #expect(ByteText.scalarCount(bytes[1...]) == 3)
      #expect(ByteText.equal(bytes, bytes))
      #expect(!ByteText.equal(bytes, UnsafeBufferPointer(rebasing: bytes[1...])))
    }
    let date = Array("2024-03-09".utf8)
    #expect(ByteText.digits(date, 0, 4) == 2024)
    #expect(ByteText.digits(date, 5, 2) == 3)
    #expect(ByteText.digits(date, 3, 2) == nil)  // "4-"
    #expect(ByteText.digits(date, 9, 2) == nil)  // past the end
  }

  /// `count` pieces in the irregular order `order` gives, so that every kind of byte meets
  /// every word and lane-sum boundary.
  private static func mixed(_ pieces: [String], count: Int, order: (Int) -> Int) -> String {
    (0..<count).map { pieces[order($0) % pieces.count] }.joined()
  }

  /// Every slice of `text`'s bytes from each of the first nine offsets to every `step`-th end.
  private static func forEachSlice(
    of text: String, step: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    Array(text.utf8).withUnsafeBufferPointer { all in
      for start in 0..<9 {
        for end in stride(from: start, through: all.count, by: step) {
          body(UnsafeBufferPointer(rebasing: all[start..<end]))
        }
      }
    }
  }

  /// The eight-bytes-at-a-time count against Swift's own, at every length and offset
  /// around the word and lane-sum boundaries, and on bytes that are not UTF-8.
  @Test func scalarCountMatchesTheStandardLibrary() {
    let pieces = ["a", "ñ", "€", "😀", "\u{200E}", " ", "ü"]
    let text = Self.mixed(pieces, count: 700) { $0 * 7 + $0 / 5 }
    Self.forEachSlice(of: text, step: 13) { slice in
      let expected = slice.filter { $0 & 0xC0 != 0x80 }.count
      #expect(ByteText.scalarCount(slice) == expected)
    }
    Array(text.utf8).withUnsafeBufferPointer { all in
      #expect(ByteText.scalarCount(all) == text.unicodeScalars.count)
    }
    let continuations = [UInt8](repeating: 0x80, count: 1000)
    continuations.withUnsafeBufferPointer { #expect(ByteText.scalarCount($0) == 0) }
    let high = [UInt8](repeating: 0xFF, count: 1000)
    high.withUnsafeBufferPointer { #expect(ByteText.scalarCount($0) == 1000) }
  }

  /// The one-pass count of a quoted field against the two passes it replaces, at every
  /// length and offset around the word and lane-sum boundaries, quotes dense and sparse.
  @Test func scalarCountUndoublingQuotesMatchesTwoPasses() {
    let pieces = ["a", "\"\"", "ñ", "😀", "\"\"\"\"", " ", "\u{22}x", "€"]
    let text = Self.mixed(pieces, count: 900) { $0 * 5 + $0 / 7 }
    Self.forEachSlice(of: text, step: 11) { slice in
      let expected = ByteText.scalarCount(slice) - ByteText.count(of: 0x22, in: slice) / 2
      #expect(ByteText.scalarCountUndoublingQuotes(slice) == expected)
    }
    // Text that is mostly continuation bytes, long enough to fill every lane to its limit.
    let dense = Array(String(repeating: "😀€ñ", count: 300).utf8)
    dense.withUnsafeBufferPointer { all in
      let expected = ByteText.scalarCount(all) - ByteText.count(of: 0x22, in: all) / 2
      #expect(ByteText.scalarCountUndoublingQuotes(all) == expected)
      #expect(ByteText.scalarCount(all) == 900)
    }
    let quotes = [UInt8](repeating: 0x22, count: 1000)
    quotes.withUnsafeBufferPointer { #expect(ByteText.scalarCountUndoublingQuotes($0) == 500) }
  }
}
