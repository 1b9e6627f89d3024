/// Compares two CSV outputs by meaning: rows matched by their key columns (found from the
/// data, so new columns and new tables need no code here), then column by column by name.
enum CSVComparer {
  /// Columns whose change is the answer itself; they lead a row's change, with the reason.
  static let verdictColumns = ["category", "direction", "status", "layer"]

  static func compare(file: String, expected: CSVDocument, produced: CSVDocument)
    -> [OutputDifference]
  {
    var differences: [OutputDifference] = []
    let gone = expected.header.filter { !produced.header.contains($0) }
    let added = produced.header.filter { !expected.header.contains($0) }
    if !gone.isEmpty || !added.isEmpty {
      var parts: [String] = []
      if !added.isEmpty { parts.append("added: " + added.joined(separator: ", ")) }
      if !gone.isEmpty { parts.append("gone: " + gone.joined(separator: ", ")) }
      differences.append(
        OutputDifference(file: file, kind: .columns, key: "", detail: parts.joined(separator: "; "))
      )
    }
    let shared = expected.header.filter { produced.header.contains($0) }
    let keyColumns = keyColumns(expected, produced, shared: shared)
    let old = keyed(expected, by: keyColumns)
    let new = keyed(produced, by: keyColumns)
    for key in old.order where new.rows[key] == nil {
      differences.append(
        OutputDifference(file: file, kind: .gone, key: key, detail: label(old.rows[key] ?? [:])))
    }
    for key in new.order where old.rows[key] == nil {
      differences.append(
        OutputDifference(file: file, kind: .added, key: key, detail: label(new.rows[key] ?? [:])))
    }
    for key in old.order {
      guard let before = old.rows[key], let after = new.rows[key] else { continue }
      let changes = changedColumns(before, after, shared: shared)
      if !changes.isEmpty {
        let name = before["name"].map { $0.isEmpty ? "" : " (\($0))" } ?? ""
        differences.append(
          OutputDifference(
            file: file, kind: .changed, key: key + name, detail: changes.joined(separator: "; ")))
      }
    }
    return differences
  }

  /// The shortest leading run of shared columns that tells every row apart in both files; the
  /// whole row when none does (then a changed row reads as one gone and one added).
  static func keyColumns(_ a: CSVDocument, _ b: CSVDocument, shared: [String]) -> [String] {
    for length in 1...max(1, min(shared.count, 6)) where length <= shared.count {
      let columns = Array(shared.prefix(length))
      if isUnique(a, columns) && isUnique(b, columns) { return columns }
    }
    return shared
  }

  private static func isUnique(_ document: CSVDocument, _ columns: [String]) -> Bool {
    var seen: Set<String> = []
    for record in document.records {
      if !seen.insert(columns.map { record[$0] ?? "" }.joined(separator: ",")).inserted {
        return false
      }
    }
    return true
  }

  private static func keyed(_ document: CSVDocument, by columns: [String]) -> (
    order: [String], rows: [String: [String: String]]
  ) {
    var order: [String] = []
    var rows: [String: [String: String]] = [:]
    for record in document.records {
      var key = columns.map { record[$0] ?? "" }.joined(separator: ",")
      // Whole identical rows may repeat (two equal links); count them apart.
      var copy = 2
      while rows[key] != nil {
        key = columns.map { record[$0] ?? "" }.joined(separator: ",") + " #\(copy)"
        copy += 1
      }
      order.append(key)
      rows[key] = record
    }
    return (order, rows)
  }

  private static func label(_ record: [String: String]) -> String {
    let parts = (["name"] + verdictColumns).compactMap { column -> String? in
      guard let value = record[column], !value.isEmpty else { return nil }
      return column == "name" ? value : "\(column)=\(value)"
    }
    return parts.isEmpty ? "" : "(" + parts.joined(separator: ", ") + ")"
  }

  private static func changedColumns(
    _ before: [String: String], _ after: [String: String], shared: [String]
  ) -> [String] {
    let changed = shared.filter { before[$0] != after[$0] }
    guard !changed.isEmpty else { return [] }
    let verdicts = verdictColumns.filter { changed.contains($0) }
    var ordered = verdicts + changed.filter { !verdictColumns.contains($0) && $0 != "reason" }
    // The reason explains a verdict; show it, changed or not, whenever a verdict moved.
    if changed.contains("reason") || (!verdicts.isEmpty && before["reason"] != nil) {
      ordered.append("reason")
    }
    return ordered.map { column in
      let old = before[column] ?? ""
      let new = after[column] ?? ""
      return old == new
        ? "\(column) \"\(old)\" (unchanged)" : "\(column) \(show(old)) → \(show(new))"
    }
  }

  private static func show(_ value: String) -> String {
    value.contains(" ") || value.isEmpty ? "\"\(value)\"" : value
  }
}
