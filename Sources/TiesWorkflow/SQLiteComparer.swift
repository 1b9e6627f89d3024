/// Compares two databases by meaning, not bytes (SQLite's file layout changes with its
/// version): the schema statement by statement, then each table's rows as CSVComparer does,
/// keyed by their leading columns. A table is named `file/table` in the differences.
enum SQLiteComparer {
  static func compare(file: String, expected: String, produced: String) -> [OutputDifference]? {
    guard let old = try? SQLiteConnection(path: expected),
      let new = try? SQLiteConnection(path: produced),
      let oldSchema = try? schema(old), let newSchema = try? schema(new)
    else { return nil }
    var differences: [OutputDifference] = []
    for (name, sql) in oldSchema.sorted(by: { $0.key < $1.key }) where newSchema[name] != sql {
      let detail = newSchema[name] == nil ? "gone" : "its definition changed"
      differences.append(OutputDifference(file: file, kind: .text, key: name, detail: detail))
    }
    for name in newSchema.keys.sorted() where oldSchema[name] == nil {
      differences.append(OutputDifference(file: file, kind: .added, key: name, detail: "schema"))
    }
    let tables = oldSchema.keys.filter { $0.hasPrefix("table ") && newSchema[$0] != nil }.sorted()
    for entry in tables {
      let table = String(entry.dropFirst("table ".count))
      guard let before = try? document(old, table), let after = try? document(new, table) else {
        return nil
      }
      differences += CSVComparer.compare(
        file: file + "/" + table, expected: before, produced: after)
    }
    return differences
  }

  /// Every table, index and view by `type name`, with its CREATE statement.
  private static func schema(_ database: SQLiteConnection) throws -> [String: String] {
    var result: [String: String] = [:]
    for row in try database.rows("SELECT type, name, sql FROM sqlite_master") {
      guard let type = row[0], let name = row[1] else { continue }
      result[type + " " + name] = row[2] ?? ""
    }
    return result
  }

  private static func document(_ database: SQLiteConnection, _ table: String) throws -> CSVDocument
  {
    let columns = try database.columns(of: table)
    let quoted = "\"" + table.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    let rows = try database.rows("SELECT * FROM \(quoted)")
    return CSVDocument(header: columns, rows: rows.map { $0.map { $0 ?? "" } })
  }
}
