import Foundation
import Testing
import TiesCore
import TiesTestSupport

@testable import TiesImport

/// The pre-2018 `conversation_state` layout of `Hangouts.json` with the pitfalls of its era:
/// a 2014 takeout's `Hangouts2.json` repeating most of `Hangouts.json`, a call listed end
/// before start, a member who left, one without `fallback_name`, a numeric timestamp.
struct HangoutsEraTests {
  private func person(_ graph: InteractionGraph, _ gaia: String) throws -> Int {
    try #require(
      graph.identityIndex(of: IdentityKey(platform: .google, kind: .accountID, value: gaia)))
  }

  private func sent(_ graph: InteractionGraph, by identity: Int, _ kind: InteractionKind)
    -> [Interaction]
  {
    graph.interactions.filter { $0.sender == Int32(identity) && $0.kind == kind }
  }

  @Test func overlappingFilesCountEachEventOnce() async throws {
    let graph = try await importFixture("google-hangouts-2014-split").graph
    let olivia = try person(graph, "300000000000000000001")
    let ana = try person(graph, "300000000000000000002")
    #expect(graph.ownerIdentities.contains(olivia))
    // Ana: two texts in the pair (one only in the second file) and one in the group.
    #expect(sent(graph, by: ana, .message).count == 3)
    #expect(sent(graph, by: olivia, .message).count == 2)
    // Her call, paired start to end though the second file lists the end first.
    let calls = sent(graph, by: ana, .call)
    #expect(calls.map(\.length) == [300])
    #expect(calls.map(\.callOutcome) == [.completed])
    #expect(calls.first?.time == 1_400_000_100)
    #expect(graph.interactions.filter { $0.kind == .call }.count == 1)
    // Two texts and a call of the first file are in the second too.
    #expect(
      graph.warnings(containing: "3 Hangouts event(s) found in more than one file").count == 1)
    #expect(graph.interactions.count == 4 + 4)  // the pair, the group
  }

  @Test func aNamedGroupKeepsItsNameAndItsDepartedMember() async throws {
    let graph = try await importFixture("google-hangouts-2014-split").graph
    let group = try #require(graph.threads.first { $0.key == "hangouts:UgxLunch" })
    #expect(group.isGroup)
    #expect(group.title == "Lunch crew")
    #expect(group.participants.count == 3)
    // Marcus left: his message (its timestamp a JSON number) stays his.
    let marcus = try person(graph, "300000000000000000004")
    #expect(!group.participants.contains(marcus))
    #expect(sent(graph, by: marcus, .message).map(\.time) == [1_400_099_000])
    // Ken has no fallback_name: kept by his id, named by nobody.
    let ken = try person(graph, "300000000000000000003")
    #expect(graph.identities[ken].displayNames.isEmpty)
    #expect(sent(graph, by: ken, .message).count == 1)
    let pair = try #require(graph.threads.first { $0.key == "hangouts:UgxDuo" })
    #expect(!pair.isGroup)
    #expect(pair.title == "Ana Ruiz")
  }
}
