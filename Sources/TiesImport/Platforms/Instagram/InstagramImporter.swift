import Foundation
import TiesCore

/// Instagram's "Download your information" in JSON, every layout era of formats/meta.md §3.
public struct InstagramImporter: PlatformImporter {
  public let platform = Platform.instagram
  public var exportFolders: Set<String> {
    ["followers_and_following", "your_instagram_activity", "connections"]
  }

  public init() {}

  public enum Role: FileRole {
    case profile
    /// The 2018–2020 `connections.json`, every list in one file.
    case connections
    /// The 2018–2020 `messages.json`.
    case legacyMessages
    /// One `message_N.json` page of a thread.
    case messages
    /// One relationship list of 2021 or later.
    case list(InstagramList)
    case messagesHTML
    case linksHTML(InstagramList)

    public var label: String {
      switch self {
      case .profile: "profile"
      case .connections: "connections"
      case .legacyMessages: "legacy messages"
      case .messages: "messages"
      case .list(let list): list.rawValue
      case .messagesHTML: "messages-html"
      case .linksHTML: "links-html"
      }
    }
  }

  public func recognize(_ entry: ExportEntry, in context: ExportContext) -> Recognition? {
    if entry.looksLikeHTML {
      return InstagramHTML.recognize(entry, in: context)
    }
    guard entry.fileExtension == "json" else { return nil }
    let name = entry.name
    if name == "personal_information.json", entry.prefixContains("profile_user") {
      return Recognition(platform: .instagram, role: Role.profile, confidence: 95)
    }
    if name == "profile.json", entry.prefixContains("\"username\"") {
      return Recognition(
        platform: .instagram, role: Role.profile, confidence: 60, layout: InstagramLayout.legacy)
    }
    if name == "connections.json",
      entry.prefixContains("\"followers\"") || entry.prefixContains("\"following\"")
    {
      return Recognition(
        platform: .instagram, role: Role.connections, confidence: 85,
        layout: InstagramLayout.legacy)
    }
    if name == "messages.json", entry.prefixContains("\"conversation\"") {
      return Recognition(
        platform: .instagram, role: Role.legacyMessages, confidence: 85,
        layout: InstagramLayout.legacy)
    }
    if let role = InstagramRelationshipFile.role(forFileName: name) {
      let inFolder = entry.folders.contains("followers_and_following")
      let looksRight =
        entry.prefixContains("string_list_data") || entry.prefixContains("relationships_")
        || entry.prefixContains("label_values")
      guard inFolder || looksRight else { return nil }
      return Recognition(
        platform: .instagram, role: Role.list(role), confidence: looksRight ? 90 : 45)
    }
    if MetaFolders.isThreadPage(name), entry.folders.count >= 2 {
      let section = entry.folders[entry.folders.endIndex - 2]
      guard section == "inbox" || section == "message_requests" else { return nil }
      // Linked accounts put Instagram folders into Facebook exports: a Facebook root in the
      // path wins over an Instagram folder elsewhere in the input.
      let instagram =
        entry.folders.contains("your_instagram_activity")
        || (context.hasFolder("followers_and_following", besides: entry)
          && MetaFolders.facebookMessageRoots.isDisjoint(with: entry.folders))
      guard instagram,
        entry.prefixContains("\"participants\"") || entry.prefixContains("\"messages\"")
      else {
        return nil
      }
      return Recognition(platform: .instagram, role: Role.messages, confidence: 90)
    }
    return nil
  }

  public func read(
    _ entry: ExportEntry, as role: Role, options: ImportOptions, into sink: inout FileSink
  ) {
    switch role {
    case .messagesHTML:
      MetaHTMLReader.readThread(
        entry, platform: .instagram, at: MetaThreadLocation(instagram: entry), options: options,
        into: &sink)
    case .linksHTML(let list):
      let (kind, direction) = list.link
      MetaHTMLReader.readLinks(
        entry, platform: .instagram, kind, direction, usernames: true, options: options,
        into: &sink)
    case .messages:
      // Mapped: the page is scanned in place, not copied into memory first.
      JSONFile.mapped(entry, into: &sink) { bytes, _, sink in
        InstagramMessages.readPage(bytes, entry: entry, into: &sink)
      }
    case .profile:
      if let document = JSONFile.load(entry, into: &sink) {
        InstagramProfile.read(document, into: &sink)
      }
    case .connections:
      if let document = JSONFile.load(entry, into: &sink) {
        InstagramRelationshipFile.readLegacy(document, into: &sink)
      }
    case .legacyMessages:
      if let document = JSONFile.load(entry, into: &sink) {
        InstagramMessages.readLegacy(document, into: &sink)
      }
    case .list(let list):
      if let document = JSONFile.load(entry, into: &sink) {
        InstagramRelationshipFile.read(document, role: list, into: &sink)
      }
    }
  }

  public func finalize(_ graph: inout InteractionGraph, options: ImportOptions) {
    InstagramFinalizer.run(&graph)
  }
}

/// The layout eras of Instagram exports, as the report names them.
enum InstagramLayout {
  static let legacy = "2018–2020: connections.json and messages.json"
  static let wrapped = "2021–2022: relationships_* wrapper objects"
  static let bareArrays = "2023–2024: bare follower arrays"
  static let titleRecords = "2025+: title records with /_u/ links"
}
