import Foundation
import Testing
import TiesCore
import TiesTestSupport

@testable import TiesImport

/// X's JavaScript-wrapped files as they arrive damaged: a trailing comma costs nothing, a
/// missing closing bracket nothing that was written, a record cut off by the file's end that
/// record only; each is reported with its path and byte offset.
struct XTolerantJSONTests {
  private func bytes(_ fixture: String, _ path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: FixturePaths.exports(fixture) + "/" + path)))
  }

  private func file(_ graph: InteractionGraph, _ suffix: String) throws -> SourceFile {
    try #require(graph.files.first { $0.path.hasSuffix(suffix) })
  }

  private func diagnostics(_ graph: InteractionGraph, _ suffix: String) -> [Diagnostic] {
    graph.diagnostics.filter { $0.path.hasSuffix(suffix) }
  }

  private func mentions(_ graph: InteractionGraph, id: String) -> Int {
    guard
      let person = graph.identityIndex(of: IdentityKey(platform: .x, kind: .accountID, value: id))
    else { return 0 }
    return graph.interactions.filter { interaction in
      graph.threads[Int(interaction.thread)].participants.contains(person)
    }.count
  }

  @Test func grailbirdWithoutItsClosingBracketKeepsEveryTweet() async throws {
    let graph = try await importFixture("x-grailbird-missing-bracket").graph
    let february = try file(graph, "2015_02.js")
    #expect(february.records == 2)
    // A file that ends early may have lost what came after: partial, not read.
    #expect(february.status == .partial)
    let ending = try #require(diagnostics(graph, "2015_02.js").first)
    let size = try bytes("x-grailbird-missing-bracket", "data/js/tweets/2015_02.js").count
    #expect(ending.offset == size)
    #expect(ending.message.contains("truncated"))
    #expect(mentions(graph, id: "12345678") == 1)
  }

  @Test func grailbirdCutInsideATweetLosesThatTweetOnly() async throws {
    let graph = try await importFixture("x-grailbird-missing-bracket").graph
    let march = try file(graph, "2015_03.js")
    #expect(march.records == 1)
    #expect(march.status == .partial)
    #expect(mentions(graph, id: "23456789") == 1)
    // The cut tweet names Carla before its date: she is not met through a half tweet.
    #expect(
      graph.identityIndex(of: IdentityKey(platform: .x, kind: .accountID, value: "34567890")) == nil
    )
    let size = try bytes("x-grailbird-missing-bracket", "data/js/tweets/2015_03.js").count
    #expect(diagnostics(graph, "2015_03.js").map(\.offset) == [size])
  }

  @Test func modernTrailingCommasCostNothingAndSayWhere() async throws {
    let graph = try await importFixture("x-tolerant-2023").graph
    let tweets = try file(graph, "data/tweets.js")
    #expect(tweets.records == 2)
    #expect(tweets.status == .read)
    let warnings = diagnostics(graph, "data/tweets.js")
    #expect(warnings.count == 1)
    let warning = try #require(warnings.first)
    #expect(warning.severity == .warning)
    // Five commas: after a mention and a tweet's last member, twice, and after the last tweet.
    #expect(warning.message.contains("(and 4 more in this file)"))
    // The offset is the file's, wrapper included, at the bracket the comma stood before.
    let text = try bytes("x-tolerant-2023", "data/tweets.js")
    let offset = try #require(warning.offset)
    #expect(text[offset] == UInt8(ascii: "]"))
    #expect(text[..<offset].last { $0 != 0x20 && $0 != 0x0A } == UInt8(ascii: ","))
  }

  /// `account.js` is small and read as a tree, as leniently as the streamed files: its
  /// trailing comma is reported, and the owner it names is the tweets' author.
  @Test func anAccountFileWithATrailingCommaStillNamesTheOwner() async throws {
    let graph = try await importFixture("x-tolerant-2023").graph
    let account = try file(graph, "account.js")
    #expect(account.status == .read)
    #expect(account.records == 1)
    let warnings = diagnostics(graph, "account.js")
    #expect(warnings.map(\.severity) == [.warning])
    #expect(warnings.first?.message.contains("trailing comma before '}'") == true)
    let owner = try #require(
      graph.identityIndex(of: IdentityKey(platform: .x, kind: .accountID, value: "3128746474")))
    #expect(graph.ownerIdentities.contains(owner))
    #expect(graph.identities[owner].displayNames.contains("Lars Example"))
    #expect(graph.warnings(containing: "no account.js").isEmpty)
    #expect(!graph.identities.contains { $0.key.value == "archive owner" })
  }

  @Test func modernPartWithoutItsClosingBracketKeepsEveryTweet() async throws {
    let graph = try await importFixture("x-tolerant-2023").graph
    let part = try file(graph, "tweets-part1.js")
    #expect(part.records == 2)
    #expect(part.status == .partial)
    let size = try bytes("x-tolerant-2023", "data/tweets-part1.js").count
    #expect(diagnostics(graph, "tweets-part1.js").map(\.offset) == [size])
    // Bob: one reply in each part; Carla likewise.
    #expect(mentions(graph, id: "1001") == 2)
    #expect(mentions(graph, id: "1002") == 2)
  }

  @Test func aFollowerCutOffIsTheOnlyOneLost() async throws {
    let graph = try await importFixture("x-tolerant-2023").graph
    let followers = try file(graph, "follower.js")
    #expect(followers.records == 2)
    #expect(followers.status == .partial)
    #expect(graph.links.filter { $0.kind == .follows && $0.platform == .x }.count == 2)
    #expect(graph.warnings(containing: "without an account id").isEmpty)
    let size = try bytes("x-tolerant-2023", "data/follower.js").count
    #expect(diagnostics(graph, "follower.js").map(\.offset) == [size])
  }
}

