import Testing
import TiesCore

@testable import TiesImport

/// Who the owner is, from `--me` and the data.
struct OwnerResolutionTests {
  @Test func meThatMatchesNobodyIsReported() async throws {
    let run = try await importFixture(
      "whatsapp-android-24h", options: ImportOptions(me: ["Ann Lee", "Nobody Here"]))
    let warnings = run.graph.warnings(containing: "matches no sender")
    #expect(
      warnings.map(\.message) == [
        "'Nobody Here' matches no sender, participant or account in the input"
      ])
    #expect(run.graph.ownerKeys == ["Ann Lee"])
  }
}
