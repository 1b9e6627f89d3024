import Testing
import TiesCore
import TiesTestSupport

@testable import TiesImport

struct FacebookFixtureTests {
  private func links(_ graph: InteractionGraph, _ kind: LinkKind) -> [String] {
    graph.links.filter { $0.kind == kind }.map { graph.identities[$0.identity].key.value }.sorted()
  }

  @Test func era2018() async throws {
    let graph = try await importFixture("facebook-2018").graph
    #expect(graph.layouts[.facebook] == [FacebookLayout.era2018])
    #expect(links(graph, .friend) == ["Bob Stone", "Carla Diaz"])
    #expect(links(graph, .requestReceived) == ["Eager Fan"])
    #expect(links(graph, .requestSent) == ["Famous Person"])
    #expect(links(graph, .requestRejected) == ["Spam Guy"])
    #expect(links(graph, .removed) == ["Old Pal"])
    #expect(links(graph, .follows) == ["Natgeo Page"])
    #expect(graph.ownerKeys == ["Ann Lee"])
    // 2018 pages: message.json, "timestamp" in seconds, a call by type and duration, a share.
    let calls = graph.interactions.filter { $0.kind == .call }
    #expect(calls.map(\.length) == [300])
    #expect(calls.first?.time == 1_520_000_300)
    // The group's "added" event is not a message.
    let group = try #require(graph.threads.firstIndex { $0.isGroup })
    #expect(graph.interactions.filter { $0.thread == Int32(group) }.count == 1)
  }

  @Test func era2021AllSectionsAndPages() async throws {
    let graph = try await importFixture("facebook-2021").graph
    #expect(graph.layouts[.facebook] == [FacebookLayout.era2020])
    #expect(links(graph, .friend) == ["Bob Stone", "Zoë Çelik"])
    let sections = Set(
      graph.threads.map { $0.key.split(separator: "/").first.map(String.init) ?? "" })
    #expect(sections == ["inbox", "archived_threads", "filtered_threads", "message_requests"])
    let zoe = try #require(graph.threads.firstIndex { $0.key.hasSuffix("zoecelik_1234567890") })
    let inThread = graph.interactions.filter { $0.thread == Int32(zoe) }
    #expect(inThread.filter { $0.kind == .message }.count == 4)  // two pages, one unsent
    #expect(inThread.filter { $0.kind == .reaction }.count == 1)
  }

  @Test func era2024WithPlaceholdersCallsAndEncryptedHistory() async throws {
    let run = try await ImportPipeline.run(
      [FixturePaths.exports("facebook-2024"), FixturePaths.exports("facebook-2024-e2ee")],
      options: ImportOptions(jobs: 2))
    let graph = run.graph
    #expect(graph.layouts[.facebook] == [FacebookLayout.era2023])
    #expect(links(graph, .friend) == ["Bob Stone", "Carla Diaz"])
    #expect(links(graph, .blocked) == ["Spam Guy"])
    let followers = graph.links.filter { $0.kind == .follows && $0.direction == .incoming }
    #expect(followers.count == 2)
    #expect(followers.allSatisfy { $0.time == nil })  // followers_v3 has names only
    // Three deleted accounts: three identities, none shared.
    #expect(graph.identities.filter(\.isPlaceholder).count == 3)
    // Calls by duration: 0 seconds is a missed call, 1830 a completed one.
    let calls = graph.interactions.filter { $0.kind == .call }
    #expect(calls.map(\.callOutcome).sorted { $0.rawValue < $1.rawValue } == [.completed, .missed])
    // "Reacted ❤ to your message " is a reaction, not a composed message.
    #expect(graph.interactions.filter { $0.kind == .reaction }.count == 2)
    // The cut-over history and the encrypted download meet in one Messenger thread.
    let carla = graph.threads.filter { $0.platform == .messenger }
    #expect(carla.count == 1)
    let carlaIndex = try #require(graph.threads.firstIndex { $0.platform == .messenger })
    #expect(
      graph.interactions.filter { $0.thread == Int32(carlaIndex) && $0.kind == .message }.count == 3
    )
    // "Dan left the group." is a group event written as content, not a composed message.
    let climbers = try #require(
      graph.threads.firstIndex { $0.key.hasSuffix("climbers_9234567890") })
    #expect(graph.interactions.filter { $0.thread == Int32(climbers) }.count == 1)
    #expect(graph.ownerKeys == ["Ann Lee"])
  }
}
