import Testing
import TiesCore

@testable import TiesImport

struct DiscordFixtureTests {
  @Test func legacyPackageWithoutChannelPrefix() async throws {
    let graph = try await importFixture("discord-2020").graph
    #expect(graph.layouts[.discord] == [DiscordLayout.csvBare])
    let kinds = graph.links.map { "\($0.kind.rawValue):\($0.direction.rawValue)" }.sorted()
    #expect(
      kinds == [
        "blocked:outgoing", "friend:mutual", "friend:mutual", "request-received:incoming",
        "request-sent:outgoing",
      ])
    let dm = try #require(graph.threads.first { $0.key == "300000000000000001" })
    #expect(!dm.isGroup)
    #expect(dm.onlyOwnerMessages)
    #expect(dm.title == "Direct Message with jules#0007")
    let server = try #require(graph.threads.first { $0.key == "300000000000000002" })
    #expect(server.isGroup)
    #expect(server.title == "general in Climbers")
    // Every message is the owner's: five dated, one undated and reported.
    #expect(graph.interactions.count == 5)
    #expect(graph.interactions.allSatisfy { graph.ownerIdentities.contains(Int($0.sender)) })
    #expect(graph.warnings(containing: "Timestamp").count == 1)
    let stranger = try #require(
      graph.identityIndex(
        of: IdentityKey(platform: .discord, kind: .accountID, value: "200000000000000007")))
    #expect(graph.identities[stranger].displayNames == ["stranger#9999"])
    // The multi-line message counts its characters, not its lines.
    #expect(graph.interactions.contains { $0.length == 18 })
  }

  @Test func prefixedChannelFoldersWithCSV() async throws {
    let graph = try await importFixture("discord-2022").graph
    #expect(graph.layouts[.discord] == [DiscordLayout.csvPrefixed])
    let dm = try #require(graph.threads.first { $0.key == "310000000000000001" })
    #expect(!dm.isGroup)
    #expect(dm.participants.count == 2)
    let group = try #require(graph.threads.first { $0.key == "310000000000000002" })
    #expect(group.isGroup)
    #expect(graph.interactions.count == 3)
    #expect(graph.interactions.contains { $0.length == 13 })  // ok, "see" you
    #expect(graph.diagnostics.isEmpty)
  }

  @Test func localizedJSONPackage() async throws {
    let graph = try await importFixture("discord-2024").graph
    #expect(graph.layouts[.discord] == [DiscordLayout.json])
    #expect(graph.ownerKeys == ["100000000000000011", "noa.b"])
    #expect(graph.links.count == 2)  // the implicit relationship is not a link
    let group = try #require(graph.threads.first { $0.key == "300000000000000012" })
    #expect(group.isGroup)
    #expect(group.participants.count == 3)
    #expect(!graph.threads.contains { !$0.onlyOwnerMessages })
    #expect(graph.interactions.count == 5)
    #expect(graph.diagnostics.isEmpty)
  }
}

struct DiscordInlineTests {
  @Test func withoutUserJSONTheOwnerIsTheRecipientOfEveryDM() async throws {
    let csv = "ID,Timestamp,Contents,Attachments\n1,2024-01-01 10:00:00+00:00,hi,\n"
    let graph = try await importFiles([
      "package/messages/c11/channel.json":
        #"{"id": "11", "type": "DM", "recipients": ["900", "501"]}"#,
      "package/messages/c11/messages.csv": csv,
      "package/messages/c12/channel.json":
        #"{"id": "12", "type": "DM", "recipients": ["502", "900"]}"#,
      "package/messages/c12/messages.csv": csv,
    ]).graph
    let owner = try #require(
      graph.identityIndex(of: IdentityKey(platform: .discord, kind: .accountID, value: "900")))
    #expect(graph.ownerIdentities.contains(owner))
    #expect(graph.warnings(containing: "no user.json").count == 2)
  }
}
