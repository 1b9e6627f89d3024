import Foundation
import TiesAnalysis
import TiesCore

/// `ties.sqlite`: people, identities, links, monthly, files, diagnostics and settings with
/// keys, indexes and views (SQLiteSchema), for sqlite3, Datasette, DuckDB or pandas.
/// Written in one transaction into a fresh file, rows in a fixed order, so the same input
/// gives the same bytes with the same SQLite library.
public struct SQLiteWriter: OutputWriter {
  public let fileName = "ties.sqlite"

  public init() {}

  /// The people columns stored as 0/1 that people.csv writes as `true`/`false`, so that a
  /// reader can give back the CSV's values.
  public static let booleanPeopleColumns = Set(
    PersonColumns.all.filter { $0.kind == .boolean }.map(\.name))

  public func write(_ context: ReportContext, to path: String) throws {
    let temporary = path + ".tmp"
    for stale in [temporary, temporary + "-journal"] {
      try? FileManager.default.removeItem(atPath: stale)
    }
    do {
      let database = try SQLiteDatabase(path: temporary)
      try database.execute("PRAGMA journal_mode = MEMORY; PRAGMA foreign_keys = ON;")
      try database.execute("PRAGMA user_version = \(SQLiteSchema.version);")
      try database.execute("BEGIN;")
      try database.execute(SQLiteSchema.people(PersonColumns.all))
      try database.execute(SQLiteSchema.tables)
      try fill(database, context)
      try database.execute("COMMIT;")
    }
    try? FileManager.default.removeItem(atPath: path)
    try FileManager.default.moveItem(atPath: temporary, toPath: path)
  }

