import TiesCore

/// Discord's data package (formats/others.md §5): the friends list, and the owner's own
/// messages per channel. The package holds no one else's messages, so its threads are
/// marked `onlyOwnerMessages` and never judged for balance.
public struct DiscordImporter: PlatformImporter {
  public let platform = Platform.discord

  public init() {}

  public enum Role: FileRole {
    case account
    case index
    case messages
    case readme
    case channel

    public var label: String {
      switch self {
      case .account: "account"
      case .index: "channel index"
      case .messages: "messages"
      case .readme: "package notes"
      case .channel: "channel"
      }
    }
  }

  public func recognize(_ entry: ExportEntry, in context: ExportContext) -> Recognition? {
    switch entry.name {
    case "channel.json" where entry.prefixContains("\"type\"") && entry.prefixContains("\"id\""):
      return Recognition(platform: .discord, role: Role.channel, confidence: 85)
    case "README.txt" where entry.prefixContains("Discord"):
      return Recognition(platform: .discord, role: Role.readme, confidence: 60)
    case "user.json"
    where entry.prefixContains("\"relationships\"")
      || (entry.prefixContains("\"discriminator\"") && entry.prefixContains("\"id\"")):
      return Recognition(platform: .discord, role: Role.account, confidence: 85)
    case "index.json"
    where entry.prefixContains(DiscordAccount.directPrefix) || Self.isSnowflakeMap(entry.prefixText):
      return Recognition(platform: .discord, role: Role.index, confidence: 85)
    case "messages.csv" where entry.prefixText.hasPrefix("ID,Timestamp,Contents"):
      return Recognition(
        platform: .discord, role: Role.messages, confidence: 90,
        layout: entry.folders.last?.hasPrefix("c") == true
          ? DiscordLayout.csvPrefixed : DiscordLayout.csvBare)
    case "messages.json"
    where entry.prefixContains("\"Timestamp\"") && entry.prefixContains("\"ID\""):
      return Recognition(
        platform: .discord, role: Role.messages, confidence: 90,
        layout: DiscordLayout.json)
    default:
      return nil
    }
  }

  /// `{"<17–20 digit id>": …`: the shape of the package's channel and server indexes, whose
  /// labels may all be server channels in the first bytes, or localized.
  static func isSnowflakeMap(_ text: String) -> Bool {
    let bytes = Array(text.utf8.prefix(32))
    guard bytes.count > 2, bytes[0] == 0x7B else { return false }
    var index = 1
    while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A { index += 1 }
    guard index < bytes.count, bytes[index] == 0x22 else { return false }
    let digits = bytes[(index + 1)...].prefix { $0 &- 0x30 < 10 }.count
    return (17...20).contains(digits)
  }

  public func read(
    _ entry: ExportEntry, as role: Role, options: ImportOptions, into sink: inout FileSink
  ) {
    switch role {
    case .account: DiscordAccount.readUser(entry, into: &sink)
    case .index: DiscordAccount.readIndex(entry, into: &sink)
    case .messages: DiscordMessages(entry: entry, fileIndex: sink.file).read(into: &sink)
    case .channel:
      guard let data = JSONFile.bytes(entry, into: &sink) else {
        return
      }
      guard let channel = DiscordPackage.channel(data) else { return sink.fail("not valid JSON") }
      _ = DiscordMessages.channelThread(
        entry, channel: channel, warn: false, fileIndex: sink.file, into: &sink)
      sink.read(records: 1)
    case .readme:
      sink.skipped("not used by ties")
    }
  }

  public func finalize(_ graph: inout InteractionGraph, options: ImportOptions) {
    DiscordAccount.finalize(&graph)
  }
}

/// The layout eras of Discord packages, as the report names them.
enum DiscordLayout {
  static let csvBare = "before mid-2021: <channel id>/messages.csv"
  static let csvPrefixed = "2021–2024: c<channel id>/messages.csv"
  static let json = "2024+: c<channel id>/messages.json"
}
