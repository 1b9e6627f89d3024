import Foundation
import Testing
import TiesCore
import TiesTestSupport

@testable import TiesImport

/// Instagram inputs that once went wrong, each written out in its real format.
struct InstagramRegressionTests {
  private func thread(_ folder: String, _ partner: String, _ extra: String = "") -> String {
    """
    {"participants": [{"name": "\(partner)"}, {"name": "Ann Lee"}], "title": "\(partner)",
     "messages": [\(extra){"sender_name": "\(partner)", "timestamp_ms": 1700000000000, "content": "hi"}],
     "thread_path": "inbox/\(folder)"}
    """
  }
  @Test func twoOneToOneThreadsWithSameNamedPartnersAreTwoPeople() async throws {
    let base = "your_instagram_activity/messages/inbox/"
    let graph = try await importGraph(
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
    let graph = try await importGraph([
      "your_instagram_activity/messages/inbox/bob_1/message_1.json": thread(
        "bob_1", "Bob Stone", extra)
    ])
    #expect(graph.threads.first?.isGroup == true)
  }

  @Test func corruptTimestampsAreLeftOutNotFatal() async throws {
    let graph = try await importGraph([
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
