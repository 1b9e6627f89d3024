#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The state machine behind `CSVReader`, kept apart so a record cut by the end of the
/// buffer is parsed again from its start once more bytes arrive.
struct CSVRecordParser {
  private let fields = FieldBounds()
  /// The line the next record starts on.
  private(set) var line = 1
  private(set) var unterminatedQuotes = 0

  /// Parses every complete record of `buffer[0..<count]` and returns how many bytes they
  /// took; at the end of the file, the rest is a record too.
  mutating func parse(
    _ buffer: UnsafeBufferPointer<UInt8>, count: Int, atEnd: Bool,
    _ body: (CSVRecord) throws -> Void
  ) throws -> Int {
    guard let base = buffer.baseAddress else { return 0 }
    var recordStart = 0
    while recordStart < count {
      guard let (next, newlines) = record(base, from: recordStart, count: count, atEnd: atEnd)
      else { break }
      let count = fields.count
      let blank = count == 1 && !fields.quoted[0] && fields.ends[0] == fields.starts[0]
      if !blank {
        try body(
          CSVRecord(
            base: base, starts: UnsafeBufferPointer(start: fields.starts, count: count),
            ends: UnsafeBufferPointer(start: fields.ends, count: count),
            quoted: UnsafeBufferPointer(start: fields.quoted, count: count), line: line))
      }
      line += newlines
      recordStart = next
    }
    return recordStart
  }

  /// Reads one record from `start`: the offset after it and the line breaks it holds, or
  /// nil when the buffer ends inside it before the end of the file.
  private mutating func record(
    _ base: UnsafePointer<UInt8>, from start: Int, count: Int, atEnd: Bool
  ) -> (Int, Int)? {
    fields.count = 0
    var position = start
    var newlines = 0
    var unterminated = false
    while true {
      if position < count, base[position] == 0x22 {
        var close = Self.closingQuote(base, openedAt: position, count: count, atEnd: atEnd) ?? -1
        if close < 0 {
          guard atEnd else { return nil }
          unterminated = true
          close = count
        }
        newlines += Self.countNewlines(base + position + 1, close - position - 1)
        position = appendQuotedField(base, openedAt: position, closedAt: close, count: count)
      } else {
        let fieldStart = position
        position = Self.nextDelimiter(base, from: position, end: count)
        appendField(fieldStart, position, quoted: false)
      }
      guard position < count else {
        guard atEnd else { return nil }
        if unterminated { unterminatedQuotes += 1 }
        return (count, newlines)
      }
      switch base[position] {
      case 0x2C:
        position += 1
      case 0x0A:
        return (position + 1, newlines + 1)
      default:  // CR
        if position + 1 < count {
          return (position + (base[position + 1] == 0x0A ? 2 : 1), newlines + 1)
        }
        guard atEnd else { return nil }
        return (position + 1, newlines + 1)
      }
    }
  }

  /// The closing quote of the quoted field opened at `opening`, jumping from quote to quote
  /// ("" is a quote inside the field); nil when the bytes read so far do not hold it.
  @inline(__always)
  private static func closingQuote(
    _ base: UnsafePointer<UInt8>, openedAt opening: Int, count: Int, atEnd: Bool
  ) -> Int? {
    var cursor = opening + 1
    while cursor < count {
      guard let hit = memchr(base + cursor, 0x22, count - cursor) else { return nil }
      let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      if at + 1 < count {
        if base[at + 1] == 0x22 {
          cursor = at + 2
          continue
        }
        return at
      }
      // The quote is the last byte read: it closes only if the file ends there.
      return atEnd ? at : nil
    }
    return nil
  }

  /// Appends a quoted field and returns the offset after it.
  @inline(__always)
  private mutating func appendQuotedField(
    _ base: UnsafePointer<UInt8>, openedAt opening: Int, closedAt close: Int, count: Int
  ) -> Int {
    let after = min(close + 1, count)
    guard after < count, !Self.isDelimiter(base[after]) else {
      appendField(opening + 1, close, quoted: true)
      return after
    }
    // Text after the closing quote: keep the whole field as written.
    let end = Self.nextDelimiter(base, from: after, end: count)
    appendField(opening, end, quoted: false)
    return end
  }

  @inline(__always)
  private func appendField(_ start: Int, _ end: Int, quoted isQuoted: Bool) {
    fields.append(start, end, quoted: isQuoted)
  }

  /// The offset of the next comma, LF or CR at or after `start`, or `end`: eight bytes at a
  /// time (the SWAR zero-byte test: a byte of `w ^ pattern` is zero where `w` has that byte;
  /// the lowest flagged byte is always a true match), then byte by byte for the tail.
  @inline(__always)
  static func nextDelimiter(_ base: UnsafePointer<UInt8>, from start: Int, end: Int) -> Int {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    var position = start
    while position + 8 <= end {
      let word = UInt64(
        littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
      let comma = word ^ (ones &* 0x2C)
      let lineFeed = word ^ (ones &* 0x0A)
      let carriage = word ^ (ones &* 0x0D)
      let found =
        ((comma &- ones) & ~comma | (lineFeed &- ones) & ~lineFeed | (carriage &- ones)
          & ~carriage)
        & highs
      if found != 0 { return position + found.trailingZeroBitCount >> 3 }
      position += 8
    }
    while position < end, !isDelimiter(base[position]) { position += 1 }
    return position
  }

  @inline(__always)
  private static func isDelimiter(_ byte: UInt8) -> Bool {
    byte == 0x2C || byte == 0x0A || byte == 0x0D
  }

  private static func countNewlines(_ start: UnsafePointer<UInt8>, _ length: Int) -> Int {
    guard length > 0 else { return 0 }
    var total = 0
    var cursor = start
    var left = length
    while left > 0, let hit = memchr(cursor, 0x0A, left) {
      total += 1
      let next = hit.assumingMemoryBound(to: UInt8.self) + 1
      left -= cursor.distance(to: next)
      cursor = UnsafePointer(next)
    }
    return total
  }
}

/// The bounds of the record being parsed, in storage that only grows: appending to three
/// arrays per field (a uniqueness and a capacity check each) was a tenth of reading a large
/// CSV file.
private final class FieldBounds {
  private(set) var starts: UnsafeMutablePointer<Int>
  private(set) var ends: UnsafeMutablePointer<Int>
  private(set) var quoted: UnsafeMutablePointer<Bool>
  var count = 0
  private var capacity = 32

  init() {
    starts = .allocate(capacity: capacity)
    ends = .allocate(capacity: capacity)
    quoted = .allocate(capacity: capacity)
  }

  deinit {
    starts.deallocate()
    ends.deallocate()
    quoted.deallocate()
  }

  @inline(__always)
  func append(_ start: Int, _ end: Int, quoted isQuoted: Bool) {
    if count == capacity { grow() }
    starts[count] = start
    ends[count] = end
    quoted[count] = isQuoted
    count += 1
  }

  private func grow() {
    let larger = capacity * 2
    starts = Self.moved(starts, count: count, to: larger)
    ends = Self.moved(ends, count: count, to: larger)
    quoted = Self.moved(quoted, count: count, to: larger)
    capacity = larger
  }

  private static func moved<Element>(
    _ old: UnsafeMutablePointer<Element>, count: Int, to capacity: Int
  ) -> UnsafeMutablePointer<Element> {
    let new = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
    new.moveInitialize(from: old, count: count)
    old.deallocate()
    return new
  }
}
