import Foundation
import Testing
import TiesCore
import TiesTestSupport

@testable import TiesImport

/// Records handed on as the chat is read (issue 16) must give the graph that holding every
/// record to the end gives, wherever the header that settles the day/month order stands,
/// and when the stream's guesses fail and the chat is read again.
struct WhatsAppStreamTests {
  /// A generated chat and where its stream should start (nil: it must not stream).
  struct Chat: CustomTestStringConvertible, Sendable {
    let name: String
    let text: String
    /// Records read when the stream should have started; nil when it must not stand.
    let streamsFrom: Int?
    var options = ImportOptions(jobs: 1)
    var fileName = "WhatsApp Chat with Bob.txt"
    var testDescription: String { name }
  }

  /// Android lines `d/m/yyyy, HH:MM - Sender: text`. Dates keep both fields at or below 12
  /// until message `settleAt`, whose day is 13 (month-first with `monthFirst`); the clock
  /// steps back now and then, as DST and travel make it.
  static func android(
    messages: Int, settleAt: Int?, monthFirst: Bool = false, senders: [String],
    contradictAt: Int? = nil
  ) -> String {
    var lines = [
      "01/01/2020, 08:00 - Messages and calls are end-to-end encrypted. Tap to learn more."
    ]
    for index in 0..<messages {
      var day = 1 + (index / 40) % 12
      let month = 1 + (index / 480) % 12
      if let settleAt, index >= settleAt, index % 3 == 0 { day = 13 + index % 15 }
      let hour = (index * 7) % 24
      let minute = (index * 13) % 60
      var (a, b) = monthFirst ? (month, day) : (day, month)
      if index == contradictAt { (a, b) = (b, a) }
      let date = String(
        format: "%02ld/%02ld/%ld, %02ld:%02ld - ", a, b, 2020 + index / 5760, hour, minute)
      let sender = senders[index % senders.count]
      switch index % 17 {
      case 3: lines.append(date + "\(sender): <Media omitted>")
      case 5: lines.append(date + "\(sender): Missed voice call")
      case 7: lines.append(date + "\(sender): line one\nline two é\n\nline four")
      case 11: lines.append(date + "\(sender) changed the subject to \"x: y\"")
      case 13: lines.append(date + "\(sender): This message was deleted")
      default: lines.append(date + "\(sender): message \(index) 😀 ünïcode")
      }
    }
    // A day that does not exist: left out, and reported.
    lines.append((monthFirst ? "02/30/2021" : "31/02/2021") + ", 10:00 - \(senders[0]): lost")
    return lines.joined(separator: "\n") + "\n"
  }

  /// iOS lines `[d/m/yy, HH:MM:SS] Sender: text`, opened by the app's notice under
  /// `noticeBy`; `system` writes group events under that name too, as iOS does.
  static func ios(
    messages: Int, noticeBy: String, senders: [String], lateSender: (Int, String)? = nil,
    system: Bool = false
  ) -> String {
    let mark = "\u{200E}"
    var lines = [
      "[13/01/20, 08:00:00] \(noticeBy): \(mark)Messages and calls are end-to-end encrypted."
    ]
    for index in 0..<messages {
      let day = 13 + (index / 30) % 16
      let month = 1 + (index / 480) % 12
      let date = String(
        format: "[%ld/%ld/%02ld, %02ld:%02ld:%02ld] ", day, month, 20 + index / 5760,
        (index * 5) % 24,
        (index * 11) % 60, index % 60)
      var sender = senders[index % senders.count]
      if let (from, late) = lateSender, index >= from, index % 5 == 0 { sender = late }
      if system, index % 50 == 0 {
        lines.append(date + "\(noticeBy): \(mark)\(sender) added Someone \(index % 3)")
      } else if index % 23 == 0 {
        lines.append(date + "\(sender): \(mark)image omitted")
      } else {
        lines.append(date + "\(sender): text \(index)\ncontinued")
      }
    }
    return lines.joined(separator: "\r\n") + "\r\n"
  }

