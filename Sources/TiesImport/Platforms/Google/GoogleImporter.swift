import Foundation
import TiesCore

/// Google Takeout (formats/others.md §6): Contacts vCards, Google Voice call and text pages,
/// Google Chat DMs and spaces, and the legacy Hangouts.json with its calls. Takeout names
/// folders in the account's language, so files are told by their content.
public struct GoogleImporter: PlatformImporter {
  public let platform = Platform.google

  public init() {}

  /// The three files of a Google Chat conversation.
  public enum ChatPart: Sendable, Hashable {
    case messages
    case members
    case user
  }

  public enum Role: FileRole {
    case contacts
    case voice
    case hangouts
    case chat(ChatPart)

    public var label: String {
      switch self {
      case .contacts: "contacts"
      case .voice: "voice"
      case .hangouts: "hangouts"
      case .chat(.messages): "chat messages"
      case .chat(.members): "chat members"
      case .chat(.user): "chat user"
      }
    }
  }

  public func recognize(_ entry: ExportEntry, in context: ExportContext) -> Recognition? {
    switch entry.fileExtension {
    case "vcf", "vcard":
      guard entry.prefixText.drop(while: \.isWhitespace).uppercased().hasPrefix("BEGIN:VCARD")
      else { return nil }
      // A contact card sent by MMS or in a chat is an attachment, not the owner's contacts.
      if Self.isAttachment(entry) { return nil }
      return Recognition(
        platform: .google, role: Role.contacts, confidence: 60, layout: "vCard contacts")
    case "html", "htm":
      guard
        entry.prefixContains("class=\"haudio\"") || entry.prefixContains("class=\"hChatLog")
          || (entry.prefixContains("Google Inc.")
            && (entry.prefixContains(".haudio") || entry.prefixContains(".hChatLog")))
      else { return nil }
      return Recognition(
        platform: .google, role: Role.voice, confidence: 90, layout: "Google Voice pages")
    case "json":
      return recognizeJSON(entry)
    default:
      return nil
    }
  }

  /// Files inside Voice, Chat and Hangouts folders, or named after a Voice page with its
  /// time stamp (`Group Conversation - 2023-04-02T19_00_00Z-1-1.vcf`), are attachments.
  static func isAttachment(_ entry: ExportEntry) -> Bool {
    let folders: Set<String> = ["voice", "calls", "google chat", "groups", "hangouts", "users"]
    if entry.components.dropLast().contains(where: { folders.contains($0.lowercased()) }) {
      return true
    }
    return entry.name.contains(" - Text - ")
      || entry.name.range(
        of: #"\d{4}-\d\d-\d\dT\d\d_\d\d_\d\dZ"#, options: .regularExpression) != nil
  }

  private func recognizeJSON(_ entry: ExportEntry) -> Recognition? {
    if entry.prefixContains("\"conversations\"") || entry.prefixContains("\"conversation_state\"") {
      guard entry.prefixContains("\"conversation_id\"") || entry.prefixContains("\"conversation\"")
      else { return nil }
      return Recognition(
        platform: .google, role: Role.hangouts, confidence: 90, layout: "Hangouts.json")
    }
    if entry.prefixContains("\"messages\"")
      && (entry.prefixContains("\"created_date\"") || entry.prefixContains("\"topic_id\"")
        || entry.prefixContains("\"message_state\"") || entry.prefixContains("\"creator\""))
    {
      return Recognition(
        platform: .google, role: Role.chat(.messages), confidence: 85, layout: "Google Chat")
    }
    if entry.prefixContains("\"members\"") && entry.prefixContains("\"user_type\"") {
      return Recognition(
        platform: .google, role: Role.chat(.members), confidence: 85, layout: "Google Chat")
    }
    if entry.prefixContains("\"user\"") && entry.prefixContains("\"email\"")
      && (entry.prefixContains("\"membership_info\"") || entry.prefixContains("\"user_type\""))
    {
      return Recognition(
        platform: .google, role: Role.chat(.user), confidence: 85, layout: "Google Chat")
    }
    return nil
  }

  public func read(
    _ entry: ExportEntry, as role: Role, options: ImportOptions, into sink: inout FileSink
  ) {
    switch role {
    case .contacts:
      GoogleContactsReader(entry: entry, fileIndex: sink.file, options: options).read(into: &sink)
    case .voice:
      GoogleVoiceReader(entry: entry, fileIndex: sink.file, options: options).read(into: &sink)
    case .hangouts:
      HangoutsReader(entry: entry, fileIndex: sink.file).read(into: &sink)
    case .chat(let part):
      GoogleChatReader(entry: entry, fileIndex: sink.file, part: part).read(into: &sink)
    }
  }

  /// The same contact is in every group file it belongs to ("All Contacts", "My Contacts",
  /// "Starred in Android"): one link per person and kind. Chat without `Users/` has its
  /// owner inferred from the conversations; Hangouts events repeated across files count once.
  public func finalize(_ graph: inout InteractionGraph, options: ImportOptions) {
    GoogleChatOwner.infer(&graph)
    HangoutsReader.dropRepeats(&graph)
    var seen = Set<[Int]>()
    graph.links.removeAll { link in
      guard link.platform == .google else { return false }
      let kind = LinkKind.allCases.firstIndex(of: link.kind) ?? 0
      return !seen.insert([link.identity, kind]).inserted
    }
  }
}
