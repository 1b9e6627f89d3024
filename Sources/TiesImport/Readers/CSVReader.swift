/// Reads an RFC 4180 CSV file record by record through a `ByteWindow`, never holding the
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
  /// - Throws: `ByteReadError` when the file cannot be opened or read, or a record outgrows
  ///   `maximumRecordLength` (`recordTooLong`); records before it have been handed out.
  /// - Complexity: O(n) in the file size; memory O(chunk size + longest record).
  public mutating func forEachRecord(_ body: (CSVRecord) throws -> Void) throws {
    var window = try ByteWindow(
      source, capacity: chunkSize, maximumCapacity: maximumRecordLength)
    // The mark may arrive over several tiny reads: wait for three bytes or the end.
    _ = try window.ensure(3)
    bytesRead = window.bytesRead
    let unread = window.unread
    if unread.count >= 3, unread[0] == 0xEF, unread[1] == 0xBB, unread[2] == 0xBF {
      window.start += 3
    }
    var parser = CSVRecordParser()
    while true {
      let consumed = try parser.parse(
        window.unread, count: window.available, atEnd: window.atEnd, body)
      window.start += consumed
      unterminatedQuotes = parser.unterminatedQuotes
      if window.atEnd && window.available == 0 { return }
      if window.isFull {
        throw ByteReadError.recordTooLong(
          path: path, line: parser.line, limit: maximumRecordLength)
      }
      _ = try window.refill()
      bytesRead = window.bytesRead
    }
  }
}
