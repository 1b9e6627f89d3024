import Testing
import TiesConfig
import TiesCore

@Suite struct PeopleFileTests {
  @Test func readsEverySection() throws {
    let (overrides, warnings) = try PeopleFile.parse(
      """
      me:
        - whatsapp:name:Sam Lee
        - phone:+44 7700 900123
      people:
        - name: Anna Schmidt
          same: [instagram:anna.s, "whatsapp:phone:+49 170 1234567", p0123456789]
          kin: yes
        - same: whatsapp:name:Pizza Place
          exclude: true
      split:
        - [whatsapp:name:Alex, instagram:alex99]
      """, source: "people.yaml")
    #expect(warnings.isEmpty)
    #expect(
      overrides.me.map(\.reference) == [
        .account(.whatsapp, .name, "sam lee"), .phone("+447700900123"),
      ])
    #expect(overrides.people.count == 2)
    #expect(overrides.people[0].name == "Anna Schmidt")
    #expect(overrides.people[0].isKin)
    #expect(
      overrides.people[0].same.map(\.reference) == [
        .account(.instagram, nil, "anna.s"), .account(.whatsapp, .phone, "+491701234567"),
        .person("p0123456789"),
      ])
    #expect(overrides.people[0].same[0].line == 6)
    #expect(overrides.people[1].isExcluded)
    #expect(overrides.splits.count == 1)
    #expect(overrides.splits[0].count == 2)
  }

  @Test func warnsWithLinesAndKeepsTheRest() throws {
    let (overrides, warnings) = try PeopleFile.parse(
      """
      people:
        - name: Bob
          same: [bob]
        - same: [instagram:bob.b]
          kinn: true
        - same: [instagram:carol]
          kin: maybe
      split:
        - [instagram:x]
      colour: blue
      """, source: "p.yaml")
    #expect(
      overrides.people.map { $0.same.map(\.text) } == [["instagram:bob.b"], ["instagram:carol"]])
    #expect(overrides.splits.isEmpty)
    let lines = warnings.map { "\($0.line ?? 0): \($0.message)" }
    #expect(lines.count == 6)
    #expect(lines.contains { $0.hasPrefix("3: 'bob' is not a reference") })
    #expect(lines.contains { $0.hasPrefix("2: this person has no usable 'same:'") })
    #expect(lines.contains { $0.hasPrefix("5: unknown key 'kinn'") })
    #expect(lines.contains { $0.hasPrefix("7: 'kin' must be true or false") })
    #expect(lines.contains { $0.hasPrefix("9: a split needs at least two references") })
    #expect(lines.contains { $0.hasPrefix("10: unknown key 'colour'") })
  }

  @Test func rejectsWhatIsNotYAML() {
    #expect(throws: PeopleFile.Failure.self) {
      try PeopleFile.parse("people: [unclosed", source: "bad.yaml")
    }
  }

  @Test(arguments: [
    ("instagram:Anna.S", "instagram:Anna.S"), ("x:id:42", "x:id:42"),
    ("facebook:name:  Anna   Schmidt ", "facebook:name:anna schmidt"),
    ("phone:+1 (555) 010-9999", "phone:+15550109999"), ("email:A@B.org", "email:a@b.org"),
    ("name:Zoë Ng", "name:zoe ng"), ("me", "me"), ("p0a1b2c3d4ex", "p0a1b2c3d4ex"),
  ])
  func parsesReferences(text: String, expected: String) {
    #expect(IdentityReference(parsing: text)?.description == expected)
  }

  @Test(arguments: ["", "anna", "myspace:anna", "phone:call me", "p0123", "name: "])
  func refusesNonReferences(text: String) {
    #expect(IdentityReference(parsing: text) == nil)
  }
}
