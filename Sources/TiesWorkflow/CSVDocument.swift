import Foundation

/// A CSV output of ties read back whole: the header and the rows, cells by column name.
/// Outputs are small next to exports (one row per person or link), so reading them in memory
/// is fine; the parser follows RFC 4180 (quoted fields, doubled quotes, newlines in quotes).
public struct CSVDocument: Sendable, Equatable {
  public var header: [String]
  public var rows: [[String]]

  public init(header: [String], rows: [[String]]) {
    self.header = header
    self.rows = rows
  }

  public init(parsing text: String) {
    var records = CSVDocument.records(text)
    header = records.isEmpty ? [] : records.removeFirst()
    rows = records
  }

  /// The position of a column by its name.
  public func column(_ name: String) -> Int? { header.firstIndex(of: name) }

  /// A cell of a row by column name, "" when the row is short or the column absent.
  public func value(_ row: [String], _ name: String) -> String {
    guard let index = column(name), index < row.count else { return "" }
    return row[index]
  }

  /// The rows as name → value dictionaries.
  public var records: [[String: String]] {
    rows.map { row in
      var record: [String: String] = [:]
      for (index, name) in header.enumerated() {
        record[name] = index < row.count ? row[index] : ""
      }
      return record
    }
  }

  static func records(_ text: String) -> [[String]] {
    var result: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var iterator = Array(text.unicodeScalars).makeIterator()
    var pending: Unicode.Scalar? = nil
    func next() -> Unicode.Scalar? {
      if let scalar = pending {
        pending = nil
        return scalar
      }
      return iterator.next()
    }
    var sawAny = false
    while let scalar = next() {
      sawAny = true
      if quoted {
        if scalar == "\"" {
          if let following = next() {
            if following == "\"" {
              field.unicodeScalars.append("\"")
            } else {
              quoted = false
              pending = following
            }
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"": quoted = true
      case ",":
        row.append(field)
        field = ""
      case "\r": continue
      case "\n":
        row.append(field)
        result.append(row)
        row = []
        field = ""
        sawAny = false
      default: field.unicodeScalars.append(scalar)
      }
    }
    if sawAny || !field.isEmpty || !row.isEmpty {
      row.append(field)
      result.append(row)
    }
    return result
  }

  /// The document as CSV text, quoting only where needed, with a final newline.
  public var text: String {
    ([header] + rows).map { $0.map(CSVDocument.escape).joined(separator: ",") }
      .joined(separator: "\n") + "\n"
  }

  public static func escape(_ value: String) -> String {
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return value
    }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
