import Foundation
import Testing
import TiesCore
import TiesTestSupport

@testable import TiesImport

struct SMSFixtureTests {
  private func phone(_ graph: InteractionGraph, _ number: String) -> Int? {
    graph.identityIndex(of: IdentityKey(platform: .sms, kind: .phone, value: number))
  }

  private func owner(_ graph: InteractionGraph) throws -> Int {
    try #require(graph.identityIndex(of: SMSGraphBuilder.ownerKey))
  }

  @Test func messagesAndMMSOfBothDirections() async throws {
    let graph = try await importFixture("sms-backup-2024").graph
    #expect(graph.files.map(\.records) == [8, 11])
    #expect(graph.files.map(\.role) == ["call log", "messages"])
    #expect(graph.files.allSatisfy { $0.status == .read })
    let owner = try owner(graph)
    // "(202) 555-0101" and "+12025550101" are one number once the region (US) is inferred.
    let ana = try #require(phone(graph, "+12025550101"))
    #expect(graph.identities[ana].displayNames == ["Ana Silva"])
    let fromAna = graph.interactions.filter { $0.sender == Int32(ana) && $0.kind == .message }
    let fromOwner = graph.interactions.filter { $0.sender == Int32(owner) }
    #expect(fromAna.count == 2)  // a text, an RCS group text
    // The surrogate pair of 😀 is one character: "Happy new year! 😀".
    #expect(fromAna.first?.length == 17)
    #expect(fromOwner.filter { $0.kind == .message }.count == 4)
    // Drafts (sms type 3, mms msg_box 3) and failed messages (type 5) reached no one.
    #expect(graph.interactions.filter { $0.kind == .message }.count == 11)
    // The owner's own number, sender of their MMS, is theirs and no one else's.
    let own = try #require(phone(graph, "+12025550100"))
    #expect(graph.ownerIdentities.contains(own))
  }

