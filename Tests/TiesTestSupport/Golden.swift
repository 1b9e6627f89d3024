import Foundation
import Testing
import TiesWorkflow

/// The golden tests run through `ties check`'s library API: a folder under
/// `fixtures/expected/<case>/` and its export (see `GoldenCatalog`) are a check case, compared
/// by meaning (people added or gone, verdicts with their reasons, totals moved), or re-recorded
/// when `RECORD_GOLDEN=1`. Re-record only on purpose, after reading the diff.
public enum Golden {
  /// Runs the built `ties analyze` for a case, from the package root, as a user would.
  public static let executableProducer: CaseChecker.Producer = { item, folder in
    let result = try TiesExecutable.run(
      ["analyze"] + item.inputs + item.arguments + ["--out", folder])
    guard result.status == 0 else {
      throw CheckCase.Failure(description: "analyze exited with \(result.status): \(result.stderr)")
    }
    // The database's golden is its text dump, readable in a diff; the binary file is left
    // out so that recording a case writes the dump and not the bytes.
    if FileManager.default.fileExists(atPath: folder + "/ties.sqlite") {
      guard try ExternalTool.dumpSQLite(in: folder) else {
        throw CheckCase.Failure(
          description: "sqlite3 is not installed (scripts/ensure-deps): ties.sqlite has no dump")
      }
      try FileManager.default.removeItem(atPath: folder + "/ties.sqlite")
    }
  }

  /// Checks (or records) one fixture case and reports every difference as a test issue.
  public static func run(
    _ item: CheckCase, sourceLocation: SourceLocation = #_sourceLocation
  ) async {
    let checker = CaseChecker(update: FixturePaths.recording, producer: executableProducer)
    let result = await checker.run(item)
    switch result.outcome {
    case .passed, .updated: break
    case .failed, .broken:
      Issue.record(
        "\(result.text)(re-record with RECORD_GOLDEN=1 after reading the diff)",
        sourceLocation: sourceLocation)
    }
  }

  /// Compares output files already produced with the golden files, by meaning.
  public static func check(
    produced folder: String, against name: String, files: [String],
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let expected = FixturePaths.expected(name)
    var files = files
    if files.contains("ties.sqlite.sql"), !(try ExternalTool.dumpSQLite(in: folder)) {
      print("note: sqlite3 not installed (scripts/ensure-deps): ties.sqlite golden not compared")
      files.removeAll { $0 == "ties.sqlite.sql" }
    }
    if FixturePaths.recording {
      try FileManager.default.createDirectory(atPath: expected, withIntermediateDirectories: true)
      for file in files {
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file))
        try data.write(to: URL(fileURLWithPath: expected + "/" + file), options: .atomic)
      }
      return
    }
    let differences = OutputComparer.compare(expected: expected, produced: folder, files: files)
    if !differences.isEmpty {
      let lines = differences.map { "  " + $0.line }.joined(separator: "\n")
      Issue.record(
        Comment(rawValue: "\(name) differs from \(expected):\n\(lines)"),
        sourceLocation: sourceLocation)
    }
  }
}
