import Foundation
import TiesCore

/// Telegram Desktop's exports (formats/others.md §4): `result.json` of the whole account or
/// of one chat, and the HTML pages `messages.html`, `messages2.html`, … of either.
public struct TelegramImporter: PlatformImporter {
  public let platform = Platform.telegram
  static let fullLayout = "account export (result.json)"
  static let chatLayout = "single chat export (result.json)"
  static let htmlLayout = "HTML export (messages.html)"

  public init() {}

  public enum Role: FileRole {
    /// `result.json` of the whole account.
    case accountExport
    /// `result.json` of one chat (or an account export told only by its messages).
    case chat
    /// `messages.html` and its later pages.
    case htmlChat

    public var label: String {
      switch self {
      case .accountExport: "account export"
      case .chat, .htmlChat: "chat"
      }
    }
  }

  public func recognize(_ entry: ExportEntry, in context: ExportContext) -> Recognition? {
    switch entry.fileExtension {
    case "json": return recognizeJSON(entry)
    case "html", "htm": return recognizeHTML(entry)
    default: return nil
    }
  }

  private func recognizeJSON(_ entry: ExportEntry) -> Recognition? {
    // Meta's message files also have "messages" and "type"; they always list participants.
    guard !entry.prefixContains("\"participants\""), !entry.prefixContains("\"sender_name\"")
    else { return nil }
    if entry.prefixContains("\"personal_information\"")
      || (entry.prefixContains("\"about\"") && entry.prefixContains("\"list\"")
        && (entry.prefixContains("\"chats\"") || entry.prefixContains("\"contacts\"")))
    {
      return Recognition(
        platform: .telegram, role: Role.accountExport, confidence: 90, layout: Self.fullLayout)
    }
    guard entry.prefixContains("\"messages\"") else { return nil }
    let telegramKeys = [
      "\"date_unixtime\"", "\"from_id\"", "\"text_entities\"", "\"personal_chat\"",
      "\"private_group\"", "\"private_supergroup\"", "\"public_supergroup\"", "\"actor_id\"",
    ]
    guard telegramKeys.contains(where: entry.prefixContains) else { return nil }
    let layout = entry.prefixContains("\"chats\"") ? Self.fullLayout : Self.chatLayout
    let named = entry.name == "result.json"
    return Recognition(
      platform: .telegram, role: Role.chat, confidence: named ? 90 : 80, layout: layout)
  }

  private func recognizeHTML(_ entry: ExportEntry) -> Recognition? {
    guard Self.isMessagesPage(entry.name), entry.looksLikeHTML,
      entry.prefixContains("page_wrap") || entry.prefixContains("Exported Data")
    else { return nil }
    return Recognition(
      platform: .telegram, role: Role.htmlChat, confidence: 90, layout: Self.htmlLayout)
  }

  /// `messages.html`, `messages2.html`, …
  static func isMessagesPage(_ name: String) -> Bool {
    guard name.hasPrefix("messages"), name.hasSuffix(".html") else { return false }
    let middle = name.dropFirst("messages".count).dropLast(".html".count)
    return middle.allSatisfy(\.isASCII) && middle.allSatisfy(\.isNumber)
  }

  public func read(
    _ entry: ExportEntry, as role: Role, options: ImportOptions, into sink: inout FileSink
  ) {
    switch role {
    case .htmlChat:
      if TelegramHTMLReader.isReadWithFirstPage(entry) {
        sink.describe(as: "chat page (read with messages.html)")
        sink.read(records: TelegramHTMLReader.countBlocks(entry))
        return
      }
      TelegramHTMLReader(zone: options.timeZone.map(ZoneOffsets.init)).read(entry, into: &sink)
    case .accountExport, .chat:
      TelegramJSONFile(timeZone: options.timeZone).read(entry, into: &sink)
    }
  }

  public func finalize(_ graph: inout InteractionGraph, options: ImportOptions) {
    // Without a profile, `--me`, a one-to-one chat id or a call direction: the one sender
    // common to every one-to-one chat, the chat's partner set aside.
    guard !OwnerInference.isKnown(graph, on: [.telegram]) else { return }
    let candidates = OwnerInference.writersOfOneToOneChats(
      graph, platform: .telegram, needsBothSides: true)
    guard graph.threads.contains(where: { $0.platform == .telegram }) else { return }
    OwnerInference.settle(
      candidates, in: &graph,
      path: graph.files.first { $0.platform == .telegram }?.path ?? "telegram"
    ) { "cannot tell which Telegram sender is you\($0); pass --me NAME" }
  }
}
