import Foundation
import Testing
import TiesCore
import TiesTestSupport

@testable import TiesImport

struct GoogleFixtureTests {
  private func key(_ kind: IdentityKind, _ value: String) -> IdentityKey {
    IdentityKey(platform: .google, kind: kind, value: value)
  }

  private func interactions(_ graph: InteractionGraph, from identity: Int?) -> [Interaction] {
    graph.interactions.filter { $0.sender == Int32(identity ?? -1) }
  }

  @Test func contactsOfEveryVCardVersionBecomeLinks() async throws {
    let graph = try await importFixture("google-takeout-2023").graph
    let contacts = graph.links.filter { $0.kind == .contact }
    // Priya and Tomás are in two group files each: one link per person and kind.
    #expect(contacts.count == 7)
    #expect(graph.links.filter { $0.kind == .closeFriend }.count == 3)
    let priya = try #require(graph.identityIndex(of: key(.phone, "+14155550142")))
    #expect(graph.identities[priya].displayNames == ["Priya Natarajan"])
    // A second number and an e-mail address are the same person, by the card itself.
    let home = try #require(graph.identityIndex(of: key(.phone, "+14155550143")))
    let email = try #require(graph.identityIndex(of: key(.email, "priya.n@example.com")))
    #expect(graph.sameAs.contains(SameAs(priya, home)))
    #expect(graph.sameAs.contains(SameAs(priya, email)))
    // A folded TEL line, a name only in N, quoted-printable with a soft line break.
    #expect(graph.identityIndex(of: key(.phone, "+14155550150")) != nil)
    #expect(graph.identity(named: "Sofia Lindqvist") != nil)
    let jurgen = try #require(graph.identityIndex(of: key(.phone, "+4915123456789")))
    #expect(graph.identities[jurgen].displayNames == ["Jürgen Müller von der Schönau"])
    #expect(graph.warnings(containing: "without END:VCARD").count == 1)
    let device = try #require(graph.files.first { $0.path.hasSuffix("SM-G525F.vcf") })
    #expect(device.records == 2)
    #expect(device.status == .partial)
  }

  @Test func voiceCallsPerDirectionWithMinutes() async throws {
    let graph = try await importFixture("google-takeout-2023").graph
    let owner = try #require(graph.identityIndex(of: GoogleVoiceReader.ownerKey))
    let priya = graph.identityIndex(of: key(.phone, "+14155550142"))
    let calls = graph.interactions.filter { $0.kind == .call }
    let placed = calls.filter { $0.sender == Int32(owner) }
    #expect(placed.map(\.length) == [3723, 0])  // PT1H2M3S; a placed call with no duration
    #expect(placed.map(\.callOutcome) == [.completed, .missed])
    #expect(interactions(graph, from: priya).filter { $0.kind == .call }.map(\.length) == [1500])
    let marcus = graph.identityIndex(of: key(.phone, "+14155550150"))
    // A recorded call: answered, four minutes; voicemail: their call, not taken. (Files are
    // merged in path order.)
    let fromMarcus = interactions(graph, from: marcus).filter { $0.kind == .call }
    #expect(fromMarcus.map(\.callOutcome) == [.completed, .missed])
    #expect(fromMarcus.map(\.length) == [240, 0])
    let unknown = try #require(graph.identityIndex(of: GoogleVoiceReader.unknownKey))
    #expect(graph.identities[unknown].isPlaceholder)
    #expect(calls.count == 9)
  }

  @Test func voiceTextsNameTheOwnerByMe() async throws {
    let graph = try await importFixture("google-takeout-2023").graph
    let own = try #require(graph.identityIndex(of: key(.phone, "+14155550100")))
    #expect(graph.ownerIdentities.contains(own))
    let owner = try #require(graph.identityIndex(of: GoogleVoiceReader.ownerKey))
    let texts = graph.threads.filter { $0.key.hasPrefix("voice-group:") }
    #expect(texts.count == 1)
    #expect(texts.first?.isGroup == true)
    // "Yes & cake", a line break, "see you at 3"; "In!" in the group.
    let mine = interactions(graph, from: owner).filter { $0.kind == .message }.map(\.length)
    #expect(mine.contains(22))
    #expect(mine.contains(3))
    // `tel:++16505550188` is +16505550188, and its doubled plus is no name.
    let tomas = try #require(graph.identityIndex(of: key(.phone, "+16505550188")))
    #expect(!graph.identities[tomas].displayNames.contains { $0.hasPrefix("+") })
  }

