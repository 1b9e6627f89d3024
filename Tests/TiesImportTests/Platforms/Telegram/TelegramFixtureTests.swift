import Foundation
import Testing
import TiesCore
import TiesTestSupport

@testable import TiesImport

struct TelegramFixtureTests {
  private func telegramKey(_ value: String) -> IdentityKey {
    IdentityKey(platform: .telegram, kind: .accountID, value: value)
  }

  @Test func fullExportReadsProfileContactsAndEveryChatType() async throws {
    let run = try await importFixture("telegram-full")
    let graph = run.graph
    #expect(graph.files.count == 1)
    let file = graph.files[0]
    #expect(file.role == "account export")
    #expect(file.status == .read)
    // 9 + 7 + 1 + 2 + 1 + 3 message objects, and 3 contacts.
    #expect(file.records == 26)
    #expect(graph.layouts[.telegram] == [TelegramImporter.fullLayout])
    // The profile names the owner by id, phone and username.
    let owner = try #require(graph.identityIndex(of: telegramKey("user100000001")))
    #expect(graph.ownerIdentities.contains(owner))
    #expect(graph.ownerKeys == ["+15550100001", "annlee", "user100000001"])
    #expect(graph.identities[owner].displayNames == ["Ann Lee"])
    #expect(
      graph.identityIndex(of: IdentityKey(platform: .telegram, kind: .phone, value: "+15550100001"))
        .map(graph.ownerIdentities.contains) == true)
    // Saved messages, the bot and the channel are not ties: no thread, no interaction.
    #expect(graph.threads.map(\.title).sorted() == ["Ben Ito", "Climbing club", "Old flatmates"])
    let ben = try #require(graph.threads.first { $0.title == "Ben Ito" })
    #expect(!ben.isGroup)
    #expect(ben.namedAfter == graph.identityIndex(of: telegramKey("user100000002")))
    #expect(graph.threads.filter(\.isGroup).count == 2)
    // Messages: 4 in Ben's chat, 4 in the club, 3 in the left group; calls: 5 + 1 group call.
    #expect(graph.interactions.filter { $0.kind == .message }.count == 11)
    #expect(graph.interactions.filter { $0.kind == .call }.count == 6)
    // Contacts: Ben by id (and his phone, the same person), Gia by phone; a contact with
    // neither name nor phone is counted and left.
    #expect(graph.links.count == 2)
    #expect(graph.links.allSatisfy { $0.kind == .contact && $0.direction == .outgoing })
    #expect(graph.sameAs.count == 1)
    #expect(
      graph.identityIndex(
        of: IdentityKey(platform: .telegram, kind: .phone, value: "+447700900123")) != nil)
    #expect(graph.diagnostics.isEmpty)
  }

  @Test func textIsCountedNeverKept() async throws {
    let graph = try await importFixture("telegram-full").graph
    let owner = try #require(graph.identityIndex(of: telegramKey("user100000001")))
    let ben = try #require(graph.identityIndex(of: telegramKey("user100000002")))
    let fromBen = graph.interactions.filter { $0.sender == Int32(ben) && $0.kind == .message }
    // "Yes" + " after six" + "https://example.org" from an entity array; a photo with no
    // text; "Me too" in the group Ann left.
    #expect(fromBen.map(\.length) == [32, 0, 6])
    let fromAnn = graph.interactions.filter {
      $0.sender == Int32(owner) && $0.kind == .message && $0.thread == fromBen[0].thread
    }
    // "\n" and the escaped U+2028 are one character each.
    #expect(fromAnn.map(\.length) == [32, 24])
  }

  @Test func callsKeepDurationAndOutcome() async throws {
    let graph = try await importFixture("telegram-full").graph
    let calls = graph.interactions.filter { $0.kind == .call }
    #expect(calls.map(\.length) == [95, 0, 0, 600, 0, 3600])
    #expect(
      calls.map(\.callOutcome) == [.completed, .missed, .missed, .completed, .missed, .completed])
    #expect(
      calls.first?.time == CivilTime.seconds(year: 2024, month: 1, day: 3, hour: 18, minute: 10))
  }

  @Test func singleChatInfersTheOwnerFromTheChatID() async throws {
    let graph = try await importFixture("telegram-single-chat").graph
    #expect(graph.files[0].role == "chat")
    #expect(graph.files[0].records == 6)
    #expect(graph.layouts[.telegram] == [TelegramImporter.chatLayout])
    #expect(graph.ownerKeys == ["user100000001"])
    #expect(graph.threads.count == 1)
    #expect(graph.threads[0].key == "personal_chat:100000003")
    #expect(graph.interactions.count == 5)
    // "Hi! Great to hear from you 😀": the emoji is one character.
    #expect(graph.interactions.map(\.length) == [17, 28, 120, 0, 45])
    #expect(graph.warnings(containing: "pass --me").isEmpty)
  }

  @Test func olderExportPitfalls() async throws {
    let graph = try await importFixture("telegram-pitfalls").graph
    #expect(graph.files[0].records == 8)
    #expect(graph.threads.count == 1)
    #expect(graph.threads[0].isGroup)
    // Integer from_id and "user…" strings are the same people.
    #expect(graph.identityIndex(of: telegramKey("user100000003")) != nil)
    #expect(graph.identities.filter { $0.key.platform == .telegram }.count == 4)
    // A deleted account keeps its id and gets no name.
    let deleted = try #require(graph.identityIndex(of: telegramKey("user100000005")))
    #expect(graph.identities[deleted].displayNames.isEmpty)
    // Naive local times are read as UTC and said to be so; the unreadable date is left out.
    #expect(graph.warnings(containing: "local time without zone").count == 1)
    #expect(graph.warnings(containing: "without a readable date").count == 1)
    #expect(graph.layouts[.telegram]?.contains { $0.hasPrefix("local times only") } == true)
    #expect(
      graph.interactions.first?.time
        == CivilTime.seconds(year: 2021, month: 3, day: 1, hour: 20, minute: 1))
    // "Chapter " + "one" + " " and an escaped surrogate pair: 13 characters; a tab escape is one.
    #expect(graph.interactions.map(\.length) == [13, 8, 22, 0, 0])
    // The missed conference call.
    #expect(graph.interactions.last?.kind == .call)
    #expect(graph.interactions.last?.callOutcome == .missed)
  }

  @Test func timeZoneShiftsNaiveTimes() async throws {
    let zone = try #require(TimeZone(identifier: "Europe/Berlin"))
    let graph = try await importFixture("telegram-pitfalls", options: ImportOptions(timeZone: zone))
      .graph
    #expect(
      graph.interactions.first?.time
        == CivilTime.seconds(year: 2021, month: 3, day: 1, hour: 19, minute: 1))
    #expect(graph.warnings(containing: "read in the --timezone zone").count == 1)
  }

  @Test func htmlPageJoinedBlocksCallsAndForwards() async throws {
    let graph = try await importFixture("telegram-html").graph
    #expect(graph.files[0].records == 8)
    #expect(graph.layouts[.telegram] == [TelegramImporter.htmlLayout])
    #expect(graph.threads.count == 1)
    #expect(!graph.threads[0].isGroup)
    #expect(graph.threads[0].title == "Sergey Medvedev")
    let sergey = graph.interactions(from: "Sergey Medvedev")
    let ann = graph.interactions(from: "Ann Lee")
    // Joined blocks carry the previous sender; the forwarded author is not a sender.
    #expect(sergey.count == 4)
    #expect(ann.count == 4)
    #expect(graph.identity(named: "Nora Field") == nil)
    #expect(sergey.map(\.length) == [26, 23, 0, 600])
    #expect(ann.map(\.length) == [13, 95, 15, 0])
    #expect(ann.filter { $0.kind == .call }.map(\.callOutcome) == [.completed, .missed])
    // UTC+03:00 applied.
    #expect(
      sergey.first?.time
        == CivilTime.seconds(year: 2025, month: 10, day: 3, hour: 9, minute: 34, second: 18))
    // The outgoing call and the chat's name both say Ann is the exporter.
    #expect(graph.ownerKeys == ["Ann Lee"])
    #expect(graph.diagnostics.isEmpty)
  }

  @Test func htmlPagesOfOneChatAreReadTogether() async throws {
    let graph = try await importFixture("telegram-html-multipage").graph
    #expect(graph.files.count == 2)
    let first = try #require(graph.files.first { $0.path.hasSuffix("/messages.html") })
    let second = try #require(graph.files.first { $0.path.hasSuffix("/messages2.html") })
    #expect(first.records == 8)
    #expect(first.role == "chat (2 pages)")
    #expect(second.role == "chat page (read with messages.html)")
    // Counted on its bytes for the file list; its blocks are read with the first page.
    #expect(second.records == 4)
    #expect(second.status == .read)
    #expect(graph.threads.count == 1)
    #expect(graph.threads[0].isGroup)
    #expect(graph.interactions.count == 8)
    // Ben's joined block, and Cara's two joined blocks on the second page.
    #expect(graph.interactions(from: "Ben Ito").count == 2)
    #expect(graph.interactions(from: "Cara Diaz").count == 4)
    // "map here": link text counts, markup does not.
    #expect(graph.interactions(from: "Cara Diaz").last?.length == 8)
    // A deleted account is a placeholder of this chat only.
    let deleted = try #require(graph.identity(named: "Deleted Account"))
    #expect(graph.identities[deleted].isPlaceholder)
    // Times without an offset are local, read as UTC, and said to be.
    #expect(graph.warnings(containing: "no UTC offset").count == 1)
    #expect(
      graph.interactions.first?.time == CivilTime.seconds(year: 2020, month: 10, day: 1, hour: 10))
  }

  @Test func aCutFileKeepsWhatWasReadAndSaysWhere() async throws {
    let text = """
      {
       "name": "Bob", "type": "personal_chat", "id": 700,
       "messages": [
        {"id": 1, "type": "message", "date_unixtime": "1700000000", "from": "Bob",
         "from_id": "user700", "text": "hi"},
        {"id": 2, "type": "message", "date_unixtime": "1700000060", "from": "Ann",
         "from_id": "user300", "text": "hel
      """
    let run = try await importFiles(["ChatExport/result.json": text])
    let graph = run.graph
    #expect(graph.files[0].status == .partial)
    #expect(graph.interactions.count == 1)
    let error = try #require(graph.diagnostics.first { $0.severity == .error })
    #expect(error.offset == text.utf8.count)
    #expect(error.message.contains("truncated"))
    // What was read still makes a one-to-one chat with Bob.
    #expect(graph.threads.first?.isGroup == false)
  }

  @Test(FixturePaths.needsSharedSamples)
  func meNamesTheOwnerOfANameOnlyChat() async throws {
    let root = try #require(FixturePaths.sharedSamples)
    let graph = try await ImportPipeline.run(
      [root + "/telegram/chat-miner/test_single_export.json"],
      options: ImportOptions(me: ["Author 1"], jobs: 1)
    ).graph
    #expect(graph.ownerKeys == ["Author 1"])
    #expect(graph.warnings(containing: "pass --me").isEmpty)
  }

  @Test func aPageAfterAMissingPageIsReadOnItsOwn() async throws {
    func page(_ text: String) -> String {
      """
      <!DOCTYPE html><html><head><title>Exported Data</title></head><body><div class="page_wrap">
      <div class="page_header"><div class="text bold">Bob Ray</div></div><div class="history">
      <div class="message default clearfix" id="message1"><div class="body">
      <div class="pull_right date details" title="01.02.2024 10:00:00 UTC+00:00">10:00</div>
      <div class="from_name">Bob Ray</div><div class="text">\(text)</div></div></div>
      </div></div></body></html>
      """
    }
    let run = try await importFiles([
      "chat/messages.html": page("one"), "chat/messages2.html": page("two"),
      "chat/messages4.html": page("four"),
    ])
    let files = Dictionary(
      uniqueKeysWithValues: run.graph.files.map {
        ($0.path.split(separator: "/").last.map(String.init) ?? "", $0)
      })
    #expect(files["messages.html"]?.records == 2)
    #expect(files["messages2.html"]?.role == "chat page (read with messages.html)")
    #expect(files["messages2.html"]?.records == 1)
    #expect(files["messages4.html"]?.records == 1)
    #expect(run.graph.interactions.count == 3)
  }

  @Test func htmlSenderViaABotIsTheSender() async throws {
    let page = """
      <!DOCTYPE html><html><head><meta charset="utf-8"/><title>Exported Data</title></head>
      <body><div class="page_wrap"><div class="page_header"><div class="content">
      <div class="text bold">Bob Ray</div></div></div><div class="page_body chat_page">
      <div class="history">
      <div class="message default clearfix" id="message1"><div class="body">
      <div class="pull_right date details" title="01.02.2024 10:00:00 UTC+00:00">10:00</div>
      <div class="from_name">Bob Ray via @gif</div><div class="text">look</div></div></div>
      <div class="message default clearfix joined" id="message2"><div class="body">
      <div class="pull_right date details" title="01.02.2024 10:01:00 UTC+00:00">10:01</div>
      <div class="text">again</div></div></div>
      </div></div></div></body></html>
      """
    let graph = try await importFiles(["ChatExport/messages.html": page]).graph
    #expect(graph.interactions(from: "Bob Ray").map(\.length) == [4, 5])
    #expect(graph.identity(named: "Bob Ray via @gif") == nil)
    // Only the chat's own person wrote: nobody to call the exporter.
    #expect(graph.threads.first?.namedAfter == graph.identity(named: "Bob Ray"))
  }

  @Test func zipMembersReadLikeFiles() async throws {
    // A single-chat result.json and a two-page HTML chat, zipped as downloaded.
    let graph = try await importFixture("telegram-zip").graph
    let byName = Dictionary(
      uniqueKeysWithValues: graph.files.map { (($0.path as NSString).lastPathComponent, $0) })
    #expect(byName["result.json"]?.records == 6)
    #expect(byName["messages.html"]?.records == 8)
    #expect(byName["messages.html"]?.role == "chat (2 pages)")
    #expect(byName["messages2.html"]?.records == 4)
    #expect(graph.files.allSatisfy { $0.status == .read })
    #expect(graph.interactions.count == 5 + 8)
    #expect(graph.threads.filter(\.isGroup).count == 1)
  }

  @Test func metaMessageFilesAreNotTelegram() {
    let entry = ExportEntry(
      path: "/x/message_1.json", displayPath: "x/message_1.json", components: ["message_1.json"],
      size: 100,
      prefix: Array(
        #"{"participants": [{"name": "A"}], "messages": [{"sender_name": "A", "type": "Generic"}]}"#
          .utf8))
    #expect(TelegramImporter().recognize(entry, in: ExportContext([entry])) == nil)
  }

  @Test(arguments: ["messages.html", "messages2.html", "messages12.html"])
  func pageNames(_ name: String) {
    #expect(TelegramImporter.isMessagesPage(name))
  }

  @Test(arguments: ["message_1.html", "messages.htm", "messagesX.html", "contacts.html"])
  func notPageNames(_ name: String) {
    #expect(!TelegramImporter.isMessagesPage(name))
  }
}
