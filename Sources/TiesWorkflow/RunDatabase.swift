import Foundation
import TiesReport

/// Reads an earlier run back from its `ties.sqlite` into the shape of its CSV outputs, so
/// that `ties diff` gives the same answer from the database as from the folder: people as
/// people.csv (booleans `true`/`false`, NULL empty), links as links.csv, totals as
/// summary.json's.
enum RunDatabase {
  /// The people columns the diff cannot do without.
  static let neededColumns = ["person_id", "name", "category", "strength", "identities"]

  static func load(_ path: String) throws -> RunOutput {
    let database = try SQLiteConnection(path: path)
    let columns: [String]
    do {
      columns = try database.columns(of: "people")
    } catch let failure as SQLiteConnection.Failure {
      throw RunOutput.Failure(description: "\(failure.description); is it a ties.sqlite?")
    }
    let missing = neededColumns.filter { !columns.contains($0) }
    guard missing.isEmpty else {
      let what =
        columns.isEmpty
        ? "no people table" : "the people table lacks \(missing.joined(separator: ", "))"
      throw RunOutput.Failure(
        description: "\(path): not a ties.sqlite (\(what)); give the ties.sqlite or output "
          + "folder of a ties analyze run")
    }
    do {
      return RunOutput(
        people: try people(database, columns), links: try links(database),
        summary: try totals(database))
    } catch let failure as SQLiteConnection.Failure {
      throw RunOutput.Failure(description: "\(failure.description); is the file damaged?")
    }
  }

  private static func people(_ database: SQLiteConnection, _ columns: [String]) throws
    -> CSVDocument
  {
    let booleans = SQLiteWriter.booleanPeopleColumns
    let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
    // rowid follows insertion, which is people.csv's order.
    let rows = try database.rows("SELECT \(list) FROM people ORDER BY rowid").map { row in
      zip(columns, row).map { name, value -> String in
        guard let value else { return "" }
        guard booleans.contains(name) else { return value }
        return value == "0" ? "false" : "true"
      }
    }
    return CSVDocument(header: columns, rows: rows)
  }

  /// links.csv from the links table; nil for a database written without one.
  private static func links(_ database: SQLiteConnection) throws -> CSVDocument? {
    guard try !database.columns(of: "links").isEmpty else { return nil }
    let rows = try database.rows(
      """
      SELECT l.platform, l.kind, l.direction, coalesce(l.person_id, 'me'),
        coalesce(p.name, i.name, ''), l.identity, coalesce(l.time, ''), coalesce(f.path, ''),
        l.position
      FROM links l
        LEFT JOIN people p ON p.person_id = l.person_id
        LEFT JOIN identities i ON i.identity = l.identity
        LEFT JOIN files f ON f.file_id = l.file_id
      ORDER BY l.link_id
      """)
    return CSVDocument(
      header: [
        "platform", "kind", "direction", "person_id", "name", "identity", "time", "source",
        "position",
      ],
      rows: rows.map { $0.map { $0 ?? "" } })
  }

  /// summary.json's totals as `ties diff` reads them (`totals.per_platform.x.calls`); empty
  /// for a database older than the totals table.
  private static func totals(_ database: SQLiteConnection) throws -> [String: String] {
    guard try !database.columns(of: "totals").isEmpty else { return [:] }
    var result: [String: String] = [:]
    for row in try database.rows("SELECT name, value FROM totals") {
      guard let name = row[0] else { continue }
      result["totals." + name] = row[1] ?? ""
    }
    return result
  }
}
