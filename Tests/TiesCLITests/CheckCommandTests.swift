import Foundation
import Testing
import TiesTestSupport

/// `ties check` on a case folder: a changed category is shown by meaning with both reasons,
/// the exit code says so, and the JUnit file reads in a real JUnit XML parser.
struct CheckCommandTests {
  /// A case folder holding a copy of the demo export and no expectations yet.
  func demoCase() throws -> String {
    let folder = try FixturePaths.temporaryFolder("case") + "/demo"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: FixturePaths.exports("demo"), toPath: folder + "/export")
    try FileManager.default.createDirectory(
      atPath: folder + "/expected", withIntermediateDirectories: true)
    return folder
  }

  @Test func aChangedCategoryFailsWithADiffAndAJUnitReport() throws {
    let folder = try demoCase()
    let recorded = try TiesExecutable.run(["check", folder, "--update"])
    #expect(recorded.status == 0, "\(recorded.stderr)")
    #expect(recorded.stdout.contains("UPDATED demo"))
    let clean = try TiesExecutable.run(["check", folder])
    #expect(clean.status == 0, "\(clean.stdout)")
    #expect(clean.stdout.contains("PASS demo"))

    // Pretend the last release judged Bruno a two-way tie: the run now differs.
    let people = folder + "/expected/people.csv"
    let text = try String(contentsOfFile: people, encoding: .utf8)
    let edited = text.replacingOccurrences(
      of: "p52d5966983,Bruno Costa,meaningful,", with: "p52d5966983,Bruno Costa,two-way,")
    #expect(edited != text)
    try edited.write(toFile: people, atomically: true, encoding: .utf8)
    let junit = folder + "/../junit.xml"
    let failed = try TiesExecutable.run(["check", folder, "--junit", junit])
    #expect(failed.status == 1)
    #expect(failed.stdout.contains("FAIL demo (1 difference)"))
    #expect(
      failed.stdout.contains(
        "people.csv: ~ p52d5966983 (Bruno Costa): category two-way → meaningful; reason \"two-way, sustained"
      ), "\(failed.stdout)")

    let parse = """
      import sys, xml.etree.ElementTree as ET
      root = ET.parse(sys.argv[1]).getroot()
      suite = root.find('testsuite')
      case = suite.find('testcase')
      failure = case.find('failure')
      print(root.tag, suite.get('tests'), suite.get('failures'), case.get('name'), failure.get('message'))
      print(failure.text.splitlines()[0])
      """
    let read = try Python.run(["-c", parse, junit])
    #expect(read.status == 0, "\(read.stderr)")
    let lines = read.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "testsuites 1 1 demo 1 differences")
    #expect(
      lines.last?.hasPrefix(
        "people.csv: ~ p52d5966983 (Bruno Costa): category two-way → meaningful") == true)
  }

  @Test func aCaseWithoutExpectationsOrExportIsUnusable() throws {
    let folder = try FixturePaths.temporaryFolder("case")
    let result = try TiesExecutable.run(["check", folder])
    #expect(result.status == 2)
    #expect(result.stderr.contains("no expected/ folder"))
  }
}

/// `ties check --update` records every output of the run, and the database is compared by
/// its rows, not its bytes.
struct CheckUpdateTests {
  @Test func updateRecordsEveryOutputAndTheDatabaseIsComparedByRows() throws {
    let folder = try CheckCommandTests().demoCase()
    try "--format md,csv,sqlite\n".write(
      toFile: folder + "/args", atomically: true, encoding: .utf8)
    // An expected folder holding one file still gets the whole set.
    try "stale\n".write(toFile: folder + "/expected/report.md", atomically: true, encoding: .utf8)
    let recorded = try TiesExecutable.run(["check", folder, "--update"])
    #expect(recorded.status == 0, "\(recorded.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder + "/expected").sorted()
    #expect(files == ["links.csv", "people.csv", "report.md", "ties.sqlite"])
    #expect(try TiesExecutable.run(["check", folder]).status == 0)

    let edit = """
      import sqlite3, sys
      db = sqlite3.connect(sys.argv[1])
      db.execute("UPDATE people SET category = 'two-way' WHERE name = 'Bruno Costa'")
      db.commit()
      db.execute("VACUUM")
      """
    let edited = try Python.run(["-c", edit, folder + "/expected/ties.sqlite"])
    #expect(edited.status == 0, "\(edited.stderr)")
    let failed = try TiesExecutable.run(["check", folder])
    #expect(failed.status == 1)
    #expect(failed.stdout.contains("FAIL demo (1 difference)"), "\(failed.stdout)")
    #expect(
      failed.stdout.contains(
        "ties.sqlite/people: ~ p52d5966983 (Bruno Costa): category two-way → meaningful"),
      "\(failed.stdout)")
  }
}
