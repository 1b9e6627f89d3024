import Testing
import TiesCore
import TiesImport
import TiesTestSupport

@testable import TiesAnalysis

/// The categories issue 4 promises, on our X, LinkedIn and Discord fixtures, end to end
/// from the files through the analysis.
struct FollowGraphCategoryTests {
  private func analyzed(_ fixture: String) async throws -> [String: PersonMetrics] {
    let run = try await ImportPipeline.run(
      [FixturePaths.exports(fixture)], options: ImportOptions(jobs: 2))
    let analysis = Analyzer().analyze(run.graph)
    return Dictionary(uniqueKeysWithValues: analysis.people.map { ($0.person.name, $0) })
  }

  @Test(arguments: ["linkedin-2018", "linkedin-2022", "linkedin-2024"])
  func linkedInConnectionsWithoutMessagesAreMutual(_ fixture: String) async throws {
    let people = try await analyzed(fixture)
    let expected: [String: [String]] = [
      "linkedin-2018": ["Daniel Okafor", "Priya Raman"],
      "linkedin-2022": [],
      "linkedin-2024": ["Ragged Row"],
    ]
    for name in expected[fixture] ?? [] {
      #expect(people[name]?.category == .mutual, "\(name)")
      #expect(people[name]?.direction == .both, "\(name)")
    }
    // Every connection with no message is mutual; connections who wrote are judged on that.
    let connections = people.values.filter { $0.linkSummary.contains("linkedin:connection:mutual") }
    #expect(!connections.isEmpty)
    for person in connections where !person.hasDirectExchange && person.sharedGroups == 0 {
      #expect(person.category == .mutual, "\(person.person.name)")
    }
  }

  @Test func linkedInInvitationsPointBothWays() async throws {
    let people = try await analyzed("linkedin-2024")
    #expect(people["Victor Ng"]?.category == .followed)
    #expect(people["Rosa Diaz"]?.category == .follower)
    // A few messages with a connection are too little to tell: the connection stands.
    #expect(people["Jane Doe"]?.category == .mutual)
    #expect(people["Jane Doe"]?.reason.contains("too little contact to tell") == true)
  }

  @Test func xFollowersFollowedAndMutual() async throws {
    let people = try await analyzed("x-2023")
    // Followers not followed back, with no DMs: followers, even when mentioned in a tweet.
    #expect(people["1003"]?.category == .follower)
    #expect(people["Carla Díaz"]?.category == .follower)
    #expect(people["handleonly"]?.category == .follower)
    // Followed accounts that do not follow back.
    #expect(people["National Geographic"]?.category == .followed)
    #expect(people["2002"]?.category == .followed)
    #expect(people["1005"]?.category == .mutual)
    // A handful of DMs is too little to tell which way they go (issue 11).
    #expect(people["Bob Stone"]?.category == .mutual)
    #expect(people["3001"]?.category == .littleContact)
    #expect(people["3001"]?.confidence == .low)
  }

  @Test func xHandlesAreRecoveredForEveryIdTheTweetsName() async throws {
    let run = try await ImportPipeline.run(
      [FixturePaths.exports("x-2023")], options: ImportOptions(jobs: 2))
    let analysis = Analyzer().analyze(run.graph)
    let graph = run.graph
    // Every id the tweets name (mentions, replies with a screen name, retweet authors).
    let named = ["1001": "bobstone", "1002": "carladiaz", "2001": "natgeo", "4001": "famous"]
    for (id, handle) in named {
      let idIndex = try #require(
        graph.identityIndex(of: IdentityKey(platform: .x, kind: .accountID, value: id)))
      let handleIndex = try #require(
        graph.identityIndex(of: IdentityKey(platform: .x, kind: .handle, value: handle)))
      #expect(analysis.personOfIdentity[idIndex] == analysis.personOfIdentity[handleIndex], "\(id)")
    }
    #expect(
      analysis.people.first { $0.person.name == "Carla Díaz" }?.person.identities.count == 2)
  }

  @Test func discordFriendsAreMutualAndOwnerOnlyDMsAreNotOneSided() async throws {
    let people = try await analyzed("discord-2020")
    #expect(people["jules"]?.category == .mutual)
    #expect(people["jules"]?.ownerOnlyMessages == 3)
    #expect(people["Kim from climbing"]?.category == .mutual)
    #expect(people["fan"]?.category == .follower)
    #expect(people["hero"]?.category == .followed)
    for person in people.values { #expect(person.category != .oneSided, "\(person.person.name)") }
    let newer = try await analyzed("discord-2024")
    #expect(newer["Théo Martin"]?.category == .mutual)
    #expect(newer["Théo Martin"]?.ownerOnlyMessages == 3)
    // Server channels are not one-to-one contact; a group DM is a group.
    #expect(newer["200000000000000014"]?.category == .groupOnly)
  }
}