/// The scanner reads past a trailing comma wherever it is used, and every reader says so:
/// a trailing comma is never what Meta, Telegram, Discord or Google write, so it marks a
/// file edited by hand (a redacted donation) and the user is told where.
struct TrailingCommaReportTests {
  @Test func telegramReportsTheCommaAndKeepsEveryMessage() async throws {
    let text = """
      {
       "name": "Bob", "type": "personal_chat", "id": 700,
       "messages": [
        {"id": 1, "type": "message", "date_unixtime": "1700000000", "from": "Bob",
         "from_id": "user700", "text": "hi"},
        {"id": 2, "type": "message", "date_unixtime": "1700000060", "from": "Ann",
         "from_id": "user300", "text": "hello",},
       ]
      }
      """
    let graph = try await importFiles(["ChatExport/result.json": text]).graph
    #expect(graph.interactions.count == 2)
    #expect(graph.files[0].status == .read)
    let warning = try #require(graph.warnings(containing: "trailing comma").first)
    #expect(warning.path.hasSuffix("result.json"))
    #expect(warning.message.contains("1 more"))
    let offset = try #require(warning.offset)
    #expect(Array(text.utf8)[offset] == UInt8(ascii: "}"))
  }

  /// A small document read whole (Google Chat's `group_info.json`): Foundation reads past
  /// the commas without a word, so they are looked for and reported as the scanner does.
  @Test func aSmallDocumentReportsTheCommaAndKeepsEveryMember() async throws {
    let info = """
      {
        "name": "Trip",
        "members": [
          {"name": "Olivia Brandt", "email": "olivia@example.com", "user_type": "Human"},
          {"name": "Ana Ruiz", "email": "ana@example.com", "user_type": "Human",},
        ]
      }
      """
    let graph = try await importFiles(["Takeout/Google Chat/Groups/Space 1/group_info.json": info])
      .graph
    #expect(graph.files.first?.status == .read)
    #expect(graph.files.first?.records == 2)
    let warning = try #require(graph.warnings(containing: "trailing comma").first)
    #expect(warning.path.hasSuffix("group_info.json"))
    #expect(warning.message.contains("(and 1 more in this file)"))
    let offset = try #require(warning.offset)
    #expect(Array(info.utf8)[offset] == UInt8(ascii: "}"))
    // Any other defect keeps Foundation's verdict: the file is skipped.
    let broken = try await importFiles([
      "Takeout/Google Chat/Groups/Space 1/group_info.json": info.replacingOccurrences(
        of: "\"Trip\"", with: "'Trip'")
    ]).graph
    #expect(broken.files.first?.status == .skipped)
    #expect(broken.warnings(containing: "trailing comma").isEmpty)
  }

  @Test func messengerReportsTheCommaAndKeepsEveryMessage() async throws {
    let page = """
      {
        "participants": [{"name": "Bob Stone"}, {"name": "Olivia Brandt"}],
        "messages": [
          {"sender_name": "Bob Stone", "timestamp_ms": 1700000060000, "content": "two"},
          {"sender_name": "Olivia Brandt", "timestamp_ms": 1700000000000, "content": "one"},
        ],
        "title": "Bob Stone",
        "thread_path": "inbox/bobstone_1"
      }
      """
    let graph = try await importFiles([
      "your_activity_across_facebook/messages/inbox/bobstone_1/message_1.json": page
    ]).graph
    #expect(graph.interactions.count == 2)
    let warning = try #require(graph.warnings(containing: "trailing comma").first)
    #expect(warning.path.hasSuffix("message_1.json"))
    let offset = try #require(warning.offset)
    #expect(Array(page.utf8)[offset] == UInt8(ascii: "]"))
  }
}
