import Testing
import TiesCore

@testable import TiesImport

struct XFixtureTests {
  private func links(_ graph: InteractionGraph, _ direction: LinkDirection) -> [String] {
    graph.links.filter { $0.kind == .follows && $0.direction == direction }
      .map { graph.identities[$0.identity].key.value }.sorted()
  }

  @Test func current2023Archive() async throws {
    let graph = try await importFixture("x-2023").graph
    #expect(graph.layouts[.x] == [XLayout.tweets])
    #expect(links(graph, .incoming) == ["1001", "1002", "1003", "1004", "1005", "handleonly"])
    #expect(links(graph, .outgoing) == ["1001", "1004", "1005", "2001", "2002"])
    #expect(graph.ownerKeys == ["3128746474", "larsex"])
    let kinds = graph.interactions.map(\.kind)
    #expect(kinds.filter { $0 == .message }.count == 5)
    #expect(kinds.filter { $0 == .reaction }.count == 1)
    // Two mentions in one tweet, one reply, one reply without a screen name; no retweet and
    // no self-reply.
    #expect(kinds.filter { $0 == .publicMention }.count == 4)
    let group = try #require(graph.threads.first { $0.key == "group/1592446877601247234" })
    #expect(group.isGroup)
    #expect(group.title == "Climbing crew")
    #expect(group.participants.count == 4)  // owner, 1001, 1004 and 3002 who joined and left
    let direct = try #require(graph.threads.first { $0.key == "dm/1001-3128746474" })
    #expect(!direct.isGroup)
    #expect(graph.diagnostics.isEmpty)
  }

  @Test func tweetJsEraWithATruncatedFile() async throws {
    let graph = try await importFixture("x-2020").graph
    #expect(graph.layouts[.x] == [XLayout.tweet])
    #expect(graph.links.filter { $0.kind == .restricted }.count == 1)
    // A bare tweet object and a wrapped one are both read.
    #expect(graph.interactions.filter { $0.kind == .publicMention }.count == 2)
    let cut = try #require(graph.files.first { $0.path.hasSuffix("direct-messages-group.js") })
    #expect(cut.status == .partial)
    #expect(graph.warnings(containing: "not valid JSON").count == 1)
    #expect(graph.interactions.filter { $0.kind == .message }.count == 3)
  }

  @Test func grailbird() async throws {
    let graph = try await importFixture("x-grailbird-2015").graph
    #expect(graph.layouts[.x] == [XLayout.grailbird])
    #expect(graph.ownerKeys.contains("3038000000"))
    let mention = try #require(graph.interactions.first)
    #expect(mention.kind == .publicMention)
    #expect(mention.time == CivilTime.seconds(year: 2015, month: 2, day: 28, hour: 21, second: 7))
    #expect(graph.interactions.count == 1)
    #expect(graph.sameAs.count >= 1)
    #expect(graph.diagnostics.isEmpty)
  }

  /// Grailbird's `data/js/tweets/*.js` with a trailing comma before the closing bracket:
  /// every tweet is read, the file counts as read, and the comma is reported where it is.
  @Test func grailbirdTrailingCommaCostsNothing() async throws {
    let graph = try await importFixture("x-grailbird-trailing-comma").graph
    #expect(graph.interactions.count == 1)
    let tweets = try #require(graph.files.first { $0.path.hasSuffix("2015_02.js") })
    #expect(tweets.status == .read)
    let warning = try #require(graph.warnings(containing: "trailing comma").first)
    #expect(warning.offset != nil)
    #expect(graph.diagnostics.count == 1)
  }

  @Test(arguments: [
    (
      "Sat Jul 25 08:26:58 +0000 2026",
      CivilTime.seconds(
        year: 2026, month: 7, day: 25, hour: 8, minute: 26, second: 58)
    ),
    (
      "Sat Jul 25 08:26:58 +0130 2026",
      CivilTime.seconds(
        year: 2026, month: 7, day: 25, hour: 6, minute: 56, second: 58)
    ),
    (
      "2015-02-28 20:00:07 +0000",
      CivilTime.seconds(
        year: 2015, month: 2, day: 28, hour: 20, second: 7)
    ),
    (
      "2021-09-15T06:00:28.597Z",
      CivilTime.seconds(
        year: 2021, month: 9, day: 15, hour: 6, second: 28)
    ),
  ])
  func times(_ text: String, _ expected: Int64) {
    #expect(XArchiveFile.seconds(text) == expected)
  }

  @Test func partNumbersAreAnyNumber() {
    #expect(XImporter.base("tweets-part12.js") == "tweets")
    #expect(XImporter.base("direct-messages-group.js") == "direct-messages-group")
    #expect(XImporter.base("direct-messages-part1.js") == "direct-messages")
  }
}

struct XInlineTests {
  private func conversation(_ id: String, _ sender: String, _ recipient: String) -> String {
    """
    { "dmConversation" : { "conversationId" : "\(id)", "messages" : [ { "messageCreate" : {
      "recipientId" : "\(recipient)", "text" : "hi", "mediaUrls" : [ ], "senderId" : "\(sender)",
      "id" : "1", "createdAt" : "2021-09-15T06:00:28.597Z" } } ] } }
    """
  }

  @Test func withoutAccountTheOwnerIsInEveryConversation() async throws {
    let graph = try await importFiles([
      "data/direct-messages.js": "window.YTD.direct_messages.part0 = ["
        + conversation("10-77", "10", "77") + ","
        + conversation("77-20", "77", "20") + "]"
    ]).graph
    #expect(graph.ownerKeys == ["77"])
  }

  /// Ids are matched on their raw bytes while a conversation is read; one written with an
  /// escape is still the same account, and an escaped date is still read.
  @Test func escapedIdsAndDatesAreTheSameAsPlainOnes() async throws {
    let messages = [
      ("10", "77", "2021-09-15T06:00:28.597Z"), ("7\\u0037", "10", "2021-09-15T06:01:00Z"),
      ("10", "\\u00377", "2021\\u002d09-15T06:02:00Z"), ("77", "10", "2021-09-15T06:03:00Z"),
    ].map { sender, recipient, time in
      """
      { "messageCreate" : { "recipientId" : "\(recipient)", "text" : "hi", "reactions" : [ ],
        "senderId" : "\(sender)", "id" : "1", "createdAt" : "\(time)" } }
      """
    }
    let graph = try await importFiles([
      "data/direct-messages.js": "window.YTD.direct_messages.part0 = ["
        + "{ \"dmConversation\" : { \"conversationId\" : \"10-77\", \"messages\" : ["
        + messages.joined(separator: ",") + "] } }]"
    ]).graph
    let thread = try #require(graph.threads.first)
    #expect(graph.threads.count == 1)
    #expect(thread.participants.map { graph.identities[$0].key.value } == ["77", "10"])
    let interactions = graph.allInteractions
    #expect(
      interactions.map { graph.identities[Int($0.sender)].key.value } == ["10", "77", "10", "77"])
    #expect(
      interactions.map(\.time) == [1_631_685_628, 1_631_685_660, 1_631_685_720, 1_631_685_780])
  }
}
