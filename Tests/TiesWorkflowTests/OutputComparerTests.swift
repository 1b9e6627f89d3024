import Foundation
import Testing
import TiesWorkflow

/// `ties check` compares by meaning: rows by their key, columns by name, JSON by field.
struct OutputComparerTests {
  static let header = "person_id,name,category,direction,strength,reason"

  func compare(_ expected: String, _ produced: String, file: String = "people.csv")
    throws -> [OutputDifference]
  {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("compare-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(
      atPath: folder + "/a", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      atPath: folder + "/b", withIntermediateDirectories: true)
    try expected.write(toFile: folder + "/a/" + file, atomically: true, encoding: .utf8)
    try produced.write(toFile: folder + "/b/" + file, atomically: true, encoding: .utf8)
    return OutputComparer.compare(expected: folder + "/a", produced: folder + "/b")
  }

  @Test func aChangedCategoryShowsOldAndNewWithTheReason() throws {
    let differences = try compare(
      Self.header
        + "\np1,Ana,meaningful,both,90,\"calls, long talks\"\np2,Bo,follower,incoming,0,x\n",
      Self.header + "\np1,Ana,two-way,both,70,\"fewer calls\"\np2,Bo,follower,incoming,0,x\n")
    #expect(differences.count == 1)
    #expect(
      differences.first?.line
        == "people.csv: ~ p1 (Ana): category meaningful → two-way; strength 90 → 70; reason \"calls, long talks\" → \"fewer calls\""
    )
  }

  @Test func peopleAddedAndGoneAreNamed() throws {
    let differences = try compare(
      Self.header + "\np1,Ana,meaningful,both,90,r\n",
      Self.header + "\np2,Bo,follower,incoming,0,r\n")
    #expect(
      differences.map(\.line) == [
        "people.csv: - p1 (Ana, category=meaningful, direction=both)",
        "people.csv: + p2 (Bo, category=follower, direction=incoming)",
      ])
  }

  @Test func newColumnsAndReorderedColumnsAreComparedByName() throws {
    let differences = try compare(
      "person_id,name,category\np1,Ana,meaningful\n",
      "name,person_id,category,layer\nAna,p1,meaningful,5\n")
    #expect(differences.map(\.line) == ["people.csv: columns added: layer"])
  }

  @Test func jsonTotalsThatMovedAreListedByPath() throws {
    let differences = try compare(
      #"{"totals":{"people":3,"per_platform":{"x":{"people":3}}},"files":[{"path":"a","records":2}]}"#,
      #"{"totals":{"people":4,"per_platform":{"x":{"people":4}}},"files":[{"path":"a","records":2}]}"#,
      file: "summary.json")
    #expect(
      differences.map(\.line) == [
        "summary.json: ~ totals.people: 3 → 4",
        "summary.json: ~ totals.per_platform.x.people: 3 → 4",
      ])
  }

  @Test func aMissingOutputIsADifference() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("compare-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(
      atPath: folder + "/a", withIntermediateDirectories: true)
    try "x\n".write(toFile: folder + "/a/report.md", atomically: true, encoding: .utf8)
    let differences = OutputComparer.compare(expected: folder + "/a", produced: folder + "/b")
    #expect(differences.map(\.kind) == [.missingFile])
  }

  @Test func csvQuotingRoundTrips() {
    let document = CSVDocument(parsing: "a,b\n\"x, \"\"y\"\"\",\"line\nbreak\"\n")
    #expect(document.rows == [["x, \"y\"", "line\nbreak"]])
    #expect(CSVDocument(parsing: document.text) == document)
  }

  @Test func argsFilesSplitLikeAShell() {
    #expect(
      CheckCase.splitArguments("--me \"Alice Martin\"\n# comment\n--region DE\n")
        == ["--me", "Alice Martin", "--region", "DE"])
  }
}