  static let chats: [Chat] = [
    Chat(
      name: "settles at once", text: android(messages: 3000, settleAt: 0, senders: ["Ann", "Bo"]),
      streamsFrom: 64),
    Chat(
      name: "settles late",
      text: android(messages: 4000, settleAt: 2500, senders: ["Ann", "Bo", "Cy"]),
      streamsFrom: 2560),
    Chat(
      name: "never settles",
      text: android(messages: 3000, settleAt: nil, senders: ["Ann", "Bo"]), streamsFrom: nil),
    Chat(
      name: "month first",
      text: android(messages: 3000, settleAt: 700, monthFirst: true, senders: ["Ann", "Bo"]),
      streamsFrom: 704),
    Chat(
      name: "contradicted late: read again",
      text: android(
        messages: 3000, settleAt: 0, senders: ["Ann", "Bo"], contradictAt: 2001),
      streamsFrom: nil),
    Chat(
      name: "order given",
      text: android(messages: 3000, settleAt: nil, senders: ["Ann", "Bo"]), streamsFrom: 64,
      options: ImportOptions(
        dateOrder: .mdy, timeZone: TimeZone(identifier: "Europe/Berlin"), jobs: 1)),
    Chat(
      name: "same phone written twice",
      text: android(
        messages: 2000, settleAt: 100,
        senders: ["+44 7700 900123", "Ann", "+447700900123", "\u{2067}"]),
      streamsFrom: 128),
    Chat(
      name: "iOS one-to-one",
      text: ios(messages: 3000, noticeBy: "Bob", senders: ["Bob", "Alice"]), streamsFrom: 1024),
    Chat(
      name: "iOS group",
      text: ios(messages: 3000, noticeBy: "Family", senders: ["Ann", "Bo", "Cy"], system: true),
      streamsFrom: 64),
    Chat(
      name: "iOS group of two",
      text: ios(messages: 3000, noticeBy: "Family", senders: ["Ann", "Bo"]), streamsFrom: 64),
    Chat(
      name: "iOS chat that turns out a group: read again",
      text: ios(
        messages: 3000, noticeBy: "Bob", senders: ["Bob", "Alice"], lateSender: (2000, "Cy")),
      streamsFrom: nil),
  ]

  private static func read(
    _ chat: Chat, limits: WhatsAppChatStream.Limits?
  ) throws -> (graph: InteractionGraph, streamedFrom: Int?) {
    let folder = try FixturePaths.temporaryFolder("wa-stream")
    let path = folder + "/" + chat.fileName
    try Data(chat.text.utf8).write(to: URL(fileURLWithPath: path))
    let entry = ExportEntry(
      path: path, displayPath: chat.fileName, components: [chat.fileName],
      size: chat.text.utf8.count,
      prefix: Array(chat.text.utf8.prefix(4096)))
    var sink = FileSink(
      registering: SourceFile(path: entry.displayPath, platform: .whatsapp, role: "chat"))
    var streamedFrom: Int?
    if let limits {
      streamedFrom = WhatsAppImporter().readChat(
        entry, options: chat.options, limits: limits, into: &sink)
    } else {
      let read = WhatsAppImporter().readChat(
        entry, options: chat.options, streaming: nil, into: &sink)
      #expect(read.stands && read.streamedFrom == nil)
    }
    return (sink.finish(), streamedFrom)
  }

  static func expectSame(_ streamed: InteractionGraph, _ held: InteractionGraph) {
    #expect(streamed.interactions == held.interactions)
    #expect(streamed.identities == held.identities)
    #expect(streamed.threads == held.threads)
    #expect(streamed.files == held.files)
    #expect(streamed.diagnostics == held.diagnostics)
    #expect(streamed.ownerIdentities == held.ownerIdentities)
    #expect(streamed.ownerNames == held.ownerNames)
    #expect(streamed.layouts == held.layouts)
    #expect(streamed.links == held.links)
  }

  @Test(arguments: chats)
  func streamingGivesTheHeldGraph(_ chat: Chat) throws {
    let held = try Self.read(chat, limits: nil).graph
    let (streamed, from) = try Self.read(chat, limits: .init(batch: 64, groupEvidence: 1000))
    #expect(from == chat.streamsFrom)
    #expect(held.interactions.count > 1000)
    Self.expectSame(streamed, held)
  }

  /// Every WhatsApp fixture of ours, streamed from its second record on.
  @Test func fixturesStreamAsTheyHold() throws {
    let root = FixturePaths.exports("")
    let names = try FileManager.default.contentsOfDirectory(atPath: root)
      .filter { $0.hasPrefix("whatsapp-") }.sorted()
    #expect(names.count >= 15)
    for name in names { try Self.expectEveryChatStreamsAsItHolds(in: root + "/" + name) }
  }

  /// Every real export in `../shared/samples/whatsapp`, the same way.
  @Test(.disabled(if: FixturePaths.sharedSamples == nil, "../shared/samples is absent"))
  func samplesStreamAsTheyHold() throws {
    let root = try #require(FixturePaths.sharedSamples) + "/whatsapp"
    try Self.expectEveryChatStreamsAsItHolds(in: root)
  }

  private static func expectEveryChatStreamsAsItHolds(in folder: String) throws {
    let files = try FileManager.default.subpathsOfDirectory(atPath: folder)
      .filter { $0.hasSuffix(".txt") }.sorted()
    #expect(!files.isEmpty)
    for file in files {
      let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file))
      var chat = Chat(
        name: file, text: String(decoding: bytes, as: UTF8.self), streamsFrom: nil)
      chat.fileName = (file as NSString).lastPathComponent
      let held = try read(chat, limits: nil).graph
      let streamed = try read(chat, limits: .init(batch: 2, groupEvidence: 3)).graph
      expectSame(streamed, held)
    }
  }
}
