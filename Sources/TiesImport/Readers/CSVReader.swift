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
    case cannotOpen(path: String, reason: String)
    case readFailed(path: String, offset: Int, reason: String)
    case recordTooLong(path: String, line: Int, limit: Int)

    public var description: String {
      switch self {
      case .cannotOpen(let path, let reason):
        return "cannot open '\(path)': \(reason)"
      case .readFailed(let path, let offset, let reason):
        return "read of '\(path)' failed at byte \(offset): \(reason)"
      case .recordTooLong(_, let line, let limit):
        return "the record starting on line \(line) is longer than \(limit) bytes; reading stopped"
      }
    }
  }

  private let source: ByteSource
  /// How errors name the input.
  public var path: String { source.name }
  public var chunkSize: Int
  public var maximumRecordLength: Int
  public private(set) var bytesRead = 0
  public private(set) var unterminatedQuotes = 0

  public init(source: ByteSource, chunkSize: Int = 1 << 20, maximumRecordLength: Int = 64 << 20) {
    self.source = source
    self.chunkSize = max(1, chunkSize)
    self.maximumRecordLength = max(1, maximumRecordLength)
  }

  public init(path: String, chunkSize: Int = 1 << 20, maximumRecordLength: Int = 64 << 20) {
    self.init(
      source: ByteSource(path: path), chunkSize: chunkSize, maximumRecordLength: maximumRecordLength
    )
  }

  /// Reads an export entry: a file, or a zip member as it inflates.
  public init(entry: ExportEntry, chunkSize: Int = 1 << 20, maximumRecordLength: Int = 64 << 20) {
    self.init(
      source: ByteSource(entry: entry), chunkSize: chunkSize,
      maximumRecordLength: maximumRecordLength)
  }

  /// Calls `body` with each record, in file order.
  ///
  /// - Throws: `Failure` when the file cannot be opened or read, or a record outgrows
  ///   `maximumRecordLength`; records before it have been handed out.
  /// - Complexity: O(n) in the file size; memory O(chunk size + longest record).
  public mutating func forEachRecord(_ body: (CSVRecord) throws -> Void) throws {
    let stream: ByteStream
    do {
      stream = try source.open()
    } catch let error as ByteStreamError {
      throw Failure.cannotOpen(path: path, reason: error.reason)
    }
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
        let count: Int
        do {
          count = try buffer.withUnsafeMutableBytes {
            try stream.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...]))
          }
        } catch let error as ByteStreamError {
          throw Failure.readFailed(path: path, offset: error.offset, reason: error.reason)
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
