#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads an RFC 4180 CSV file record by record through a reused buffer, never holding the
/// whole file: quoted fields may hold commas, doubled quotes and line breaks; records end at
/// LF or CRLF (a lone CR too); a leading byte-order mark is dropped; blank lines are skipped.
///
/// It works on bytes: quoted fields are crossed with `memchr` for the next quote, so long
/// message texts cost one pass of a C routine. Fields are handed out as slices of the buffer,
/// valid only inside the callback; `CSVRecord.string(_:)` copies one out when it is needed.
///
/// Lenient where exports are sloppy: a quote inside an unquoted field is a character; text
/// after a closing quote joins the field; a quote still open at the end of the file closes
/// there and is counted in `unterminatedQuotes`.
public struct CSVReader {
  public enum Failure: Error, Equatable, CustomStringConvertible {
    case cannotOpen(path: String, errno: Int32)
    case readFailed(path: String, offset: Int, errno: Int32)
    case recordTooLong(path: String, line: Int, limit: Int)

    public var description: String {
      switch self {
      case .cannotOpen(let path, let code):
        return "cannot open '\(path)': \(String(cString: strerror(code)))"
      case .readFailed(let path, let offset, let code):
        return "read of '\(path)' failed at byte \(offset): \(String(cString: strerror(code)))"
      case .recordTooLong(_, let line, let limit):
        return "the record starting on line \(line) is longer than \(limit) bytes; reading stopped"
      }
    }
  }

  public let path: String
  public var chunkSize: Int
  public var maximumRecordLength: Int
  public private(set) var bytesRead = 0
  public private(set) var unterminatedQuotes = 0

  public init(path: String, chunkSize: Int = 1 << 20, maximumRecordLength: Int = 64 << 20) {
    self.path = path
    self.chunkSize = max(1, chunkSize)
    self.maximumRecordLength = max(1, maximumRecordLength)
  }

  /// Calls `body` with each record, in file order.
  ///
  /// - Throws: `Failure` when the file cannot be opened or read, or a record outgrows
  ///   `maximumRecordLength`; records before it have been handed out.
  /// - Complexity: O(n) in the file size; memory O(chunk size + longest record).
  public mutating func forEachRecord(_ body: (CSVRecord) throws -> Void) throws {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw Failure.cannotOpen(path: path, errno: errno) }
    defer { close(fd) }
    var buffer = [UInt8](repeating: 0, count: chunkSize)
    var filled = 0
    var atEnd = false
    var firstChunk = true
    var parser = CSVRecordParser()
    while true {
      if !atEnd {
        if filled == buffer.count {
          guard buffer.count < maximumRecordLength else {
            throw Failure.recordTooLong(
              path: path, line: parser.line, limit: maximumRecordLength)
          }
          buffer.append(
            contentsOf: repeatElement(0, count: min(buffer.count, maximumRecordLength)))
        }
        let count = buffer.withUnsafeMutableBytes { raw -> Int in
          guard let base = raw.baseAddress else { return 0 }
          return read(fd, base + filled, raw.count - filled)
        }
        if count < 0 {
          if errno == EINTR { continue }
          throw Failure.readFailed(path: path, offset: bytesRead, errno: errno)
        }
        bytesRead += count
        filled += count
        atEnd = count == 0
        if firstChunk {
          // The mark may arrive over several tiny reads: wait for three bytes or the end.
          if filled < 3 && !atEnd { continue }
          firstChunk = false
          if filled >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
            buffer.replaceSubrange(0..<3, with: [])
            buffer.append(contentsOf: [0, 0, 0])
            filled -= 3
          }
        }
      }
      let consumed = try buffer.withUnsafeBufferPointer { all -> Int in
        try parser.parse(all, count: filled, atEnd: atEnd, body)
      }
      unterminatedQuotes = parser.unterminatedQuotes
      if atEnd && consumed >= filled { return }
      if consumed > 0 {
        let remaining = filled - consumed
        if remaining > 0 {
          buffer.withUnsafeMutableBufferPointer { all in
            guard let base = all.baseAddress else { return }
            memmove(base, base + consumed, remaining)
          }
        }
        filled = remaining
      }
    }
  }
}

/// One record: slices of the reader's buffer, valid only inside the callback.
public struct CSVRecord {
  let base: UnsafePointer<UInt8>
  let starts: UnsafeBufferPointer<Int>
  let ends: UnsafeBufferPointer<Int>
  let quoted: UnsafeBufferPointer<Bool>
  /// The one-based line the record starts on.
  public let line: Int

  public var count: Int { starts.count }

  /// The bytes of a field, doubled quotes of a quoted field left doubled; empty when the
  /// record has no such field.
  public func raw(_ index: Int) -> UnsafeBufferPointer<UInt8> {
    guard index >= 0, index < starts.count else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(start: base + starts[index], count: ends[index] - starts[index])
  }

  public func isQuoted(_ index: Int) -> Bool { index >= 0 && index < quoted.count && quoted[index] }

  /// A field as text, doubled quotes undone; "" when the record has no such field.
  public func string(_ index: Int) -> String {
    let bytes = raw(index)
    guard isQuoted(index), let start = bytes.baseAddress, memchr(start, 0x22, bytes.count) != nil
    else {
      return String(decoding: bytes, as: UTF8.self)
    }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var skipNext = false
    for byte in bytes {
      if skipNext {
        skipNext = false
        continue
      }
      out.append(byte)
      if byte == 0x22 { skipNext = true }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Characters (Unicode scalars) of a field, without building it.
  public func characterCount(_ index: Int) -> Int {
    let bytes = raw(index)
    var count = 0
    for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
    if isQuoted(index) {
      var quotes = 0
      for byte in bytes where byte == 0x22 { quotes += 1 }
      count -= quotes / 2
    }
    return count
  }

  /// Whether a field holds nothing but spaces.
  public func isBlank(_ index: Int) -> Bool {
    raw(index).allSatisfy { $0 == 0x20 || $0 == 0x09 }
  }
}

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
