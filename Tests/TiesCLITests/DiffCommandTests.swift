import Foundation
import Testing
import TiesTestSupport

/// `ties diff` between two output folders of the demo export, one edited as a later year.
struct DiffCommandTests {
  @Test func aLaterRunThatLostSomeoneAndSawAnotherTurnOneSided() throws {
    let (old, new) = try Self.demoAndALaterYear(
      "diff", files: ["people.csv", "links.csv", "summary.json"])

    let markdown = try TiesExecutable.run(["diff", old, new])
    #expect(markdown.status == 0, "\(markdown.stderr)")
    #expect(markdown.stdout.contains("## Gone (1)\n\n- Bruno Costa — meaningful\n"))
    #expect(
      markdown.stdout.contains(
        "## Turned one-sided (1)\n\n- Ivan Petrov: category two-way → one-sided\n"))
    let json = try TiesExecutable.run(["diff", old, new, "--json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect((object["gone"] as? [Any])?.count == 1)
    #expect((object["category_changes"] as? [Any])?.count == 1)

    let same = try TiesExecutable.run(["diff", old, old])
    #expect(same.stdout.hasSuffix("Nothing changed.\n"))
    let missing = try TiesExecutable.run(["diff", old, new + "/nowhere"])
    #expect(missing.status == 2)
  }

  /// The demo run into `<prefix>-old`, and a copy of `files` into `<prefix>-new` whose
  /// people.csv reads as a later year: Bruno Costa gone, Ivan Petrov turned one-sided.
  static func demoAndALaterYear(_ prefix: String, files: [String]) throws -> (
    old: String, new: String
  ) {
    let old = try FixturePaths.temporaryFolder(prefix + "-old")
    let run = try TiesExecutable.run(["analyze", "fixtures/exports/demo", "--out", old])
    #expect(run.status == 0, "\(run.stderr)")
    let new = try FixturePaths.temporaryFolder(prefix + "-new")
    for file in files {
      try FileManager.default.copyItem(atPath: old + "/" + file, toPath: new + "/" + file)
    }
    var rows = try String(contentsOfFile: new + "/people.csv", encoding: .utf8)
      .split(separator: "\n").map(String.init)
    let ivan = try #require(rows.firstIndex { $0.contains(",Ivan Petrov,two-way,") })
    rows[ivan] = rows[ivan].replacingOccurrences(
      of: ",Ivan Petrov,two-way,", with: ",Ivan Petrov,one-sided,")
    rows.removeAll { $0.contains(",Bruno Costa,") }
    try (rows.joined(separator: "\n") + "\n").write(
      toFile: new + "/people.csv", atomically: true, encoding: .utf8)
    return (old, new)
  }
}

/// `ties diff` reads a run's ties.sqlite as it reads its folder, on either side.
struct DiffDatabaseTests {
  /// The demo run, and a copy edited as a later year in both its CSV and its database.
  static func runs() throws -> (old: String, new: String) {
    let (old, new) = try DiffCommandTests.demoAndALaterYear(
      "db", files: ["people.csv", "links.csv", "summary.json", "ties.sqlite"])
    let edit = """
      import sqlite3, sys
      db = sqlite3.connect(sys.argv[1])
      db.execute("UPDATE people SET category = 'one-sided' WHERE name = 'Ivan Petrov'")
      db.execute("DELETE FROM people WHERE name = 'Bruno Costa'")
      db.commit()
      """
    let edited = try Python.run(["-c", edit, new + "/ties.sqlite"])
    #expect(edited.status == 0, "\(edited.stderr)")
    return (old, new)
  }

