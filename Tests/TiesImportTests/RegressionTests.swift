import Foundation
import Testing
import TiesCore
import TiesTestSupport

@testable import TiesImport

/// Inputs that once went wrong, each written out in its real format.
struct RegressionTests {
  private func run(_ files: [String: String], options: ImportOptions = ImportOptions(jobs: 1))
    async throws -> InteractionGraph
  {
    try await importFiles(files, options: options).graph
  }

  private func thread(_ folder: String, _ partner: String, _ extra: String = "") -> String {
    """
    {"participants": [{"name": "\(partner)"}, {"name": "Ann Lee"}], "title": "\(partner)",
     "messages": [\(extra){"sender_name": "\(partner)", "timestamp_ms": 1700000000000, "content": "hi"}],
     "thread_path": "inbox/\(folder)"}
    """
  }

  @Test func twoOneToOneThreadsWithSameNamedPartnersAreTwoPeople() async throws {
    let base = "your_instagram_activity/messages/inbox/"
    let graph = try await run(
      [
        base + "alexk_111/message_1.json": thread("alexk_111", "Alex"),
        base + "alexb_222/message_1.json": thread("alexb_222", "Alex"),
      ], options: ImportOptions(me: ["Ann Lee"], jobs: 1))
    let senders = Set(graph.interactions.map(\.sender))
    #expect(senders.count == 2)
  }

  @Test func aThirdSenderMakesAThreadAGroup() async throws {
    let extra =
      #"{"sender_name": "Carol Former", "timestamp_ms": 1699999000000, "content": "bye"},"#
    let graph = try await run([
      "your_instagram_activity/messages/inbox/bob_1/message_1.json": thread(
        "bob_1", "Bob Stone", extra)
    ])
    #expect(graph.threads.first?.isGroup == true)
  }

  @Test func aMessageAboutEncryptionIsAMessage() async throws {
    let graph = try await run([
      "WhatsApp Chat with Bob Miller.txt": """
      01/03/2024, 10:00 - Anna Schmidt: Is this chat end-to-end encrypted? I want to be sure of it
      01/03/2024, 10:01 - Bob Miller: yes
      """
    ])
    #expect(graph.interactions.count == 2)
    #expect(graph.ownerKeys == ["Anna Schmidt"])
  }

  @Test func missedCallWordsInsideAMessageAreText() async throws {
    let graph = try await run([
      "WhatsApp Chat with Bob.txt": """
      01/03/2024, 10:00 - Ann: Missed voice call? I was driving
      01/03/2024, 10:01 - Bob: Missed voice call
      01/03/2024, 10:02 - Bob: the photo I omitted
      """
    ])
    #expect(graph.interactions.map(\.kind) == [.message, .call, .message])
    #expect(graph.interactions.last?.length == 19)
  }

  @Test func typographicQuotesMarkSystemLines() async throws {
    let graph = try await run([
      "WhatsApp Chat mit Ausflug.txt": """
      12.03.22, 10:00 - Bob Miller hat die Gruppe „Ausflug: Juli“ erstellt.
      12.03.22, 10:01 - Bob Miller: hallo
      13.03.22, 10:01 - Anna Schmidt: hi
      """
    ])
    #expect(graph.identities.count == 2)
  }

