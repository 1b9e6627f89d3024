import Foundation
import Testing
import TiesCore
import TiesTestSupport

@testable import TiesImport

/// The corpus of broken inputs (issue: real inputs): every fixture file cut at every tenth of
/// its length, random bytes under every reader's file names, wrong encodings, JSON nested
/// 100,000 deep, a line of 1 GB, a zip claiming 10 GB, names that climb out. None may crash,
/// none may take more than a minute (every reader is linear in its input), and every file
/// must be accounted for in the run's file list.
@Suite(.timeLimit(.minutes(2)))
struct BrokenInputTests {
  /// One fixture per layout family; their files are small, so all of them are cut.
  static let fixtures = [
    "demo", "facebook-2024", "facebook-2018", "facebook-html-2020", "instagram-html",
    "instagram-2018", "whatsapp-ios-arabic", "zip-instagram-parts", "linkedin-2018",
    "linkedin-2024", "x-2023", "x-grailbird-2015", "discord-2024", "sms-backup-2024",
    "sms-pitfalls", "google-takeout-2023", "google-hangouts-2014",
    "contacts-csv", "discord-2020", "x-grailbird-missing-bracket", "telegram-full",
    "telegram-html-multipage", "telegram-zip", "x-tolerant-2023", "google-hangouts-2014-split",
    "google-chat-no-users",
  ]

  /// Imports one folder and checks the run's promises; returns the graph.
  @discardableResult
  private func run(_ folder: String) async throws -> InteractionGraph {
    let entries = try ExportWalker().walk([folder])
    let graph = try await ImportPipeline.run([folder], options: ImportOptions(jobs: 2)).graph
    let listed = Set(graph.files.map(\.path))
    for entry in entries {
      #expect(listed.contains(entry.displayPath), "not accounted for: \(entry.displayPath)")
    }
    return graph
  }

  private func write(_ bytes: [UInt8], to path: String) throws {
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
  }

