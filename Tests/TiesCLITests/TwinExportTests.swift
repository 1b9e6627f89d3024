import Foundation
import Testing
import TiesTestSupport

/// The same synthetic account downloaded as JSON and as HTML reads to the same people and
/// links (`scripts/make-twin-exports` writes both).
struct TwinExportTests {
  @Test(arguments: ["facebook", "instagram"])
  func jsonAndHTMLGiveTheSamePeopleAndLinks(_ platform: String) throws {
    var outputs: [String: (people: String, links: [String])] = [:]
    for variant in ["json", "html"] {
      let out = try FixturePaths.temporaryFolder("twin")
      let result = try TiesExecutable.run([
        "analyze", "fixtures/exports/\(platform)-twin-\(variant)", "--out", out, "--me", "Ann Lee",
        "--format", "csv",
      ])
      #expect(result.status == 0, "\(result.stderr)")
      // The HTML download says which dates it covers ("Contains data from … to …"), the
      // JSON one does not: the end of the source, and what is measured from it (strength's
      // recency, the window), may differ. Who is who and what they are may not.
      let people = try String(contentsOfFile: out + "/people.csv", encoding: .utf8)
        .split(separator: "\n").map { line in
          let fields = line.split(separator: ",", omittingEmptySubsequences: false)
          return ([0, 1, 2, 3, 5, 6, 7] as [Int]).map { String(fields[$0]) }.joined(separator: ",")
        }.joined(separator: "\n")
      // Links name their source file, which differs (.json, .html) by design: compare the rest.
      let links = try String(contentsOfFile: out + "/links.csv", encoding: .utf8)
        .split(separator: "\n").map {
          $0.split(separator: ",", omittingEmptySubsequences: false).prefix(7).joined(
            separator: ",")
        }
      outputs[variant] = (people, links)
    }
    let json = try #require(outputs["json"])
    let html = try #require(outputs["html"])
    #expect(json.people == html.people)
    #expect(json.links == html.links)
    #expect(json.people.split(separator: "\n").count > 3)
  }
}