  private func fill(_ database: SQLiteDatabase, _ context: ReportContext) throws {
    let analysis = context.analysis
    try database.insert(
      "INSERT INTO settings VALUES (?, ?)", rows: settings(context).map { [.text($0), .text($1)] })
    let columns = PersonColumns.all
    try database.insert(
      "INSERT INTO people VALUES (\(placeholders(columns.count)))",
      rows: analysis.people.lazy.map { person in
        columns.map { Self.value($0.value(person, context), kind: $0.kind) }
      })
    try insertFilesAndLinks(database, context)
    try database.insert(
      "INSERT INTO monthly VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      rows: analysis.monthly.rows.lazy.map { row in
        [
          .text(row.personID), .text(row.month), .text(row.direction),
          .integer(Int64(row.messages)), .integer(Int64(row.characters)),
          .integer(Int64(row.calls)), .real(Double(row.callSeconds) / 60),
          .integer(Int64(row.conversationsOpened)),
        ]
      })
    try database.insert(
      "INSERT INTO totals VALUES (?, ?)",
      rows: Self.flatTotals(Totals(analysis).json).sorted { $0.0 < $1.0 }.map {
        [.text($0), .integer($1)]
      })
    try database.insert(
      "INSERT INTO diagnostics VALUES (?, ?, ?, ?, ?, ?)",
      rows: analysis.graph.diagnostics.enumerated().lazy.map { offset, item in
        [
          .integer(Int64(offset + 1)), .text(item.severity.rawValue), .text(item.path),
          item.line.map { .integer(Int64($0)) } ?? .null,
          item.offset.map { .integer(Int64($0)) } ?? .null, .text(item.message),
        ]
      })
  }

  /// Files numbered in path order, then identities, then links pointing at their file.
  private func insertFilesAndLinks(_ database: SQLiteDatabase, _ context: ReportContext) throws {
    let analysis = context.analysis
    let files = analysis.graph.files.sorted { $0.path < $1.path }
    var fileID: [String: Int64] = [:]
    for (offset, file) in files.enumerated() where fileID[file.path] == nil {
      fileID[file.path] = Int64(offset + 1)
    }
    try database.insert(
      "INSERT INTO files VALUES (?, ?, ?, ?, ?, ?, ?)",
      rows: files.enumerated().lazy.map { offset, file in
        [
          .integer(Int64(offset + 1)), .text(file.path), optional(file.platform?.rawValue),
          .text(file.role), .integer(Int64(file.records)), .text(file.status.rawValue),
          optional(file.reason),
        ]
      })
    try database.insert(
      "INSERT OR IGNORE INTO identities VALUES (?, ?, ?, ?, ?)", rows: identities(analysis))
    try database.insert(
      "INSERT INTO links VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      rows: LinksCSVWriter.rows(context).enumerated().lazy.map { offset, row in
        // platform, kind, direction, person_id, name, identity, time, source, position
        [
          .integer(Int64(offset + 1)), .text(row[0]), .text(row[1]), .text(row[2]),
          row[3] == "me" ? .null : .text(row[3]), .text(row[5]), optional(row[6]),
          .integer(fileID[row[7]] ?? 0), .integer(Int64(row[8]) ?? 0),
        ]
      })
  }

  /// Identities of listed people and of the owner, by key.
  private func identities(_ analysis: Analysis) -> [[SQLiteDatabase.Value]] {
    let own = Set(analysis.owner?.identities ?? [])
    var rows: [(String, [SQLiteDatabase.Value])] = []
    for (index, identity) in analysis.graph.identities.enumerated() {
      let person = analysis.personOfIdentity[index].map { analysis.people[$0].person.id }
      guard person != nil || own.contains(index) else { continue }
      let key = identity.key.description
      rows.append(
        (
          key,
          [
            .text(key), .text(identity.key.platform.rawValue), .text(identity.bestName),
            optional(person), .integer(own.contains(index) ? 1 : 0),
          ]
        ))
    }
    return rows.sorted { $0.0 < $1.0 }.map(\.1)
  }

  private func settings(_ context: ReportContext) -> [(String, String)] {
    let analysis = context.analysis
    var pairs: [(String, String)] = [
      ("schema_version", String(SQLiteSchema.version)),
      ("generator", "ties \(context.version)"),
      ("span_start", Formatting.date(analysis.start)),
      ("span_end", Formatting.date(analysis.end)),
      ("owner_person_id", analysis.owner?.id ?? ""),
      ("owner_name", analysis.owner?.name ?? ""),
    ]
    if case .object(let fields) = SummaryJSONWriter.settings(context) {
      for (name, value) in fields { pairs.append((name, Self.flat(value))) }
    }
    pairs.sort { $0.0 < $1.0 }
    return pairs
  }

  /// The totals as summary.json nests them, by dotted path (`per_platform.whatsapp.calls`).
  static func flatTotals(_ value: JSONText, path: String = "") -> [(String, Int64)] {
    switch value {
    case .int(let number): return [(path, number)]
    case .object(let fields):
      return fields.flatMap { flatTotals($1, path: path.isEmpty ? $0 : path + "." + $0) }
    default: return []
    }
  }

  /// A settings value as text: lists semicolon-separated, like people.csv.
  static func flat(_ value: JSONText) -> String {
    switch value {
    case .null: return ""
    case .bool(let flag): return flag ? "true" : "false"
    case .int(let number): return String(number)
    case .number(let text), .string(let text): return text
    case .array(let items): return items.map(flat).joined(separator: ";")
    case .lazyArray(let count, let element):
      return (0..<count).map { flat(element($0)) }.joined(separator: ";")
    case .object(let fields): return fields.map { "\($0)=\(flat($1))" }.joined(separator: ";")
    }
  }

  static func value(_ text: String?, kind: PersonColumn.Kind) -> SQLiteDatabase.Value {
    guard let text, !(text.isEmpty && kind != .text) else { return .null }
    switch kind {
    case .text: return .text(text)
    case .integer: return Int64(text).map { .integer($0) } ?? .null
    case .real: return Double(text).map { .real($0) } ?? .null
    case .boolean: return .integer(text == "true" ? 1 : 0)
    }
  }

  private func optional(_ text: String?) -> SQLiteDatabase.Value {
    text.map { $0.isEmpty ? .null : .text($0) } ?? .null
  }

  private func placeholders(_ count: Int) -> String {
    Array(repeating: "?", count: count).joined(separator: ", ")
  }
}