  @Test func timeZoneOffsetIsTheOneInForceAtThatHour() async throws {
    let zone = try #require(TimeZone(identifier: "America/Los_Angeles"))
    let graph = try await run(
      [
        "WhatsApp Chat with Bob.txt":
          "13/03/2022, 01:30 - Bob: early\n13/03/2022, 12:00 - Bob: noon\n"
      ],
      options: ImportOptions(timeZone: zone, jobs: 1))
    #expect(
      graph.interactions.map(\.time) == [
        CivilTime.seconds(year: 2022, month: 3, day: 13, hour: 9, minute: 30),  // PST, -8
        CivilTime.seconds(year: 2022, month: 3, day: 13, hour: 19),  // PDT, -7
      ])
  }

  @Test func aChatNamedAfterNeitherWriterIsAGroup() async throws {
    let graph = try await run([
      "WhatsApp Chat with Trip Crew.txt":
        "01/03/2024, 10:00 - Ann: hi\n01/03/2024, 10:01 - Bob: yo\n"
    ])
    #expect(graph.threads.first?.isGroup == true)
  }

  @Test func logFilesAreNotChats() async throws {
    let graph = try await run([
      "server.txt": "2024-01-02 10:00 - INFO: started\n2024-01-02 10:01 - WARN: slow disk\n"
    ])
    #expect(graph.interactions.isEmpty)
    #expect(!graph.warnings(containing: "not recognized").isEmpty)
  }

  @Test func corruptTimestampsAreLeftOutNotFatal() async throws {
    let graph = try await run([
      "connections/followers_and_following/followers_1.json": """
      [{"string_list_data": [{"value": "bob", "timestamp": -9223372036854775808}]},
       {"string_list_data": [{"value": "eve", "timestamp": 1700000000}]}]
      """,
      "your_instagram_activity/messages/inbox/bob_1/message_1.json": """
      {"participants": [{"name": "Bob"}, {"name": "Ann"}], "messages": [
        {"sender_name": "Bob", "timestamp_ms": 9000000000000000000, "content": "x"},
        {"sender_name": "Bob", "timestamp_ms": 1700000000000, "content": "y"}]}
      """,
    ])
    #expect(graph.links.compactMap(\.time) == [1_700_000_000])
    #expect(graph.interactions.map(\.time) == [1_700_000_000])
    #expect(graph.warnings(containing: "outside 1990–2100").count == 2)
  }
}

struct InvalidUTF8Tests {
  @Test func oneBadByteDoesNotCostTheFile() async throws {
    let root = try FixturePaths.temporaryFolder("utf8")
    let folder = root + "/connections/followers_and_following"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var bytes = Array(#"[{"string_list_data": [{"value": "bob"#.utf8)
    bytes += [0xFF, 0xFE]
    bytes += Array(#"", "timestamp": 1700000000}]}]"#.utf8)
    try Data(bytes).write(to: URL(fileURLWithPath: folder + "/followers_1.json"))
    let graph = try await ImportPipeline.run([root], options: ImportOptions(jobs: 1)).graph
    #expect(graph.links.count == 1)
    #expect(!graph.warnings(containing: "invalid UTF-8").isEmpty)
  }
}

/// Meta inputs that once went wrong (a review with reproducers).
struct MetaRegressionTests {
  private func run(_ files: [String: String], me: [String] = []) async throws -> InteractionGraph {
    try await importFiles(files, options: ImportOptions(me: me, jobs: 1)).graph
  }

  private let page = "your_activity_across_facebook/messages/inbox/alice_1/message_1"

  @Test func nullValuesInIndentedPagesAreSkipped() async throws {
    let graph = try await run([
      page + ".json": """
      {
        "participants": [{"name": "Alice Ng"}, {"name": "Ann Lee"}],
        "messages": [
          {"sender_name": "Alice Ng", "timestamp_ms": 1700000000000, "content": null, "reactions": null},
          {"sender_name": null, "timestamp_ms": 1700000001000, "content": "x"},
          {"sender_name": "Ann Lee", "timestamp_ms": 1.700000002e12, "content": "hi"}
        ],
        "joinable_mode": null
      }
      """
    ])
    #expect(graph.files.first?.status == .read)
    #expect(graph.interactions.count == 2)
    #expect(graph.threads.first?.isGroup == false)
  }

  @Test func deepNestingIsRefusedNotFatal() async throws {
    let deep = String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000)
    let graph = try await run([
      page + ".json": #"{"participants": [{"name": "A"}], "magic_words": "# + deep
        + #", "messages": []}"#
    ])
    #expect(graph.files.first?.status == .skipped)
    #expect(!graph.warnings(containing: "nested deeper").isEmpty)
  }

  @Test func messagesThatEndLikeGroupEventsAreMessages() async throws {
    let graph = try await run([
      page + ".json": """
      {"participants": [{"name": "Alice Ng"}, {"name": "Ann Lee"}], "messages": [
        {"sender_name": "Alice Ng", "timestamp_ms": 1700000000000, "content": "I sent your photo to the group."},
        {"sender_name": "Alice Ng", "timestamp_ms": 1700000001000, "content": "Alice Ng left the group."}]}
      """
    ])
    #expect(graph.interactions.count == 1)
  }

  @Test func participantsSplitOnTheLabelsOwnConjunction() async throws {
    let graph = try await run([
      page + ".html": """
      <html><head><title>Juan</title></head><body>
      <div class="_aoaa"><div>Generated by Ann Lee on Sunday, February 25, 2024 at 6:55 PM UTC+01:00</div></div>
      <div class="_a6-g"><div class="_2ph_ _a6-h">Participants: Juan Ortega y Gasset and Ann Lee</div></div>
      <div class="_a6-g"><div class="_2ph_ _a6-h _a6-i">Juan Ortega y Gasset</div><div class="_2ph_ _a6-p"><div>hola</div></div>
      <div class="_a72d">Oct 19, 2019 2:37 p. m.</div></div>
      </body></html>
      """
    ])
    #expect(graph.threads.first?.participants.count == 2)
    #expect(graph.threads.first?.isGroup == false)
    // The header names the owner; the date's "p. m." is afternoon, in the header's UTC+01:00.
    #expect(graph.ownerKeys.contains("Ann Lee"))
    #expect(
      graph.interactions.first?.time
        == CivilTime.seconds(year: 2019, month: 10, day: 19, hour: 13, minute: 37))
  }
}

