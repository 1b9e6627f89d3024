import Testing
import TiesCore
import TiesImport
import TiesTestSupport

@testable import TiesAnalysis

/// With no owner found, one of a lone chat's two writers is the user: neither may be called
/// one-sided, and naming the owner turns the same chat into an ordinary judgement.
struct OwnerUnknownTests {
  private func analyzed(_ fixture: String, me: [String] = []) async throws -> [String:
    PersonMetrics]
  {
    let run = try await ImportPipeline.run(
      [FixturePaths.exports(fixture)], options: ImportOptions(me: me, jobs: 2))
    let analysis = Analyzer().analyze(run.graph)
    return Dictionary(uniqueKeysWithValues: analysis.people.map { ($0.person.name, $0) })
  }

  @Test(arguments: [
    ("whatsapp-no-owner", ["Kofi Mensah", "Ama Owusu"]),
    ("google-chat-one-dm", ["Ana Ruiz", "Olivia Brandt"]),
  ])
  func writersOfAnOwnerlessChatAreUndetermined(_ fixture: String, _ writers: [String])
    async throws
  {
    let people = try await analyzed(fixture)
    for name in writers {
      #expect(people[name]?.category == .undetermined, "\(name)")
      #expect(people[name]?.direction == TieDirection.none, "\(name)")
      #expect(people[name]?.confidence == .low, "\(name)")
      #expect(people[name]?.reason.contains("pass --me") == true, "\(name)")
    }
  }

  @Test func namingTheOwnerJudgesTheSameChat() async throws {
    let people = try await analyzed("whatsapp-no-owner", me: ["Ama Owusu"])
    #expect(people["Ama Owusu"] == nil)
    #expect(people["Kofi Mensah"]?.category != .undetermined)
    #expect(people["Kofi Mensah"]?.category != nil)
  }
}
