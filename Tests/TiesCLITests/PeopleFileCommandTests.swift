import Foundation
import Testing
import TiesTestSupport

/// `--people`: what the user says about people wins, end to end.
struct PeopleFileCommandTests {
  /// Its outputs are the golden case identity-multi-people (GoldenTests).
  @Test func peopleFileMergesSplitsAndHides() throws {
    let out = try FixturePaths.temporaryFolder("people")
    let result = try TiesExecutable.run([
      "analyze", "fixtures/exports/identity-multi", "--out", out, "--people",
      "fixtures/people/identity-multi.yaml",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stderr.contains(
        "fixtures/people/identity-multi.yaml:18: warning: 'whatsapp:name:Someone Else' matches no identity"
      ))
    let people = try String(contentsOfFile: out + "/people.csv", encoding: .utf8)
    let rows = people.split(separator: "\n").map(String.init)
    let mum = try #require(rows.first { $0.contains(",Margaret Owner,") })
    #expect(mum.contains("facebook:name:Margaret Owner;whatsapp:name:Mum"))
    #expect(mum.contains(",true,"))  // kin
    #expect(rows.filter { $0.contains("Tom Hughes") }.count == 2)
    #expect(!people.contains("natgeo"))
    #expect(rows.contains { $0.contains("instagram:lena.vogel;whatsapp:name:Lena Vogel") })
  }

  @Test func withoutThePeopleFileTheDataDecides() throws {
    let out = try FixturePaths.temporaryFolder("people")
    let result = try TiesExecutable.run([
      "analyze", "fixtures/exports/identity-multi", "--out", out,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let people = try String(contentsOfFile: out + "/people.csv", encoding: .utf8)
    // Nothing in the data says Mum on WhatsApp is Margaret Owner on Facebook.
    #expect(!people.contains("facebook:name:Margaret Owner;whatsapp:name:Mum"))
    #expect(people.contains("whatsapp:name:Mum"))
  }

  @Test func aFileThatIsNotYAMLStopsTheRun() throws {
    let folder = try FixturePaths.temporaryFolder("people")
    let path = folder + "/people.yaml"
    try "people: [unclosed".write(toFile: path, atomically: true, encoding: .utf8)
    let result = try TiesExecutable.run([
      "analyze", "fixtures/exports/demo", "--out", folder + "/out", "--people", path,
    ])
    #expect(result.status == 4)
    #expect(result.stderr.contains("not valid YAML"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/out/report.md"))
  }

  @Test func strictCountsPeopleFileWarnings() throws {
    let folder = try FixturePaths.temporaryFolder("people")
    let path = folder + "/people.yaml"
    try "people:\n  - same: [instagram:nobody.here]\n".write(
      toFile: path, atomically: true, encoding: .utf8)
    let result = try TiesExecutable.run([
      "analyze", "fixtures/exports/whatsapp-android-24h", "--out", folder + "/out", "--people",
      path,
      "--strict",
    ])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains("people.yaml:2: warning: 'instagram:nobody.here' matches no identity"))
  }
}
