import Foundation
import Testing
import TiesImport
import TiesTestSupport

/// `ties --help` is generated from the platform registry and the exit-code list; these hold
/// it, and the README's exit-code table, to them.
struct HelpTests {
  @Test func helpNamesEveryRegisteredPlatform() throws {
    let help = try TiesExecutable.run(["--help"]).stdout
    for importer in PlatformRegistry.importers {
      #expect(help.contains(importer.platform.displayName), "\(importer.platform) missing")
    }
    #expect(!help.contains("more platforms follow"))
  }

  @Test func helpListsTheReadmeExitCodes() throws {
    let help = try TiesExecutable.run(["--help"]).stdout
    let readme = try String(
      contentsOf: FixturePaths.root.appendingPathComponent("README.md"), encoding: .utf8)
    let rows = readme.split(separator: "\n").compactMap { line -> (String, String)? in
      let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      guard cells.count == 2, Int(cells[0]) != nil else { return nil }
      return (cells[0], cells[1])
    }
    #expect(rows.count == 6)
    let helpLines = help.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    for (code, meaning) in rows {
      #expect(helpLines.contains("\(code)  \(meaning)"), "exit code \(code) differs")
    }
  }

  @Test func benchmarkHooksAreNotCommands() throws {
    let result = try TiesExecutable.run(["scan-csv", "README.md"])
    #expect(result.status != 0)
  }
}
