import Foundation
import TiesCore

/// What the files of a Discord data package share: the owner's id, found in the account
/// folder (`account/`, `Account/` or a localized name such as `Compte/`) of the package a
/// message folder belongs to, and each channel's `channel.json`.
enum DiscordPackage {
  /// The owner's user id from the package's `user.json`, looked up from a channel folder
  /// (`<package>/messages/c123/`): message files hold only the owner's messages and never
  /// say whose they are.
  static func ownerID(forChannelFolder folder: URL) -> String? {
    let package = folder.deletingLastPathComponent().deletingLastPathComponent()
    let names = (try? FileManager.default.contentsOfDirectory(atPath: package.path)) ?? []
    for name in names.sorted() {
      let path = package.appendingPathComponent(name).appendingPathComponent("user.json").path
      // Read for every channel of the package: only the first bytes, only the top-level id.
      guard let handle = FileHandle(forReadingAtPath: path) else { continue }
      defer { try? handle.close() }
      guard let head = try? handle.read(upToCount: 64 << 10) else { continue }
      var id: String?
      head.withUnsafeBytes { raw in
        var scanner = JSONScanner(raw.bindMemory(to: UInt8.self))
        scanner.forEachMember { scanner, key in
          if id == nil, JSONScanner.key(key, is: "id") {
            id = scanner.peek() == 0x22 ? scanner.string() : scanner.int64().map(String.init)
          } else {
            scanner.skipValue()
          }
        }
      }
      if let id, !id.isEmpty { return id }
    }
    return nil
  }

  /// A snowflake id, a string in packages but a number in some.
  static func userID(_ value: JSONValue?) -> String? {
    guard let value else { return nil }
    if let text = value.string { return text.isEmpty ? nil : text }
    return value.int64.map(String.init)
  }

  /// What a channel is, from its `channel.json`.
  struct Channel {
    var id: String?
    var kind: Kind = .unknown
    var recipients: [String] = []
    var name = ""

    enum Kind {
      case direct
      case group
      case server
      case unknown
    }
  }

  /// Reads `channel.json` beside a message file; an empty description when it is missing.
  static func channel(inFolder folder: URL) -> Channel? {
    let url = folder.appendingPathComponent("channel.json")
    guard let data = try? Data(contentsOf: url), data.count < 64 << 20 else { return nil }
    return channel(data)
  }

  /// A `channel.json` document.
  static func channel(_ data: Data) -> Channel? {
    guard let document = try? JSONValue.parse(data) else { return nil }
    var channel = Channel()
    channel.id = userID(document["id"])
    // Older packages number the types (1 DM, 3 group DM, 0 and others server channels);
    // newer ones name them ("DM", "GROUP_DM", "GUILD_TEXT", "PUBLIC_THREAD", …).
    switch document["type"] {
    case .int(1), .string("DM"): channel.kind = .direct
    case .int(3), .string("GROUP_DM"): channel.kind = .group
    case .some(.null), nil: channel.kind = document["guild"] == nil ? .unknown : .server
    default: channel.kind = .server
    }
    channel.recipients = (document["recipients"]?.array ?? []).compactMap { recipient in
      userID(recipient) ?? userID(recipient["id"])
    }
    let guild = document["guild"]?["name"]?.string
    channel.name = [document["name"]?.string, guild.map { "in " + $0 }].compactMap { $0 }
      .joined(separator: " ")
    return channel
  }
}