struct SideBySideExportTests {
  @Test func exportsInSiblingFoldersKeepTheirOwnPlatforms() async throws {
    let files = [
      "facebook/friends_and_followers/friends.json":
        #"{"friends_v2": [{"name": "Bob Stone", "timestamp": 1600000000}]}"#,
      "facebook/messages/inbox/bob_1/message_1.json":
        #"{"participants": [{"name": "Bob Stone"}, {"name": "Ann Lee"}], "messages": [{"sender_name": "Bob Stone", "timestamp_ms": 1600000000000, "content": "hi"}]}"#,
      "instagram/followers_and_following/followers.json":
        #"{"relationships_followers": [{"string_list_data": [{"value": "bob.stone", "timestamp": 1600000000}]}]}"#,
      "instagram/messages/inbox/bob_2/message_1.json":
        #"{"participants": [{"name": "Bob Stone"}, {"name": "Ann Lee"}], "messages": [{"sender_name": "Bob Stone", "timestamp_ms": 1600000000000, "content": "yo"}]}"#,
    ]
    let run = try await importFiles(files)
    #expect(run.detection.claimed.count == 4)
    #expect(
      run.detection.claimed.filter { $0.entry.components.first == "facebook" }.allSatisfy {
        $0.recognition.platform == .facebook
      })
    #expect(
      run.detection.claimed.filter { $0.entry.components.first == "instagram" }.allSatisfy {
        $0.recognition.platform == .instagram
      })
  }
}

struct HTMLEdgeTests {
  @Test func aTruncatedPageIsReadAsFarAsItGoesAndFlagged() async throws {
    let run = try await importFiles([
      "your_activity_across_facebook/messages/inbox/bob_1/message_1.html": """
      <html><head><title>Bob</title></head><body>
      <div class="_a6-g"><div class="_2ph_ _a6-h _a6-i">Bob</div><div class="_2ph_ _a6-p"><div>one</div></div>
      <div class="_a72d">Oct 19, 2019 2:37 pm</div></div>
      <div class="_a6-g"><div class="_2ph_ _a6-h _a6-i">Bob</div><div class="_2ph_ _a6-p"><div>tw
      """
    ])
    #expect(run.graph.interactions.count == 1)
    #expect(run.graph.files.first?.status == .partial)
    #expect(!run.graph.warnings(containing: "truncated").isEmpty)
  }

  @Test func datesWithoutTimesOnOldFriendLists() {
    #expect(
      MetaHTMLDate.localSeconds("Oct 19, 2019") == CivilTime.seconds(year: 2019, month: 10, day: 19)
    )
    #expect(MetaHTMLDate.localSeconds("19.10.2019") == nil)
  }

  /// The owner's Discord name "Max" once made an Instagram friend called Max the owner:
  /// owner names from the whole run mark others only when distinctive.
  @Test func aOneWordOwnerNameMarksNobodyElse() {
    var graph = InteractionGraph()
    let friend = graph.identity(
      IdentityKey(platform: .instagram, kind: .name, value: "Max"), name: "Max")
    let owner = graph.identity(
      IdentityKey(platform: .instagram, kind: .name, value: "Olive Owner"), name: "Olive Owner")
    graph.ownerNames.insert("Max")
    graph.ownerNames.insert("Olive Owner")
    OwnerInference.markByName(&graph, platforms: [.instagram])
    #expect(graph.ownerIdentities == [owner])
    #expect(!graph.ownerIdentities.contains(friend))
  }
}
