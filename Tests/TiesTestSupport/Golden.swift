import Foundation
import Testing

/// Compares output files with the golden files under `fixtures/expected/<case>/`, or writes
/// them when `RECORD_GOLDEN=1`. Re-record only on purpose, after reading the diff.
public enum Golden {
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
    for file in files {
      let producedPath = folder + "/" + file
      let expectedPath = expected + "/" + file
      let produced = try String(contentsOfFile: producedPath, encoding: .utf8)
      if FixturePaths.recording {
        try FileManager.default.createDirectory(atPath: expected, withIntermediateDirectories: true)
        try produced.write(toFile: expectedPath, atomically: true, encoding: .utf8)
        continue
      }
      guard let golden = try? String(contentsOfFile: expectedPath, encoding: .utf8) else {
        Issue.record(
          "no golden file \(expectedPath); run with RECORD_GOLDEN=1", sourceLocation: sourceLocation
        )
        continue
      }
      if produced != golden {
        Issue.record(
          "\(file) differs from \(expectedPath):\n\(firstDifference(golden, produced))",
          sourceLocation: sourceLocation)
      }
    }
  }

  /// The first differing line of two texts, for a readable failure.
  static func firstDifference(_ expected: String, _ actual: String) -> String {
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(a.count, b.count) {
      let left = index < a.count ? String(a[index]) : "<end>"
      let right = index < b.count ? String(b[index]) : "<end>"
      if left != right { return "line \(index + 1):\n- \(left)\n+ \(right)" }
    }
    return "(same lines, different bytes)"
  }
}