  @Test(arguments: fixtures)
  func everyFileCutAtEveryTenth(_ fixture: String) async throws {
    let root = FixturePaths.exports(fixture)
    let files = try FileManager.default.subpathsOfDirectory(atPath: root).filter {
      var isDirectory: ObjCBool = false
      let exists = FileManager.default.fileExists(
        atPath: root + "/" + $0, isDirectory: &isDirectory)
      return exists && !isDirectory.boolValue
    }.sorted()
    #expect(!files.isEmpty)
    for relative in files {
      let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: root + "/" + relative)))
      for tenth in 1...9 {
        let folder = try FixturePaths.temporaryFolder("cut")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try write(Array(bytes.prefix(bytes.count * tenth / 10)), to: folder + "/" + relative)
        try await run(folder)
      }
    }
  }

  static let names = [
    "WhatsApp Chat with Anna.txt", "WhatsApp Chat - Anna/_chat.txt",
    "your_instagram_activity/messages/inbox/anna_1/message_1.json",
    "connections/followers_and_following/followers_1.json",
    "your_activity_across_facebook/messages/inbox/anna_1/message_1.json",
    "your_activity_across_facebook/messages/inbox/anna_1/message_1.html",
    "messages/inbox/anna_1/message_1.html", "connections/friends/your_friends.json",
    "profile_information/profile_information.json", "export.zip", "Connections.csv",
    "messages.csv", "Invitations.csv", "data/follower.js", "data/tweets.js",
    "data/direct-messages.js", "package/Messages/c300/messages.json",
    "package/Messages/c300/messages.csv", "package/Account/user.json", "sms-20240101.xml",
    "calls-20240101.xml", "Takeout/Contacts/All Contacts/All Contacts.vcf",
    "Takeout/Voice/Calls/Anna - Placed - 2023-01-01T10_00_00Z.html",
    "Takeout/Google Chat/Groups/DM abc/messages.json", "Takeout/Hangouts/Hangouts.json",
    "profile_information/profile_information.json", "export.zip",
    "ChatExport_2024-01-01/result.json", "ChatExport_2024-01-01/messages.html",
  ]

  @Test(arguments: names)
  func randomBytesUnderEveryReadersName(_ name: String) async throws {
    var generator = SeededGenerator(seed: UInt64(name.utf8.count) * 7919)
    for length in [1, 17, 4096, 100_000] {
      let folder = try FixturePaths.temporaryFolder("random")
      defer { try? FileManager.default.removeItem(atPath: folder) }
      var bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
      if name.hasSuffix(".zip") {
        bytes.replaceSubrange(0..<min(4, length), with: [0x50, 0x4B, 3, 4])
      }
      try write(bytes, to: folder + "/" + name)
      try await run(folder)
    }
  }

  @Test func wrongEncodingsAreReadOrReported() async throws {
    let chat = "18/03/2022, 14:56 - Anna: Grüße aus München\n18/03/2022, 14:57 - Bob: danke\n"
    let json =
      #"{"participants":[{"name":"Zoë"}],"messages":[{"sender_name":"Zoë","timestamp_ms":1700000000000,"content":"hé"}]}"#
    for (name, text) in [
      ("WhatsApp Chat with Anna.txt", chat),
      ("your_instagram_activity/messages/inbox/zoe_1/message_1.json", json),
    ] {
      var utf16: [UInt8] = [0xFF, 0xFE]
      for unit in text.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
      let latin1 = text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
      for bytes in [utf16, latin1] {
        let folder = try FixturePaths.temporaryFolder("encoding")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try write(bytes, to: folder + "/" + name)
        let graph = try await run(folder)
        let file = try #require(graph.files.first)
        // Read (invalid UTF-8 replaced) or skipped with a reason: never silently empty.
        #expect(file.records > 0 || file.status != .read || !graph.diagnostics.isEmpty)
      }
    }
  }

  @Test func jsonNestedAHundredThousandDeep() async throws {
    let folder = try FixturePaths.temporaryFolder("deep")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let deep = Array(repeating: UInt8(ascii: "["), count: 100_000)
    try write(
      Array(#"{"participants": [{"name": "A"}], "messages": "#.utf8) + deep,
      to: folder + "/your_instagram_activity/messages/inbox/a_1/message_1.json")
    try write(
      Array(#"{"friends_v2": "#.utf8) + deep, to: folder + "/connections/friends/your_friends.json")
    let graph = try await run(folder)
    #expect(graph.files.allSatisfy { $0.status == .skipped || $0.status == .partial })
    #expect(graph.diagnostics.count >= 2)
  }

  /// The line reader on a line of 1 GB, generated as it is read so that no disk is needed,
  /// then the whole import on a 20 MiB line in a real file.
  @Test func aLineOfOneGigabyte() async throws {
    final class LongLine: ByteStream {
      var left = 1 << 30
      var tail = Array("\nnext line\n".utf8)
      func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if left == 0 {
          let count = min(tail.count, buffer.count)
          buffer.copyBytes(from: tail.prefix(count))
          tail.removeFirst(count)
          return count
        }
        let count = min(left, buffer.count)
        // memset: a Swift loop over a gigabyte is slow in debug builds.
        if let base = buffer.baseAddress { memset(base, 0x61, count) }
        left -= count
        return count
      }
    }
    var reader = ByteLineReader(stream: LongLine(), name: "long line")
    var lines: [Int] = []
    try reader.forEachLine { line, _ in lines.append(line.count) }
    #expect(lines == [16 << 20, 9])
    #expect(reader.overlongLines == 1)
    #expect(reader.bytesRead == (1 << 30) + 11)

    let folder = try FixturePaths.temporaryFolder("long")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/WhatsApp Chat with Anna.txt"
    var bytes = Array("18/03/2022, 14:56 - Anna: ".utf8)
    bytes += [UInt8](repeating: 0x61, count: 20 << 20)
    bytes += Array("\n18/03/2022, 14:57 - Bob: ok\n".utf8)
    try write(bytes, to: path)
    let graph = try await run(folder)
    #expect(graph.interactions.count == 2)
    #expect(graph.diagnostics.contains { $0.message.contains("longer than 16 MiB were cut") })
  }

  @Test func aZipClaimingTenGigabytes() async throws {
    let folder = try FixturePaths.temporaryFolder("bomb")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let megabyte = [UInt8](repeating: 0, count: 1 << 20)
    try write(
      ZipWriter.archive([("big.txt", megabyte)], zip64: true, declaredSize: 10 << 30),
      to: folder + "/export.zip")
    let escape = "ties-escape-\(UUID().uuidString).txt"
    try write(
      ZipWriter.archive([("../" + escape, Array("escape".utf8)), ("/abs.txt", [0x41])]),
      to: folder + "/names.zip")
    let graph = try await run(folder)
    let reasons = graph.files.compactMap(\.reason)
    #expect(reasons.contains { $0.contains("inflates to 10737418240 bytes") })
    #expect(reasons.filter { $0.contains("unsafe name") }.count == 2)
    #expect(!FileManager.default.fileExists(atPath: folder + "/../" + escape))
  }
}
