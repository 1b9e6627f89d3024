import Foundation
import Testing
import TiesTestSupport

/// `ties diff` between two output folders of the demo export, one edited as a later year.
struct DiffCommandTests {
  @Test func aLaterRunThatLostSomeoneAndSawAnotherTurnOneSided() throws {
    let old = try FixturePaths.temporaryFolder("diff-old")
    let run = try TiesExecutable.run(["analyze", "fixtures/exports/demo", "--out", old])
    #expect(run.status == 0, "\(run.stderr)")
    let new = try FixturePaths.temporaryFolder("diff-new")
    for file in ["people.csv", "links.csv", "summary.json"] {
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
}