  @Test func chatMessagesByEmailWithDeletedAndForeignDates() async throws {
    let graph = try await importFixture("google-takeout-2023").graph
    let olivia = try #require(graph.identityIndex(of: key(.email, "olivia.brandt@example.com")))
    #expect(graph.ownerIdentities.contains(olivia))
    #expect(graph.identities[olivia].displayNames == ["Olivia Brandt"])
    let dm = try #require(graph.threads.first { $0.key == "chat:Groups/DM 7Kq2xA" })
    #expect(!dm.isGroup)
    #expect(dm.participants.count == 2)
    let space = try #require(graph.threads.first { $0.key == "chat:Groups/Space AAAAb3" })
    #expect(space.isGroup)
    #expect(space.title == "Climbing crew")
    let file = try #require(graph.files.first { $0.path.hasSuffix("DM 7Kq2xA/messages.json") })
    #expect(file.records == 3)  // a deleted message and a Hungarian date left out
    let sofia = graph.identityIndex(of: key(.email, "sofia.lindqvist@example.se"))
    let times = interactions(graph, from: sofia).map(\.time)
    #expect(
      times.contains(
        CivilTime.seconds(year: 2023, month: 3, day: 7, hour: 15, minute: 4, second: 5)))
    #expect(
      times.contains(
        CivilTime.seconds(year: 2023, month: 3, day: 8, hour: 17, minute: 13, second: 43)))
    #expect(times.contains(CivilTime.seconds(year: 2023, month: 4, day: 1, minute: 30)))
  }

  @Test func hangoutsMessagesAndCallsInBothLayouts() async throws {
    let graph = try await importFixture("google-takeout-2023").graph
    let ken = try #require(graph.identityIndex(of: key(.accountID, "100000000000000000003")))
    let owner = try #require(graph.identityIndex(of: key(.accountID, "100000000000000000001")))
    #expect(graph.ownerIdentities.contains(owner))
    let calls = graph.interactions.filter {
      $0.kind == .call && ($0.sender == Int32(ken) || $0.sender == Int32(owner))
    }
    // The owner started a 602 s call that Ken ended; Ken rang and no one answered.
    #expect(calls.map(\.sender) == [Int32(owner), Int32(ken)])
    #expect(calls.map(\.length) == [602, 0])
    #expect(calls.map(\.callOutcome) == [.completed, .missed])
    let kenMessages = interactions(graph, from: ken).filter { $0.kind == .message }
    #expect(kenMessages.map(\.length) == [3 + 1 + 19])  // text, line break, link
    #expect(
      graph.sameAs.contains { graph.identities[$0.second].key == key(.phone, "+14155550177") })

    let old = try await importFixture("google-hangouts-2014").graph
    #expect(old.files.first?.records == 3)
    let oldCalls = old.interactions.filter { $0.kind == .call }
    #expect(oldCalls.map(\.length) == [102])
    let ana = try #require(old.identity(named: "Ana Ruiz"))
    #expect(oldCalls.first?.sender == Int32(ana))
    #expect(oldCalls.first?.time == 1_369_548_300)
  }

  @Test(arguments: [
    ("Tuesday, March 7, 2023 at 3:04:05 PM UTC", 2023, 3, 7, 15, 4, 5),
    ("Tuesday, March 7, 2023 at 12:04:05 AM UTC", 2023, 3, 7, 0, 4, 5),
    ("Wednesday, March 8, 2023 at 17:13:43 UTC", 2023, 3, 8, 17, 13, 43),
    ("Friday, December 1, 2023 at 9:00:00\u{202F}AM UTC", 2023, 12, 1, 9, 0, 0),
  ])
  func chatDates(text: String, y: Int, mo: Int, d: Int, h: Int, mi: Int, s: Int) {
    #expect(
      GoogleChatDate.seconds(text)
        == CivilTime.seconds(year: y, month: mo, day: d, hour: h, minute: mi, second: s))
  }

  @Test func chatDatesInOtherLanguagesAreNotGuessed() {
    #expect(GoogleChatDate.seconds("2015. február 15., vasárnap 21:54:36 UTC") == nil)
    #expect(GoogleChatDate.seconds("Tuesday, March 7, 2023 at 13:04:05 PM UTC") == nil)
  }

  @Test(
    arguments: [
      ("PT42S", "", 42), ("PT1H2M3S", "", 3723), ("PT25M", "", 1500), (nil, "(00:01:23)", 83),
      (nil, "(01:00:00)", 3600),
    ] as [(String?, String, Int)])
  func voiceDurations(title: String?, text: String, seconds: Int) {
    #expect(GoogleVoicePage.seconds(duration: title, text: text) == seconds)
  }

  @Test func quotedPrintableAndFoldedLines() {
    var reader = VCardReader()
    let text =
      "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Ren=C3=A9e =\r\nDubois\r\n"
      + "TEL;CELL:+33 6 12\r\n 34 56 78\r\nNOTE:a\\, b\r\nEND:VCARD\r\n"
    // Split on bytes: "\r\n" is one Character, and CR is what the reader must drop.
    for (index, line) in Array(text.utf8).split(separator: 0x0A).enumerated() {
      Array(line).withUnsafeBufferPointer { reader.consume($0, number: index + 1) }
    }
    reader.finish()
    #expect(reader.cards.count == 1)
    #expect(reader.cards.first?.name == "Renée Dubois")
    #expect(reader.cards.first?.phones == ["+33 6 1234 56 78"])
  }

  /// A text page where only the owner wrote and no number appears ("Me to Ada Example"):
  /// the texts go to Ada, named by the page, not to the unknown sender.
  @Test func aPageOnlyTheOwnerWroteIsNamedAfterItsPerson() async throws {
    let graph = try await importFixture("google-takeout-2023").graph
    let ada = try #require(
      graph.identityIndex(of: IdentityKey(platform: .google, kind: .name, value: "Ada Example")))
    let thread = try #require(graph.threads.firstIndex { $0.key == "voice:Ada Example" })
    #expect(graph.threads[thread].participants.contains(ada))
    let texts = graph.interactions.filter { $0.thread == Int32(thread) }
    #expect(texts.count == 2)
    let owner = try #require(graph.identityIndex(of: GoogleVoiceReader.ownerKey))
    #expect(texts.allSatisfy { $0.sender == Int32(owner) })
  }

  /// A contact card sent in a group text is an attachment, whatever its extension: it
  /// adds no saved contact.
  @Test func cardsInsideVoiceFoldersAreAttachments() async throws {
    let run = try await importFixture("google-takeout-2023")
    let card = IdentityKey(platform: .google, kind: .phone, value: "+14155550166")
    #expect(run.graph.identityIndex(of: card) == nil)
    #expect(run.detection.claimed.allSatisfy { !$0.entry.name.hasSuffix("-1-1.vcf") })
  }

  /// Class values are matched on bytes when ASCII; one with other characters is still split
  /// on spaces as text, and its tokens still count. A sender's repeated messages share one
  /// identity, whatever the page's size.
  @Test func voiceClassesWithOtherCharactersAndRepeatedSenders() async throws {
    let message = """
      <div class="message \u{E9}t\u{E9}"><abbr class="dt" title="2023-04-02T12:00:00.000-07:00">x</abbr>:
      <cite class="sender vcard"><a class="tel" href="tel:+14155550150"><span class="fn">Marcus</span></a></cite>:
      <q>Hi</q></div>
      """
    let page = """
      <html><body><div class="hChatLog hfeed">\(String(repeating: message, count: 3))
      <div class="message"><abbr class="dt" title="2023-04-02T12:05:00.000-07:00">x</abbr>:
      <cite class="sender vcard"><a class="tel" href="tel:+14155550150"><span class="fn">Marcus O.</span></a></cite>:
      <q>Bye</q></div></div></body></html>
      """
    let run = try await importFiles([
      "Takeout/Voice/Calls/Marcus - Text - 2023-04-02T19_00_00Z.html": page
    ])
    let marcus = try #require(run.graph.identityIndex(of: key(.phone, "+14155550150")))
    #expect(run.graph.interactions.count == 4)
    #expect(run.graph.interactions.allSatisfy { $0.sender == Int32(marcus) })
    #expect(Set(run.graph.identities[marcus].displayNames) == ["Marcus", "Marcus O."])
  }
}
