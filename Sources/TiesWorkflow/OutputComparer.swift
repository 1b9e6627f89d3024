import Foundation

/// Compares an expected output folder with a produced one, every file the expected folder
/// holds (so a new output format joins a case by recording it), each by its meaning: CSV by
/// rows and columns, JSON by fields, a database by schema and rows, the rest by lines. Equal
/// bytes are equal; nothing else runs.
public enum OutputComparer {
  /// The output files of a folder: every regular file but hidden ones and the case's inputs.
  public static func outputFiles(in folder: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { name in
      var isDirectory: ObjCBool = false
      return !name.hasPrefix(".") && !CheckCase.inputFileNames.contains(name)
        && FileManager.default.fileExists(
          atPath: folder + "/" + name, isDirectory: &isDirectory)
        && !isDirectory.boolValue
    }.sorted()
  }

  public static func compare(expected: String, produced: String, files: [String]? = nil)
    -> [OutputDifference]
  {
    (files ?? outputFiles(in: expected)).flatMap { file in
      compareFile(file, expected: expected + "/" + file, produced: produced + "/" + file)
    }
  }

  public static func compareFile(_ file: String, expected: String, produced: String)
    -> [OutputDifference]
  {
    guard let new = FileManager.default.contents(atPath: produced) else {
      return [OutputDifference(file: file, kind: .missingFile, key: "", detail: "")]
    }
    guard let old = FileManager.default.contents(atPath: expected) else {
      return [OutputDifference(file: file, kind: .added, key: "file", detail: "no expected file")]
    }
    if old == new { return [] }
    let oldText = String(decoding: old, as: UTF8.self)
    let newText = String(decoding: new, as: UTF8.self)
    var differences: [OutputDifference]
    if file.hasSuffix(".csv") {
      differences = CSVComparer.compare(
        file: file, expected: CSVDocument(parsing: oldText), produced: CSVDocument(parsing: newText)
      )
    } else if file.hasSuffix(".json"),
      let json = JSONComparer.compare(file: file, expected: old, produced: new)
    {
      differences = json
    } else if file.hasSuffix(".sqlite") || file.hasSuffix(".db") {
      differences =
        SQLiteComparer.compare(file: file, expected: expected, produced: produced) ?? [
          OutputDifference(
            file: file, kind: .text, key: "bytes", detail: "the database differs (unreadable)")
        ]
      // Same rows and schema in other bytes (another SQLite version): the same output.
      return differences
    } else {
      differences = TextComparer.compare(file: file, expected: oldText, produced: newText)
    }
    // Bytes differ but the meaning does not (quoting, key order): still a difference to show.
    if differences.isEmpty {
      differences = TextComparer.compare(file: file, expected: oldText, produced: newText)
    }
    return differences
  }
}