  @Test func aDatabaseOnEitherSideGivesTheFoldersDiff() throws {
    let (old, new) = try Self.runs()
    let folders = try TiesExecutable.run(["diff", old, new, "--json"])
    #expect(folders.status == 0, "\(folders.stderr)")
    #expect(folders.stdout.contains("\"gone\""))
    let pairs = [
      (old + "/ties.sqlite", new + "/ties.sqlite"), (old, new + "/ties.sqlite"),
      (old + "/ties.sqlite", new),
    ]
    for (a, b) in pairs {
      let result = try TiesExecutable.run(["diff", a, b, "--json"])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout == folders.stdout, "\(a) → \(b)")
    }
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(folders.stdout.utf8)) as? [String: Any])
    #expect((object["gone"] as? [Any])?.count == 1)
    #expect((object["turned_one_sided"] as? [Any])?.count == 1)

    let markdown = try TiesExecutable.run(["diff", old + "/ties.sqlite", new + "/ties.sqlite"])
    #expect(markdown.stdout.contains("## Gone (1)\n\n- Bruno Costa — meaningful\n"))
    #expect(
      markdown.stdout.contains(
        "## Turned one-sided (1)\n\n- Ivan Petrov: category two-way → one-sided\n"))
  }

  @Test func aFolderWithOnlyTheDatabaseAndADatabaseWithoutTotals() throws {
    let (old, _) = try Self.runs()
    let only = try FixturePaths.temporaryFolder("db-only")
    let run = try TiesExecutable.run([
      "analyze", "fixtures/exports/demo", "--format", "sqlite", "--out", only,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let same = try TiesExecutable.run(["diff", old, only])
    #expect(same.status == 0, "\(same.stderr)")
    #expect(same.stdout.hasSuffix("Nothing changed.\n"), "\(same.stdout)")

    // A database from before the totals table: people compared, totals left out, not "gone".
    let drop = """
      import sqlite3, sys
      db = sqlite3.connect(sys.argv[1])
      db.execute("DROP TABLE totals")
      db.execute("UPDATE people SET category = 'one-sided' WHERE name = 'Ivan Petrov'")
      db.commit()
      """
    #expect(try Python.run(["-c", drop, only + "/ties.sqlite"]).status == 0)
    let older = try TiesExecutable.run(["diff", old, only + "/ties.sqlite"])
    #expect(older.status == 0, "\(older.stderr)")
    #expect(older.stdout.contains("## Turned one-sided (1)"))
    #expect(!older.stdout.contains("## Totals"), "\(older.stdout)")
  }

  @Test func aDamagedOrForeignDatabaseIsUnusable() throws {
    let (old, _) = try Self.runs()
    let folder = try FixturePaths.temporaryFolder("db-bad")
    let garbage = folder + "/garbage.sqlite"
    try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: garbage))
    let foreign = folder + "/foreign.sqlite"
    let make = """
      import sqlite3, sys
      db = sqlite3.connect(sys.argv[1])
      db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
      db.commit()
      """
    #expect(try Python.run(["-c", make, foreign]).status == 0)
    let whole = try Data(contentsOf: URL(fileURLWithPath: old + "/ties.sqlite"))
    // The header page kept, every page after it (the tables' roots) overwritten.
    let damagedFile = folder + "/damaged.sqlite"
    try (whole.prefix(4096) + Data(repeating: 0x41, count: whole.count - 4096)).write(
      to: URL(fileURLWithPath: damagedFile))

    let notDatabase = try TiesExecutable.run(["diff", old, garbage])
    #expect(notDatabase.status == 2)
    #expect(
      notDatabase.stderr.contains("garbage.sqlite: file is not a database; is it a ties.sqlite?"),
      "\(notDatabase.stderr)")
    let notTies = try TiesExecutable.run(["diff", foreign, old])
    #expect(notTies.status == 2)
    #expect(
      notTies.stderr.contains("foreign.sqlite: not a ties.sqlite (no people table)"),
      "\(notTies.stderr)")
    let damaged = try TiesExecutable.run(["diff", old, damagedFile])
    #expect(damaged.status == 2, "\(damaged.stdout)")
    #expect(damaged.stderr.contains("damaged.sqlite: "), "\(damaged.stderr)")
    #expect(notDatabase.stdout.isEmpty && notTies.stdout.isEmpty && damaged.stdout.isEmpty)
  }
}
