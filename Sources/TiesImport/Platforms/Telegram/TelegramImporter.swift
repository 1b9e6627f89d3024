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
        platform: .telegram, role: "account export", confidence: 90, layout: Self.fullLayout)
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
      platform: .telegram, role: "chat", confidence: named ? 90 : 80, layout: layout)
  }

  private func recognizeHTML(_ entry: ExportEntry) -> Recognition? {
    guard Self.isMessagesPage(entry.name), entry.looksLikeHTML,
      entry.prefixContains("page_wrap") || entry.prefixContains("Exported Data")
    else { return nil }
    return Recognition(platform: .telegram, role: "chat", confidence: 90, layout: Self.htmlLayout)
  }

  /// `messages.html`, `messages2.html`, …
  static func isMessagesPage(_ name: String) -> Bool {
    guard name.hasPrefix("messages"), name.hasSuffix(".html") else { return false }
    let middle = name.dropFirst("messages".count).dropLast(".html".count)
    return middle.allSatisfy(\.isASCII) && middle.allSatisfy(\.isNumber)
  }

  public func importFile(_ entry: ExportEntry, as recognition: Recognition, options: ImportOptions)
    -> InteractionGraph
  {
    var graph = InteractionGraph()
    let fileIndex = graph.addFile(for: entry, as: recognition)
    let zone = options.timeZone.map(ZoneOffsets.init)
    if recognition.layout == Self.htmlLayout {
      if TelegramHTMLReader.isReadWithFirstPage(entry) {
        graph.files[fileIndex].role = "chat page (read with messages.html)"
        graph.files[fileIndex].records = TelegramHTMLReader.countBlocks(entry)
        return graph
      }
      return TelegramHTMLReader(entry: entry, fileIndex: fileIndex, zone: zone).read(into: graph)
    }
    if entry.archive != nil {
      // A zip member is inflated into memory, within the size its archive declares.
      guard let data = JSONFile.bytes(entry, fileIndex: fileIndex, into: &graph) else {
        return graph
      }
      var reader = TelegramJSONReader(
        path: entry.displayPath, fileIndex: fileIndex, timeZone: options.timeZone, release: nil,
        graph: graph)
      data.withUnsafeBytes { reader.read($0.bindMemory(to: UInt8.self)) }
      return reader.graph
    }
    let file: MappedFile
    do {
      file = try MappedFile(path: entry.path)
    } catch {
      graph.fail(fileIndex, path: entry.displayPath, offset: nil, reason: "\(error)")
      return graph
    }
    var reader = TelegramJSONReader(
      path: entry.displayPath, fileIndex: fileIndex, timeZone: options.timeZone,
      release: { file.release(before: $0) }, cursor: { file.cursor(from: $0) }, graph: graph)
    reader.read(file.bytes)
    return withExtendedLifetime(file) { reader.graph }
  }

  public func finalize(_ graph: inout InteractionGraph, options: ImportOptions) {
    TelegramOwnerInference.infer(&graph)
  }
}
