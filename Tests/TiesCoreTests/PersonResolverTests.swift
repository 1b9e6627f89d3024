import Testing

@testable import TiesCore

struct PersonResolverTests {
  private func key(_ platform: Platform, _ kind: IdentityKind, _ value: String) -> IdentityKey {
    IdentityKey(platform: platform, kind: kind, value: value)
  }

  @Test func distinctiveNamesMergeAcrossPlatforms() {
    var graph = InteractionGraph()
    let handle = graph.identity(key(.instagram, .handle, "bruno.costa"), name: "Bruno Costa")
    let chat = graph.identity(key(.whatsapp, .name, "Bruno Costa"), name: "Bruno Costa")
    let result = PersonResolver().resolve(graph)
    #expect(result.personOfIdentity[handle] == result.personOfIdentity[chat])
    #expect(result.people.count == 1)
    #expect(result.people[0].name == "Bruno Costa")
  }

  @Test func firstNamesDoNotMergeAcrossPlatforms() {
    var graph = InteractionGraph()
    let a = graph.identity(key(.instagram, .handle, "bruno"), name: "Bruno")
    let b = graph.identity(key(.whatsapp, .name, "Bruno"), name: "Bruno")
    let result = PersonResolver().resolve(graph)
    #expect(result.personOfIdentity[a] != result.personOfIdentity[b])
    #expect(result.possibleDuplicates.count == 1)
  }

  @Test func ambiguousNamesAreListedNotMerged() {
    var graph = InteractionGraph()
    let first = graph.identity(key(.instagram, .handle, "anna.k1"), name: "Anna Kowalski")
    let second = graph.identity(key(.instagram, .handle, "anna.k2"), name: "Anna Kowalski")
    let chat = graph.identity(key(.whatsapp, .name, "Anna Kowalski"), name: "Anna Kowalski")
    let result = PersonResolver().resolve(graph)
    let people = Set([first, second, chat].map { result.personOfIdentity[$0] })
    #expect(people.count == 3)
    #expect(!result.possibleDuplicates.isEmpty)
  }

  @Test func phonesMergeAcrossPlatforms() {
    var graph = InteractionGraph()
    let a = graph.identity(key(.whatsapp, .phone, "+4915123456789"), name: "+49 151 23456789")
    let b = graph.identity(key(.sms, .phone, "+4915123456789"), name: "Kai")
    let result = PersonResolver().resolve(graph)
    #expect(result.personOfIdentity[a] == result.personOfIdentity[b])
  }

  @Test func placeholdersNeverMerge() {
    var graph = InteractionGraph()
    let a = graph.identity(
      key(.instagram, .name, "Instagram user (t1)"), name: "Instagram user", placeholder: true)
    let b = graph.identity(
      key(.instagram, .name, "Instagram user (t2)"), name: "Instagram user", placeholder: true)
    let result = PersonResolver().resolve(graph)
    #expect(result.personOfIdentity[a] != result.personOfIdentity[b])
    #expect(result.people.allSatisfy { $0.isPlaceholder })
    #expect(result.possibleDuplicates.isEmpty)
  }

  @Test func ownerIdentitiesFormOnePersonCalledMe() {
    var graph = InteractionGraph()
    let a = graph.identity(key(.instagram, .handle, "alice.m"), name: "Alice")
    let b = graph.identity(key(.whatsapp, .name, "Ali"), name: "Ali")
    graph.ownerIdentities = [a, b]
    let result = PersonResolver().resolve(graph)
    #expect(result.personOfIdentity[a] == result.personOfIdentity[b])
    #expect(result.ownerIndex == result.personOfIdentity[a])
    #expect(result.people[result.personOfIdentity[a]].id == "me")
  }

  @Test func idsAreStableAndIndependentOfInsertionOrder() {
    var first = InteractionGraph()
    first.identity(key(.instagram, .handle, "x.y"))
    first.identity(key(.instagram, .handle, "z.w"))
    var second = InteractionGraph()
    second.identity(key(.instagram, .handle, "z.w"))
    second.identity(key(.instagram, .handle, "x.y"))
    let a = PersonResolver().resolve(first).people.map(\.id)
    let b = PersonResolver().resolve(second).people.map(\.id)
    #expect(a == b)
    #expect(a.allSatisfy { $0.hasPrefix("p") && $0.count == 11 })
  }
}
