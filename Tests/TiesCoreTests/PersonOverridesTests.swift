import Testing

@testable import TiesCore

struct PersonOverridesTests {
  private func key(_ platform: Platform, _ kind: IdentityKind, _ value: String) -> IdentityKey {
    IdentityKey(platform: platform, kind: kind, value: value)
  }

  private func ref(_ text: String, line: Int? = nil) -> PersonOverrides.Reference {
    PersonOverrides.Reference(
      IdentityReference(parsing: text) ?? .name(text), text: text, line: line)
  }

  @Test func sameMergesWhatTheDataKeepsApart() {
    var graph = InteractionGraph()
    let handle = graph.identity(key(.instagram, .handle, "zz.top"), name: "Zed")
    let chat = graph.identity(key(.whatsapp, .name, "Mum"), name: "Mum")
    let overrides = PersonOverrides(people: [
      .init(
        name: "Margaret Lee", same: [ref("instagram:zz.top"), ref("whatsapp:name:Mum")], isKin: true
      )
    ])
    let result = PersonResolver(overrides: overrides).resolve(graph)
    let person = result.people[result.personOfIdentity[handle]]
    #expect(result.personOfIdentity[chat] == result.personOfIdentity[handle])
    #expect(person.name == "Margaret Lee")
    #expect(person.isKin)
    #expect(!person.isExcluded)
    #expect(result.diagnostics.isEmpty)
  }

  @Test func splitStopsNamePhoneAndLinkedMerges() {
    var graph = InteractionGraph()
    let chat = graph.identity(key(.whatsapp, .name, "Alex Young"), name: "Alex Young")
    let handle = graph.identity(key(.instagram, .handle, "alex.y"), name: "Alex Young")
    let phoneA = graph.identity(key(.sms, .phone, "+15550100001"), name: "Alex")
    let phoneB = graph.identity(key(.telegram, .phone, "+15550100001"), name: "Alex T")
    #expect(
      PersonResolver().resolve(graph).personOfIdentity[chat]
        == PersonResolver().resolve(graph).personOfIdentity[handle])
    let overrides = PersonOverrides(splits: [
      [ref("whatsapp:name:Alex Young"), ref("instagram:alex.y")],
      [ref("sms:phone:+1 555 010 0001"), ref("telegram:phone:+15550100001")],
    ])
    let result = PersonResolver(overrides: overrides).resolve(graph)
    #expect(result.personOfIdentity[chat] != result.personOfIdentity[handle])
    #expect(result.personOfIdentity[phoneA] != result.personOfIdentity[phoneB])
    #expect(result.possibleDuplicates.isEmpty)  // the user already said they differ
  }

  @Test func excludeAndMeAndPersonIDs() throws {
    var graph = InteractionGraph()
    let bot = graph.identity(key(.whatsapp, .name, "Pizza Place"), name: "Pizza Place")
    let mine = graph.identity(key(.whatsapp, .name, "Olive"), name: "Olive")
    let other = graph.identity(key(.instagram, .handle, "olive.o"), name: "O")
    let botID = try #require(
      PersonResolver().resolve(graph).people.first { $0.identities == [bot] }
    ).id
    let overrides = PersonOverrides(
      me: [ref("whatsapp:name:Olive"), ref("instagram:olive.o")],
      people: [.init(same: [ref(botID)], isExcluded: true)])
    let result = PersonResolver(overrides: overrides).resolve(graph)
    #expect(result.people[result.personOfIdentity[bot]].isExcluded)
    #expect(result.ownerIndex == result.personOfIdentity[mine])
    #expect(result.ownerIndex == result.personOfIdentity[other])
    #expect(result.ownerIndex.map { result.people[$0].id } == "me")
  }

  @Test func unmatchedReferencesAndContradictionsAreWarnings() {
    var graph = InteractionGraph()
    graph.identity(key(.whatsapp, .name, "Bea Lind"), name: "Bea Lind")
    graph.identity(key(.instagram, .handle, "bea"), name: "B")
    let overrides = PersonOverrides(
      source: "people.yaml",
      people: [
        .init(same: [ref("whatsapp:name:Bea Lind", line: 3), ref("instagram:bea", line: 4)])
      ],
      splits: [
        [ref("whatsapp:name:Bea Lind", line: 8), ref("instagram:bea", line: 8)],
        [ref("x:nobody", line: 9), ref("instagram:bea", line: 9)],
      ])
    let result = PersonResolver(overrides: overrides).resolve(graph)
    #expect(result.people.count == 1)  // the merge wins over its own contradiction
    #expect(
      result.diagnostics.map(\.description) == [
        "people.yaml:9: warning: 'x:nobody' matches no identity in the input",
        "people.yaml:8: warning: this split separates identities that a 'same:' list merges; the merge wins",
      ])
  }

  @Test func idsSurviveAddingAPlatformForPeopleWithAPhone() {
    var graph = InteractionGraph()
    let phone = graph.identity(key(.whatsapp, .phone, "+4917000000001"), name: "+49 170 0000001")
    let before = PersonResolver().resolve(graph)
    let id = before.people[before.personOfIdentity[phone]].id
    graph.sameAs.append(
      SameAs(phone, graph.identity(key(.facebook, .accountID, "100"), name: "Ida Holm")))
    let after = PersonResolver().resolve(graph)
    #expect(after.people.count == 1)
    #expect(after.people[0].id == id)
  }
}