  @Test func groupsByTildeAndRCSAddress() async throws {
    let graph = try await importFixture("sms-backup-2024").graph
    let groups = graph.threads.filter(\.isGroup)
    #expect(groups.count == 2)
    let tilde = try #require(groups.first { $0.key.hasPrefix("group:+1") })
    #expect(tilde.key == "group:+12025550101~+12025550102~+12025550103")
    #expect(tilde.participants.count == 4)  // the owner and three others
    let rcs = try #require(groups.first { $0.key == "group:group_3@rcs.google.com" })
    #expect(rcs.participants.count == 3)  // the owner's number is not a member
    // A group's contact_name names its members in address order.
    let cleo = try #require(phone(graph, "+12025550103"))
    #expect(graph.identities[cleo].displayNames == ["Cleo Park"])
    #expect(
      graph.interactions.filter { $0.thread == Int32(graph.threads.firstIndex(of: rcs) ?? -1) }
        .count == 1)
  }

  @Test func callsOfEveryTypeWithDurations() async throws {
    let graph = try await importFixture("sms-backup-2024").graph
    let owner = try owner(graph)
    let calls = graph.interactions.filter { $0.kind == .call }
    #expect(calls.count == 8)
    let placed = calls.filter { $0.sender == Int32(owner) }
    #expect(placed.map(\.length) == [300, 0])
    #expect(placed.map(\.callOutcome) == [.completed, .missed])
    let dmitri = try #require(phone(graph, "+4915123456789"))
    // Voicemail and rejected: their calls, which no one took.
    let fromDmitri = calls.filter { $0.sender == Int32(dmitri) }
    #expect(fromDmitri.map(\.callOutcome) == [.missed, .missed])
    #expect(fromDmitri.map(\.length) == [0, 0])
    // A withheld number is one placeholder, never merged with anyone.
    let hidden = try #require(graph.identityIndex(of: SMSAddress.unknown))
    #expect(graph.identities[hidden].isPlaceholder)
    #expect(calls.filter { $0.sender == Int32(hidden) }.map(\.length) == [61])
    let seconds: Int32 = calls.map(\.length).reduce(0, +)
    #expect(seconds == 486)  // 125 + 300 + 61
  }

  @Test func aPersonOnlyCalledIsMeaningful() async throws {
    let graph = try await importFixture("sms-calls-only").graph
    #expect(graph.interactions.allSatisfy { $0.kind == .call })
    let farah = try #require(phone(graph, "+447700900123"))
    #expect(graph.interactions.filter { $0.sender == Int32(farah) }.count == 6)
    // "07700 900456" joins the region (GB) the file's international numbers show.
    #expect(phone(graph, "+447700900456") != nil)
  }

  @Test func nationalNumbersWithoutARegionAskForOne() async throws {
    let graph = try await importFixture("sms-2011-national").graph
    // One warning for the run: the region is chosen once, for every file of the phone.
    #expect(graph.warnings(containing: "pass --region").count == 1)
    #expect(phone(graph, "015123456789") != nil)
    #expect(graph.files.map(\.records) == [3, 4])
  }

  /// The case: texts write `+1 901-867-5309`, the call log `9018675309` and
  /// `19018675309`; the region comes from the backup's own international numbers.
  @Test func oneFriendWrittenThreeWaysIsOnePerson() async throws {
    let graph = try await importFixture("sms-home-region").graph
    let jenny = try #require(phone(graph, "+19018675309"))
    #expect(phone(graph, "9018675309") == nil)
    #expect(phone(graph, "19018675309") == nil)
    // Two texts and one call from her; her one-to-one texts and calls share one thread.
    #expect(graph.interactions.filter { $0.sender == Int32(jenny) }.count == 3)
    #expect(graph.threads.filter { $0.key == "+19018675309" }.count == 1)
    let dan = try #require(phone(graph, "+13125550147"))
    #expect(graph.interactions.filter { $0.sender == Int32(dan) }.count == 1)
    #expect(phone(graph, "+447700900321") != nil)
    let note = try #require(graph.phoneRegionNote)
    #expect(note.contains("read as US (+1), the code that 2 of the export's 3 international"))
    // Seven digits are a local number without its area code: they name nobody country-wide.
    #expect(phone(graph, "5550199") != nil)
    #expect(graph.warnings(containing: "1 of 4 could not be placed").count == 1)
  }

  @Test func noCountryCodeAnywhereKeepsNumbersApart() async throws {
    let graph = try await importFixture("sms-no-country").graph
    #expect(phone(graph, "9018675309") != nil)
    #expect(phone(graph, "19018675309") != nil)
    #expect(graph.phoneRegionNote?.contains("since no number in the export carries one") == true)
    let options = ImportOptions(jobs: 1, region: PhoneRegion.named("us"))
    let placed = try await importFixture("sms-no-country", options: options).graph
    let jenny = try #require(phone(placed, "+19018675309"))
    #expect(placed.interactions.filter { $0.sender == Int32(jenny) }.count == 3)
    #expect(phone(placed, "+447700900321") != nil)  // dialled as 011 44 …
    #expect(placed.phoneRegionNote?.contains("as --region says") == true)
  }

  @Test func regionOptionGivesE164() async throws {
    let options = ImportOptions(jobs: 1, region: PhoneRegion.named("de"))
    let graph = try await importFixture("sms-2011-national", options: options).graph
    #expect(graph.warnings(containing: "pass --region").isEmpty)
    let mobile = try #require(phone(graph, "+4915123456789"))
    // Written three ways in two files, one number.
    #expect(graph.interactions.filter { $0.sender == Int32(mobile) }.count == 2)
    let landline = try #require(phone(graph, "+49301234567"))
    #expect(graph.interactions.filter { $0.sender == Int32(landline) }.count == 2)
    #expect(graph.threads.count == 3)  // mobile, landline, the withheld caller
  }

  @Test func cutFilesAndLostBracketsAreReadUpToTheProblem() async throws {
    let graph = try await importFixture("sms-pitfalls").graph
    let cut = try #require(graph.files.first { $0.path.hasSuffix("cut.xml") })
    #expect(cut.status == .partial)
    #expect(cut.records == 2)
    let quirks = try #require(graph.files.first { $0.path.hasSuffix("quirks.xml") })
    #expect(quirks.status == .read)
    // Single quotes, `>` in a value, an MMS whose start tag lost its `>`, an empty body.
    #expect(quirks.records == 4)
    #expect(graph.warnings(containing: "without a date").count == 1)
    #expect(graph.warnings(containing: "not closed").first?.offset == 395)
    #expect(graph.diagnostics.first { $0.severity == .error }?.offset == 311)
    let jules = try #require(phone(graph, "+33612345678"))
    let lengths = graph.interactions.filter { $0.sender == Int32(jules) }.map(\.length)
    // "a > b, and a > b " and a lone high surrogate: 18; the MMS text: 26; empty: 0.
    #expect(lengths == [18, 26, 0])
    let owner = try owner(graph)
    // "lone low ", a lone low surrogate (no character), " then pair ", 😀 from a pair.
    #expect(graph.interactions.filter { $0.sender == Int32(owner) }.map(\.length) == [3, 21])
  }

  /// A received text in a group names no sender: it is left out, never credited to the
  /// first member (that would invent a tie with them).
  @Test func receivedGroupTextsNameNoSender() async throws {
    let run = try await importFiles([
      "sms-20240101120000.xml": """
      <?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
      <smses count="2">
        <sms protocol="0" address="+15550100001~+15550100002" date="1704103200000" type="1" \
      body="who is in" read="1" status="-1" contact_name="Ann, Bo" />
        <sms protocol="0" address="+15550100001" date="1704103300000" type="1" body="me" \
      read="1" status="-1" contact_name="Ann" />
      </smses>
      """
    ])
    let graph = run.graph
    #expect(graph.interactions.count == 1)
    #expect(graph.diagnostics.contains { $0.message.contains("name no sender") })
  }
}
