import Foundation
import Testing
import TiesCore
import TiesTestSupport

@testable import TiesImport

/// Google Chat without its `Users/` folder: the owner is the one member of every
/// conversation, and is left unknown, with a reason, when the evidence fits more than one.
struct GoogleChatOwnerTests {
  private func email(_ value: String) -> IdentityKey {
    IdentityKey(platform: .google, kind: .email, value: value)
  }

  private func messages(_ graph: InteractionGraph, from identity: Int) -> Int {
    graph.interactions.filter { $0.sender == Int32(identity) && $0.kind == .message }.count
  }

  @Test func theMemberOfEveryConversationIsTheOwner() async throws {
    let graph = try await importFixture("google-chat-no-users").graph
    let olivia = try #require(graph.identityIndex(of: email("olivia.brandt@example.com")))
    #expect(graph.ownerIdentities == [olivia])
    #expect(graph.warnings(containing: "Users/").isEmpty)
    // Her own messages are hers, in the DM that lost its group_info.json too.
    #expect(messages(graph, from: olivia) == 3)
    let ana = try #require(graph.identityIndex(of: email("ana.ruiz@example.com")))
    let ken = try #require(graph.identityIndex(of: email("ken@example.net")))
    let sofia = try #require(graph.identityIndex(of: email("sofia.lindqvist@example.se")))
    #expect([ana, ken, sofia].map { messages(graph, from: $0) } == [2, 1, 1])
    // The owner is the owner's person, never one of the contacts.
    let people = PersonResolver().resolve(graph)
    let owner = try #require(people.ownerIndex)
    #expect(people.personOfIdentity[olivia] == owner)
    #expect(Set([ana, ken, sofia].map { people.personOfIdentity[$0] }).count == 3)
    #expect(![ana, ken, sofia].contains { people.personOfIdentity[$0] == owner })
  }

  /// One conversation: both its members are in every conversation, so neither is chosen.
  @Test func oneConversationLeavesTheOwnerUnknown() async throws {
    let graph = try await importFixture("google-chat-one-dm").graph
    #expect(graph.ownerIdentities.isEmpty)
    let warning = try #require(graph.warnings(containing: "Google Chat without Users/").first)
    #expect(warning.message.contains("only one conversation"))
    #expect(warning.path.hasSuffix("messages.json"))
  }

  /// Two people share every conversation (a DM with Ana and a space with Ana in it).
  @Test func twoMembersInEveryConversationAreNotGuessedBetween() async throws {
    let olivia = #"{"name": "Olivia Brandt", "email": "olivia@example.com", "user_type": "Human"}"#
    let ana = #"{"name": "Ana Ruiz", "email": "ana@example.com", "user_type": "Human"}"#
    let sofia = #"{"name": "Sofia L", "email": "sofia@example.se", "user_type": "Human"}"#
    let message =
      #"{"creator": \#(ana), "created_date": "Tuesday, March 7, 2023 at 9:15:00 AM UTC", "text": "hi"}"#
    let base = "Takeout/Google Chat/Groups/"
    let graph = try await importFiles([
      base + "DM 1/group_info.json": #"{"members": [\#(olivia), \#(ana)]}"#,
      base + "DM 1/messages.json": #"{"messages": [\#(message)]}"#,
      base + "Space 2/group_info.json":
        #"{"name": "Trip", "members": [\#(olivia), \#(ana), \#(sofia)]}"#,
      base + "Space 2/messages.json": #"{"messages": [\#(message)]}"#,
    ]).graph
    #expect(graph.ownerIdentities.isEmpty)
    #expect(graph.warnings(containing: "2 members are in every conversation").count == 1)
  }

  /// `user_info.json` says who the owner is; nothing is inferred over it.
  @Test func usersFolderWins() async throws {
    let graph = try await importFixture("google-takeout-2023").graph
    #expect(graph.warnings(containing: "Google Chat without Users/").isEmpty)
    let olivia = try #require(graph.identityIndex(of: email("olivia.brandt@example.com")))
    #expect(graph.ownerIdentities.contains(olivia))
  }
}
