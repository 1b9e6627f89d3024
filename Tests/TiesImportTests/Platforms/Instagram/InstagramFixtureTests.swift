import Testing
import TiesCore

@testable import TiesImport

struct InstagramFixtureTests {
  private func links(_ graph: InteractionGraph, _ kind: LinkKind, _ direction: LinkDirection)
    -> [String]
  {
    graph.links.filter { $0.kind == kind && $0.direction == direction }
      .map { graph.identities[$0.identity].key.value }.sorted()
  }

  @Test func legacy2018ConnectionsAndMessages() async throws {
    let graph = try await importFixture("instagram-2018").graph
    #expect(graph.layouts[.instagram] == [InstagramLayout.legacy])
    #expect(links(graph, .follows, .incoming) == ["bob.stone", "carla.diaz"])
    #expect(links(graph, .follows, .outgoing) == ["bob.stone", "natgeo"])
    #expect(links(graph, .blocked, .outgoing) == ["spammer"])
    #expect(links(graph, .requestSent, .outgoing) == ["dan.p"])
    let follow = graph.links.first { graph.identities[$0.identity].key.value == "carla.diaz" }
    #expect(follow?.time == CivilTime.seconds(year: 2019, month: 4, day: 1, hour: 8))
    #expect(graph.interactions.filter { $0.kind == .message }.count == 2)
    #expect(graph.interactions.filter { $0.kind == .reaction }.count == 1)
    #expect(graph.ownerKeys == ["ann.lee"])
  }

  @Test func wrapped2021() async throws {
    let graph = try await importFixture("instagram-2021").graph
    #expect(graph.layouts[.instagram] == [InstagramLayout.wrapped])
    #expect(links(graph, .follows, .incoming) == ["bob.stone", "carla.diaz"])
    #expect(graph.threads.count == 1)
    #expect(graph.interactions.count == 2)
    #expect(graph.ownerKeys.contains("ann.lee"))
    // The thread folder "bobstone_…" names Bob's username: his display name joins it.
    let bob = try #require(
      graph.identityIndex(of: IdentityKey(platform: .instagram, kind: .handle, value: "bob.stone")))
    #expect(graph.identities[bob].displayNames == ["Bob Stone"])
  }

  @Test func bareArrays2023WithCalls() async throws {
    let graph = try await importFixture("instagram-2023").graph
    #expect(graph.layouts[.instagram] == [InstagramLayout.bareArrays])
    #expect(links(graph, .follows, .incoming) == ["bob.stone"])
    #expect(links(graph, .restricted, .outgoing) == ["nosy.neighbor"])
    #expect(links(graph, .hiddenStory, .outgoing) == ["boss.person"])
    #expect(links(graph, .closeFriend, .outgoing) == ["bob.stone"])
    #expect(links(graph, .requestSent, .outgoing) == ["cool.band"])
    #expect(links(graph, .requestReceived, .incoming) == ["eager.fan"])
    #expect(links(graph, .unfollowed, .outgoing) == ["old.pal"])
    // Dismissed suggestions are not relations: the file is listed, not read.
    #expect(graph.identity(named: "random.person") == nil)
    let calls = graph.interactions.filter { $0.kind == .call }
    #expect(calls.count == 2)
    #expect(calls.filter { $0.callOutcome == .completed }.map(\.length) == [125])
    #expect(calls.filter { $0.callOutcome == .missed }.count == 1)
    // "Liked a message" is a one-click act, not a composed message.
    #expect(graph.interactions.filter { $0.kind == .reaction }.count == 1)
    #expect(graph.interactions.filter { $0.kind == .message }.count == 1)
  }

  @Test func titleRecords2025AndLabelValues() async throws {
    let graph = try await importFixture("instagram-2025").graph
    #expect(graph.layouts[.instagram]?.contains(InstagramLayout.titleRecords) == true)
    #expect(links(graph, .follows, .outgoing) == ["bob.stone", "natgeo"])
    #expect(links(graph, .blocked, .outgoing) == ["spammer"])
    let spammer = try #require(
      graph.identityIndex(of: IdentityKey(platform: .instagram, kind: .handle, value: "spammer")))
    #expect(graph.identities[spammer].displayNames == ["Spam Sérvice"])
    // A thread from the requests folder is read like any other.
    #expect(graph.threads.map(\.key) == ["message_requests/danpark_17841400000000009"])
  }

  @Test func pitfalls() async throws {
    let run = try await importFixture("instagram-pitfalls")
    let graph = run.graph
    // Mojibake repaired in names.
    #expect(graph.identity(named: "Renée Çelik") != nil)
    #expect(graph.ownerKeys.contains("zoe.k"))
    #expect(graph.ownerIdentities.contains { graph.identities[$0].key.value == "Zoë" })
    // Pages message_1, message_2 and message_10 are one thread; all five messages are read.
    let renee = graph.threads.filter { $0.key.hasSuffix("renee_17841400000000100") }
    #expect(renee.count == 1)
    let reneeThread = try #require(
      graph.threads.firstIndex { $0.key.hasSuffix("renee_17841400000000100") })
    let inThread = graph.interactions.filter { $0.thread == Int32(reneeThread) }
    #expect(inThread.filter { $0.kind == .message }.count == 5)
    #expect(inThread.filter { $0.kind == .reaction }.count == 1)
    // Two deleted accounts stay two identities, both placeholders.
    let placeholders = graph.identities.filter(\.isPlaceholder)
    #expect(placeholders.count == 2)
    // A sender who left the group still counts as a member who wrote.
    let hikers = try #require(graph.threads.first { $0.key.hasSuffix("hikers_17841400000000400") })
    #expect(hikers.isGroup)
    #expect(hikers.participants.count == 4)
    // The truncated page is reported with its path and offset, and the run goes on.
    let broken = graph.files.first { $0.path.hasSuffix("broken_17841400000000500/message_1.json") }
    #expect(broken?.status == .skipped)
    let warning = try #require(graph.warnings(containing: "not valid JSON").first)
    #expect(warning.offset != nil)
  }
}
