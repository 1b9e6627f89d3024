/// Pseudonymizes a participant's `ties.sqlite` in place: every text cell of every table
/// through the same Scrubber as the text outputs. `secure_delete` zeroes what an update frees
/// and VACUUM rewrites the file, so no replaced value survives in a free page or a journal.
enum DatabaseScrubber {
  static func apply(_ scrubber: Scrubber, toDatabase path: String) throws {
    let database = try SQLiteConnection(path: path, writable: true)
    _ = try database.rows("PRAGMA secure_delete = ON")
    _ = try database.rows("PRAGMA journal_mode = MEMORY")
    _ = try database.rows("BEGIN")
    let tables = try database.rows(
      "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ).compactMap { $0.first ?? nil }
    for table in tables {
      let quoted = quote(table)
      for column in try database.columns(of: table) {
        let name = quote(column)
        let cells = try database.rows(
          "SELECT rowid, \(name) FROM \(quoted) WHERE typeof(\(name)) = 'text'")
        for cell in cells {
          guard let rowid = cell[0], let value = cell[1] else { continue }
          let scrubbed = scrubber.apply(value)
          if scrubbed != value {
            _ = try database.rows(
              "UPDATE \(quoted) SET \(name) = ? WHERE rowid = ?", [scrubbed, rowid])
          }
        }
      }
    }
    _ = try database.rows("COMMIT")
    _ = try database.rows("VACUUM")
  }

  private static func quote(_ name: String) -> String {
    "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
