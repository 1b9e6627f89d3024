import Testing
import TiesTestSupport

struct DetectCommandTests {
  @Test func listsPlatformsLayoutsFilesAndOwner() throws {
    let result = try TiesExecutable.run(["detect", "fixtures/exports/demo"])
    #expect(result.status == 0)
    let text = result.stdout
    #expect(text.contains("instagram\n"))
    #expect(text.contains("whatsapp\n"))
    #expect(text.contains("2025+: title records with /_u/ links"))
    #expect(text.contains("owner: alice.martin (Alice Martin)"))
    #expect(
      text.contains(
        "followers: fixtures/exports/demo/instagram/connections/followers_and_following/followers_1.json"
      ))
    #expect(text.contains("no-data.txt: not used by ties"))
  }

  @Test func detectWithNothingToReadExitsTwo() throws {
    let result = try TiesExecutable.run(["detect", "fixtures/expected"])
    #expect(result.status == 2)
  }
}
