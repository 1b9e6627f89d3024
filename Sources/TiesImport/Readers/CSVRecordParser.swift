#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The state machine behind `CSVReader`, kept apart so a record cut by the end of the
/// buffer is parsed again from its start once more bytes arrive.
struct CSVRecordParser {
  private var starts: [Int] = []
  private var ends: [Int] = []
  private var quoted: [Bool] = []
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
      let blank = starts.count == 1 && !quoted[0] && ends[0] == starts[0]
      if !blank {
        try starts.withUnsafeBufferPointer { s in
          try ends.withUnsafeBufferPointer { e in
            try quoted.withUnsafeBufferPointer { q in
              try body(CSVRecord(base: base, starts: s, ends: e, quoted: q, line: line))
            }
          }
        }
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
    starts.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
    quoted.removeAll(keepingCapacity: true)
    var position = start
    var newlines = 0
    var unterminated = false
    while true {
      let fieldStart = position
      var fieldEnd: Int
      var isQuoted = false
      if position < count, base[position] == 0x22 {
        // A quoted field: jump from quote to quote; "" is a quote inside the field.
        var cursor = position + 1
        var close = -1
        while cursor < count {
          guard let hit = memchr(base + cursor, 0x22, count - cursor) else { break }
          let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
          if at + 1 < count {
            if base[at + 1] == 0x22 {
              cursor = at + 2
              continue
            }
            close = at
            break
          }
          // The quote is the last byte read: it closes only if the file ends there.
          if atEnd { close = at }
          break
        }
        if close < 0 {
          guard atEnd else { return nil }
          unterminated = true
          close = count
        }
        newlines += Self.countNewlines(base + position + 1, close - position - 1)
        position = min(close + 1, count)
        if position < count, !Self.isDelimiter(base[position]) {
          // Text after the closing quote: keep the whole field as written.
          position = Self.nextDelimiter(base, from: position, end: count)
          fieldEnd = position
          starts.append(fieldStart)
        } else {
          isQuoted = true
          fieldEnd = close
          starts.append(fieldStart + 1)
        }
      } else {
        position = Self.nextDelimiter(base, from: position, end: count)
        fieldEnd = position
        starts.append(fieldStart)
      }
      ends.append(fieldEnd)
      quoted.append(isQuoted)
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
