import CSQLite

/// A connection to an existing database file through the system libsqlite3. Read-only unless
/// asked (`ties diff` and `ties check` never create, write or lock for writing, so an archived
/// `ties.sqlite`, even on read-only media, stays as it was); writable only for scrubbing a
/// batch participant's own fresh output. Values come back as text, NULL as nil.
final class SQLiteConnection {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  private var handle: OpaquePointer?
  private let path: String

  init(path: String, writable: Bool = false) throws {
    self.path = path
    let flags = (writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY) | SQLITE_OPEN_NOMUTEX
    guard sqlite3_open_v2(path, &handle, flags, nil) == SQLITE_OK else {
      let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
      sqlite3_close(handle)
      handle = nil
      throw Failure(description: "\(path): cannot open: \(message)")
    }
  }

  deinit { sqlite3_close(handle) }

  /// The rows of a query, every value as SQLite renders it as text; `bindings` fill its `?`s.
  func rows(_ sql: String, _ bindings: [String] = []) throws -> [[String?]] {
    var statement: OpaquePointer?
    guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else {
      throw Failure(description: "\(path): \(lastError)")
    }
    defer { sqlite3_finalize(statement) }
    // SQLite copies bound text at once (SQLITE_TRANSIENT), so Swift strings may go away.
    let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    for (offset, text) in bindings.enumerated() {
      sqlite3_bind_text(statement, Int32(offset + 1), text, -1, transient)
    }
    let count = sqlite3_column_count(statement)
    var result: [[String?]] = []
    while true {
      let step = sqlite3_step(statement)
      if step == SQLITE_DONE { break }
      guard step == SQLITE_ROW else { throw Failure(description: "\(path): \(lastError)") }
      result.append(
        (0..<count).map { column in
          guard sqlite3_column_type(statement, column) != SQLITE_NULL,
            let text = sqlite3_column_text(statement, column)
          else { return nil }
          return String(cString: text)
        })
    }
    return result
  }

  /// The column names of a table, in order; empty when there is no such table.
  func columns(of table: String) throws -> [String] {
    try rows("PRAGMA table_info('\(table.replacingOccurrences(of: "'", with: "''"))')")
      .compactMap { $0.count > 1 ? $0[1] : nil }
  }

  private var lastError: String { String(cString: sqlite3_errmsg(handle)) }
}
