import Foundation
import TiesCore

/// The combined tables of a batch, one CSV part per participant under
/// `tables/<table>/<id>.csv`, each row led by `participant_id`, so that any shard writes only
/// its own parts and the union of shards is the whole study. DuckDB reads them with
/// `read_csv('tables/people/*.csv', union_by_name = true)`.
enum BatchTables {
  static let participantsHeader = [
    "participant_id", "status", "parts", "people", "links", "messages", "calls", "reason",
  ]

  /// The table parts of an analyzed participant from its output folder.
  static func parts(
    id: String, outputs folder: String, parts: Int, diagnostics: [Diagnostic]
  ) -> [String: CSVDocument] {
    var tables: [String: CSVDocument] = [:]
    if let people = read(folder + "/people.csv") { tables["people"] = prefixed(people, id) }
    // The per-person monthly table, when the run wrote one.
    if let timeline = read(folder + "/timeline.csv") { tables["monthly"] = prefixed(timeline, id) }
    let summary = FileManager.default.contents(atPath: folder + "/summary.json").flatMap {
      try? JSONSerialization.jsonObject(with: $0) as? [String: Any]
    }
    if let files = summary?["files"] as? [[String: Any]] {
      tables["files"] = objects(files, id)
    }
    tables["diagnostics"] = CSVDocument(
      header: ["participant_id", "severity", "path", "line", "offset", "message"],
      rows: diagnostics.sorted().map {
        [
          id, $0.severity.rawValue, $0.path, $0.line.map(String.init) ?? "",
          $0.offset.map(String.init) ?? "", $0.message,
        ]
      })
    let totals = summary?["totals"] as? [String: Any] ?? [:]
    let counts = ["people", "links", "messages", "calls"].map { key in
      (totals[key] as? NSNumber)?.stringValue ?? ""
    }
    tables["participants"] = CSVDocument(
      header: participantsHeader, rows: [[id, "analyzed", String(parts)] + counts + [""]])
    return tables
  }

  /// The participants row of one that could not be analyzed.
  static func failure(id: String, parts: Int, reason: String) -> CSVDocument {
    CSVDocument(
      header: participantsHeader, rows: [[id, "failed", String(parts), "", "", "", "", reason]])
  }

  private static func read(_ path: String) -> CSVDocument? {
    (try? String(contentsOfFile: path, encoding: .utf8)).map(CSVDocument.init(parsing:))
  }

  private static func prefixed(_ document: CSVDocument, _ id: String) -> CSVDocument {
    CSVDocument(header: ["participant_id"] + document.header, rows: document.rows.map { [id] + $0 })
  }

  /// JSON objects as rows, their keys (sorted) as columns; nested values as JSON text.
  private static func objects(_ objects: [[String: Any]], _ id: String) -> CSVDocument {
    let keys = Set(objects.flatMap(\.keys)).sorted()
    let rows = objects.map { object in
      [id] + keys.map { key -> String in cell(object[key]) }
    }
    return CSVDocument(header: ["participant_id"] + keys, rows: rows)
  }

  private static func cell(_ value: Any?) -> String {
    switch value {
    case nil, is NSNull: return ""
    case let text as String: return text
    case let number as NSNumber:
      return String(cString: number.objCType) == "c"
        ? (number.boolValue ? "true" : "false") : number.stringValue
    case let other?:
      let data = try? JSONSerialization.data(withJSONObject: other, options: [.sortedKeys])
      return data.map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
  }
}
