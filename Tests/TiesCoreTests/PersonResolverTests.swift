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

  @Test func sameNameWithDifferentPhoneNumbersStaysApart() {
    var graph = InteractionGraph()
    let first = graph.identity(key(.sms, .phone, "+4915111111111"), name: "Chris Miller")
    let second = graph.identity(key(.telegram, .phone, "+4915122222222"), name: "Chris Miller")
    let chat = graph.identity(key(.whatsapp, .name, "Chris Miller"), name: "Chris Miller")
    let result = PersonResolver().resolve(graph)
    let people = Set([first, second, chat].map { result.personOfIdentity[$0] })
    #expect(people.count == 3)
    let reasons = result.possibleDuplicates.map(\.reason)
    #expect(reasons.contains { $0.hasSuffix("kept apart: different phone numbers") })
  }

  @Test func sameNameWithOnePhoneNumberMerges() {
    var graph = InteractionGraph()
    let phone = graph.identity(key(.sms, .phone, "+4915111111111"), name: "Chris Miller")
    let chat = graph.identity(key(.whatsapp, .name, "Chris Miller"), name: "Chris Miller")
    let result = PersonResolver().resolve(graph)
    #expect(result.personOfIdentity[phone] == result.personOfIdentity[chat])
    #expect(
      result.people[result.personOfIdentity[chat]].id == "p"
        + StableHash.hex("phone:+4915111111111"))
  }

  @Test func twoAccountsOnOnePlatformDoNotMergeThroughAThird() {
    var graph = InteractionGraph()
    let first = graph.identity(key(.instagram, .handle, "mia.one"), name: "Mia Wong")
    let other = graph.identity(key(.x, .handle, "miawong"), name: "Mia Wong")
    graph.sameAs.append(SameAs(other, graph.identity(key(.instagram, .handle, "mia.two"))))
    let result = PersonResolver().resolve(graph)
    #expect(result.personOfIdentity[first] != result.personOfIdentity[other])
    #expect(
      result.possibleDuplicates.contains { $0.reason.hasSuffix("two different Instagram accounts") }
    )
  }

  @Test func sharedFirstNameOnlyStaysApart() {
    var graph = InteractionGraph()
    let a = graph.identity(key(.whatsapp, .name, "Sam"), name: "Sam")
    let b = graph.identity(key(.facebook, .name, "Sam"), name: "Sam")
    let result = PersonResolver().resolve(graph)
    #expect(result.personOfIdentity[a] != result.personOfIdentity[b])
    #expect(
      result.possibleDuplicates.map(\.reason) == [
        "same name 'sam' (Facebook / WhatsApp); kept apart: a one-word name"
      ])
  }

  @Test func emailsMergeCaseFolded() {
    var graph = InteractionGraph()
    let a = graph.identity(key(.google, .email, "Kai@Example.org"), name: "Kai")
    let b = graph.identity(key(.linkedin, .email, "kai@example.org"), name: "K. Berg")
    let result = PersonResolver().resolve(graph)
    #expect(result.personOfIdentity[a] == result.personOfIdentity[b])
  }

  @Test func placeholdersNeverMergeEvenByName() {
    var graph = InteractionGraph()
    let a = graph.identity(
      key(.facebook, .name, "Facebook user"), name: "Facebook user", placeholder: true)
    let b = graph.identity(
      key(.messenger, .name, "Facebook user"), name: "Facebook user", placeholder: true)
    let c = graph.identity(
      key(.instagram, .name, "Facebook user"), name: "Facebook user", placeholder: true)
    let result = PersonResolver(
      overrides: PersonOverrides(people: [
        .init(same: [.init(.name("facebook user"), text: "name:Facebook user")])
      ])
    ).resolve(graph)
    #expect(Set([a, b, c].map { result.personOfIdentity[$0] }).count == 3)
    #expect(result.diagnostics.count == 1)
  }

  /// An X account known by id and by handle carries its name twice; that is one account,
  /// not two people with one name, and the name still merges across platforms.
  @Test func oneAccountCarryingANameTwiceIsNotAmbiguous() {
    var graph = InteractionGraph()
    let id = graph.identity(key(.x, .accountID, "4242"), name: "Anna Schmidt")
    let handle = graph.identity(key(.x, .handle, "annas"), name: "Anna Schmidt")
    graph.sameAs.append(SameAs(id, handle))
    let chat = graph.identity(key(.whatsapp, .name, "Anna Schmidt"), name: "Anna Schmidt")
    let result = PersonResolver().resolve(graph)
    #expect(result.personOfIdentity[id] == result.personOfIdentity[chat])
    #expect(result.personOfIdentity[handle] == result.personOfIdentity[chat])
  }
}
