import TiesCore

/// The columns of a CSV file, by the names of its header row.
struct CSVColumns {
  /// Header names, trimmed and upper-cased.
  let names: [String]
  private let positions: [String: Int]

  init(_ names: [String]) {
    self.names = names.map { $0.trimmingWhitespace().uppercased() }
    var positions: [String: Int] = [:]
    for (index, name) in self.names.enumerated() where positions[name] == nil {
      positions[name] = index
    }
    self.positions = positions
  }

  /// The position of a column, its name compared without case.
  func index(_ name: String) -> Int? { positions[name.uppercased()] }

  func has(_ names: String...) -> Bool { names.allSatisfy { positions[$0.uppercased()] != nil } }
}

/// Reads a CSV file of an export for an importer: finds the header row by content (exports
/// put notes above it), hands out each data row with the columns, and turns every problem
/// into diagnostics and the file's status: ragged rows with their line numbers, a missing
/// header, a read error.
enum CSVTable {
  /// How many ragged rows are reported one by one before a count of the rest.
  static let reportedRaggedRows = 5
  /// How many rows may stand above the header.
  static let maximumRowsBeforeHeader = 50

  private struct NoHeader: Error {}

  /// What reading a file found, for its diagnostics and status.
  private struct Tally {
    var rowsBeforeHeader = 0
    var records = 0
    var rejected = 0
    var ragged: [(line: Int, fields: Int)] = []
    var raggedCount = 0
    var skippedRows = 0
    var unterminatedQuotes = 0
    var failure: String?
  }

  /// - Parameters:
  ///   - isHeader: whether a row's names (trimmed, upper-cased) are the header.
  ///   - body: called for each data row; returns whether the row held a record.
  /// - Returns: the columns, or nil when the file was skipped.
  @discardableResult
  static func read(
    _ entry: ExportEntry, into sink: inout FileSink,
    chunkSize: Int = 1 << 20, isHeader: (CSVColumns) -> Bool,
    body: (CSVRecord, CSVColumns, inout FileSink) -> Bool
  ) -> CSVColumns? {
    var tally = Tally()
    let columns = scan(
      entry, chunkSize: chunkSize, tally: &tally, into: &sink, isHeader: isHeader, body: body)
    sink.read(records: tally.records)
    guard let header = columns else {
      sink.fail(
        tally.failure ?? "no header row found in the first \(tally.rowsBeforeHeader) rows")
      return nil
    }
    report(tally, header: header, path: entry.displayPath, into: &sink)
    return header
  }

  /// Finds the header and hands on the data rows; returns the header, if found.
  private static func scan(
    _ entry: ExportEntry, chunkSize: Int, tally: inout Tally, into sink: inout FileSink,
    isHeader: (CSVColumns) -> Bool, body: (CSVRecord, CSVColumns, inout FileSink) -> Bool
  ) -> CSVColumns? {
    var reader = CSVReader(entry: entry, chunkSize: chunkSize)
    var columns: CSVColumns?
    do {
      try reader.forEachRecord { record in
        guard let header = columns else {
          tally.rowsBeforeHeader += 1
          // Notes above a header are a few lines: a file without one is not read to its end.
          guard tally.rowsBeforeHeader <= maximumRowsBeforeHeader else { throw NoHeader() }
          let candidate = CSVColumns((0..<record.count).map { record.string($0) })
          if isHeader(candidate) { columns = candidate }
          return
        }
        if record.count != header.names.count {
          tally.raggedCount += 1
          if tally.ragged.count < reportedRaggedRows {
            tally.ragged.append((record.line, record.count))
          }
          // Columns are read by position: a row with more fields than the header has been
          // shifted by an unquoted comma, and a free-text field (a message subject) would
          // land where a name belongs, and names reach the reports. Fewer fields only lack
          // the last columns, which read as empty.
          if record.count > header.names.count {
            tally.skippedRows += 1
            return
          }
        }
        if body(record, header, &sink) { tally.records += 1 } else { tally.rejected += 1 }
      }
    } catch is NoHeader {
      tally.rowsBeforeHeader -= 1
    } catch {
      tally.failure = "\(error)"
    }
    tally.unterminatedQuotes = reader.unterminatedQuotes
    return columns
  }

  /// Ragged rows, an open quote, a read error and rejected rows, as diagnostics and status.
  private static func report(
    _ tally: Tally, header: CSVColumns, path: String, into sink: inout FileSink
  ) {
    for row in tally.ragged {
      sink.append(
        Diagnostic(
          path: path, line: row.line,
          message: "row has \(row.fields) fields where the header has \(header.names.count)"
            + (row.fields > header.names.count ? ": skipped" : "")))
    }
    if tally.raggedCount > tally.ragged.count {
      sink.append(
        Diagnostic(
          path: path,
          message:
            "\(tally.raggedCount - tally.ragged.count) more row(s) with a different number of fields"
        ))
    }
    if tally.skippedRows > 0, tally.failure == nil {
      sink.partial("\(tally.skippedRows) row(s) with more fields than the header")
    }
    if tally.unterminatedQuotes > 0 {
      sink.append(
        Diagnostic(path: path, message: "a quoted field is still open at the end"))
    }
    if let failure = tally.failure {
      sink.partial(failure, Diagnostic(.error, path: path, message: failure))
    } else if tally.rejected > 0 {
      sink.partial(
        "\(tally.rejected) row(s) without the fields ties needs",
        Diagnostic(
          path: path,
          message: "\(tally.rejected) row(s) without the fields ties needs were skipped"))
    }
  }
}
