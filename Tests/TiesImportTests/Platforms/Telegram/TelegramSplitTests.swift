import Foundation
import Testing
import TiesCore

@testable import TiesImport

/// A large single-chat array is read by two threads; the graph must be the one a single
/// thread builds, whether the guessed boundary holds or not.
struct TelegramSplitTests {
  /// A pretty-printed single chat like Telegram's, with senders that first appear late.
  private static func chat(messages: Int, trailer: String = "") -> String {
    var lines: [String] = []
    for index in 0..<messages {
      let sender = index < messages / 2 ? index % 3 : index % 5
      let text =
        index % 7 == 0
        ? "[\n    \"part \",\n    {\n     \"type\": \"bold\",\n     \"text\": \"x\\\"y\"\n    }\n   ]"
        : "\"message \(index) é\""
      let body =
        index % 11 == 0
        ? "\"type\": \"service\",\n   \"date_unixtime\": \"\(1_600_000_000 + index * 60)\",\n   \"actor\": \"P\(sender)\",\n   \"actor_id\": \"user\(sender)\",\n   \"action\": \"phone_call\",\n   \"duration_seconds\": \(index),\n   \"discard_reason\": \"hangup\""
        : "\"type\": \"message\",\n   \"date_unixtime\": \"\(1_600_000_000 + index * 60)\",\n   \"from\": \"Person \(sender)\",\n   \"from_id\": \"user\(sender)\",\n   \"text\": \(text)"
      lines.append("  {\n   \"id\": \(index),\n   \(body)\n  }")
    }
    return
      "{\n \"name\": \"Group\",\n \"type\": \"private_group\",\n \"id\": 42,\n \"messages\": [\n"
      + lines.joined(separator: ",\n") + "\n ]" + trailer + "\n}\n"
  }

  private func read(_ text: String, minimum: Int) -> InteractionGraph {
    let sink = FileSink(
      registering: SourceFile(path: "result.json", platform: .telegram, role: "chat"))
    var reader = TelegramJSONReader(path: "result.json", timeZone: nil, release: nil, sink: sink)
    reader.splitMinimum = minimum
    Array(text.utf8).withUnsafeBufferPointer { reader.read($0) }
    return reader.sink.finish()
  }

  private func expectSame(_ split: InteractionGraph, _ serial: InteractionGraph) {
    #expect(split.interactions == serial.interactions)
    #expect(split.identities == serial.identities)
    #expect(split.threads == serial.threads)
    #expect(split.files == serial.files)
    #expect(split.diagnostics == serial.diagnostics)
  }

  @Test(arguments: [40, 41, 200, 333])
  func twoThreadsBuildTheSameGraph(_ messages: Int) {
    let text = Self.chat(messages: messages)
    let serial = read(text, minimum: .max)
    let split = read(text, minimum: 1)
    #expect(serial.interactions.count == messages)
    #expect(serial.files[0].records == messages)
    expectSame(split, serial)
  }

  /// A trailing comma in the second half is read past and reported once, by the thread
  /// that reads it: the split gives the graph and the warning the serial read gives.
  @Test func aTrailingCommaInTheSecondHalfIsReportedOnce() throws {
    var text = Self.chat(messages: 200)
    let last = try #require(text.range(of: "\"id\": 190,"))
    let end = try #require(text.range(of: "\n  }", range: last.upperBound..<text.endIndex))
    text.replaceSubrange(end, with: ",\n  }")
    let serial = read(text, minimum: .max)
    let split = read(text, minimum: 1)
    #expect(serial.interactions.count == 200)
    #expect(serial.diagnostics.filter { $0.message.contains("trailing comma") }.count == 1)
    expectSame(split, serial)
  }

  @Test func aGuessPastTheArrayIsDropped() {
    // Another indented array after the messages: the middle of the file lies in it.
    let other = (0..<400).map { "  {\n   \"id\": \($0)\n  }" }.joined(separator: ",\n")
    let text = Self.chat(messages: 30, trailer: ",\n \"other\": [\n" + other + "\n ]")
    expectSame(read(text, minimum: 1), read(text, minimum: .max))
  }

  @Test func aCutSecondHalfFallsBackToOneThread() {
    let text = String(Self.chat(messages: 120).dropLast(200))
    let serial = read(text, minimum: .max)
    #expect(serial.files[0].status == .partial)
    expectSame(read(text, minimum: 1), serial)
  }
}
