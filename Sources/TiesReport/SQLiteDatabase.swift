import CSQLite

/// The little of the SQLite C API the writer needs: one connection, statements with bound
/// text, integer, real or NULL values, and errors that say which statement failed.
final class SQLiteDatabase {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  enum Value {
    case text(String)
    case integer(Int64)
    case real(Double)
    case null
  }

  private var handle: OpaquePointer?

  init(path: String) throws {
    let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
    guard sqlite3_open_v2(path, &handle, flags, nil) == SQLITE_OK else {
      let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
      sqlite3_close(handle)
      throw Failure(description: "cannot open \(path): \(message)")
    }
  }

  deinit { sqlite3_close(handle) }

  func execute(_ sql: String) throws {
    var error: UnsafeMutablePointer<CChar>?
    if sqlite3_exec(handle, sql, nil, nil, &error) != SQLITE_OK {
      let message = error.map { String(cString: $0) } ?? "unknown error"
      sqlite3_free(error)
      throw Failure(description: "\(message) in: \(sql.prefix(80))")
    }
  }

  /// Runs one statement once per row of values.
  /// `rows` may be lazy: each row is made, bound and stepped before the next, so a table is
  /// never held whole as values on its way into the file.
  func insert<Rows: Sequence<[Value]>>(_ sql: String, rows: Rows) throws {
    var statement: OpaquePointer?
    guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else {
      throw Failure(description: "\(lastError) in: \(sql)")
    }
    defer { sqlite3_finalize(statement) }
    // SQLite copies bound text at once (SQLITE_TRANSIENT), so Swift strings may go away.
    let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    for row in rows {
      sqlite3_reset(statement)
      sqlite3_clear_bindings(statement)
      for (offset, value) in row.enumerated() {
        let index = Int32(offset + 1)
        switch value {
        case .text(let text): sqlite3_bind_text(statement, index, text, -1, transient)
        case .integer(let number): sqlite3_bind_int64(statement, index, number)
        case .real(let number): sqlite3_bind_double(statement, index, number)
        case .null: sqlite3_bind_null(statement, index)
        }
      }
      guard sqlite3_step(statement) == SQLITE_DONE else {
        throw Failure(description: "\(lastError) in: \(sql)")
      }
    }
  }

  private var lastError: String { String(cString: sqlite3_errmsg(handle)) }
}
