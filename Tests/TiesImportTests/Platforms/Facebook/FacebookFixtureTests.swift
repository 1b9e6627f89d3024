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

/// The Messenger samples of other projects (`../shared/samples/messenger`), with counts
/// taken from the files independently of ties.
struct MessengerSamplesConformanceTests {
  struct Sample: Sendable, CustomStringConvertible {
    var file: String
    var records: Int
    var messages: Int
    var calls: Int
    var participants: Int
    var description: String { file }
  }

  static let samples: [Sample] = [
    Sample(
      file: "joweich-chat-miner_synthetic/test/facebookMessenger/testlog.json", records: 2,
      messages: 2, calls: 0, participants: 2),
    Sample(
      file:
        "kenn-io-msgvault_synthetic/internal/fbmessenger/testdata/e2ee_simple/your_activity_across_facebook/messages/alice_1.json",
      records: 4, messages: 4, calls: 0, participants: 2),
    Sample(
      file:
        "kenn-io-msgvault_synthetic/internal/fbmessenger/testdata/e2ee_simple/your_activity_across_facebook/messages/group_2.json",
      records: 2, messages: 2, calls: 0, participants: 3),
    Sample(
      file:
        "kenn-io-msgvault_synthetic/internal/fbmessenger/testdata/json_nontext/your_activity_across_facebook/messages/inbox/sam_NONTXT/message_1.json",
      records: 6, messages: 3, calls: 2, participants: 2),
    Sample(
      file: "mlomb-chat-analytics_synthetic/tests/samples/messenger/2A_7M.json", records: 7,
      messages: 7, calls: 0, participants: 2),
  ]

  @Test(
    FixturePaths.needsSharedSamples,
    arguments: samples)
  func countsMatch(_ sample: Sample) async throws {
    let path = try #require(FixturePaths.sharedSamples) + "/messenger/" + sample.file
    let run = try await ImportPipeline.run([path], options: ImportOptions(jobs: 1))
    let graph = run.graph
    #expect(run.detection.claimed.count == 1)
    #expect(graph.files.first?.records == sample.records)
    #expect(graph.interactions.filter { $0.kind == .message }.count == sample.messages)
    #expect(graph.interactions.filter { $0.kind == .call }.count == sample.calls)
    #expect(graph.threads.first?.participants.count == sample.participants)
  }
}

struct FacebookHTMLTests {
  @Test func oldMarkupThreadsAndFriends() async throws {
    let graph = try await importFixture(
      "facebook-html-2020", options: ImportOptions(me: ["Ann Lee"], jobs: 1)
    ).graph
    #expect(graph.threads.count == 1)
    let messages = graph.interactions.filter { $0.kind == .message }
    // "Which station?<br />The big one?": a line break counts as one character.
    #expect(messages.map(\.length) == [27, 26])
    #expect(
      messages.first?.time
        == CivilTime.seconds(year: 2019, month: 10, day: 19, hour: 14, minute: 30))
    #expect(graph.interactions.filter { $0.kind == .reaction }.count == 1)
    #expect(graph.links.filter { $0.kind == .friend }.count == 2)
    #expect(graph.identity(named: "Renée Çelik") != nil)
  }

  @Test func headerOffsetAndDateRange() async throws {
    let graph = try await importFixture("facebook-twin-html").graph
    // "Jan 02, 2024 8:36:51pm" under "UTC+01:00" is 19:36:51 UTC.
    #expect(
      graph.interactions.contains {
        $0.time == CivilTime.seconds(year: 2024, month: 1, day: 2, hour: 19, minute: 36, second: 51)
      })
    let range = try #require(graph.coverage[.facebook])
    #expect(
      range.lowerBound == CivilTime.seconds(year: 2022, month: 2, day: 25, hour: 11, minute: 59))
    #expect(
      range.upperBound == CivilTime.seconds(year: 2024, month: 2, day: 25, hour: 17, minute: 47))
  }

  @Test func instagramHTMLListsAndThreads() async throws {
    let graph = try await importFixture("instagram-twin-html").graph
    #expect(graph.links.filter { $0.direction == .incoming }.count == 2)
    #expect(graph.links.filter { $0.direction == .outgoing }.count == 2)
    #expect(graph.links.allSatisfy { $0.time != nil })
    #expect(graph.interactions.filter { $0.kind == .message }.count == 2)
  }
}
