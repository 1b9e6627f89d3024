import Foundation
import TiesCore

/// Facebook's "Download your information" in JSON, every era of formats/meta.md §2.
public struct FacebookImporter: PlatformImporter {
  public let platform = Platform.facebook
  public var exportFolders: Set<String> { MetaFolders.facebookMarkers.union(["connections"]) }

  public init() {}

  public enum Role: FileRole {
    case profile
    case relationships
    /// One `message_N.json` page of a thread.
    case messages
    case messagesHTML
    /// A relationship page, with the link its list declares.
    case linksHTML(LinkKind, LinkDirection)

    public var label: String {
      switch self {
      case .profile: "profile"
      case .relationships: "relationships"
      case .messages: "messages"
      case .messagesHTML: "messages-html"
      case .linksHTML: "links-html"
      }
    }
  }

  public func recognize(_ entry: ExportEntry, in context: ExportContext) -> Recognition? {
    if entry.looksLikeHTML {
      return FacebookHTML.recognize(entry, in: context)
    }
    guard entry.fileExtension == "json" else { return nil }
    let era = FacebookLayout.era(of: entry.folders)
    if entry.name == "profile_information.json", entry.prefixContains("\"profile") {
      return Recognition(platform: .facebook, role: Role.profile, confidence: 90, layout: era)
    }
    if FacebookRelationships.opensWithList(entry), !entry.prefixContains("string_list_data") {
      return Recognition(platform: .facebook, role: Role.relationships, confidence: 80, layout: era)
    }
    let folders = entry.folders
    let page =
      MetaFolders.inFacebookSection(folders)
      && MetaFolders.isThreadPage(entry.name)
    // A large group's participant list can fill the first 4 KiB: in a thread folder,
    // "participants" is enough.
    let thread =
      entry.prefixContains("\"participants\"")
      && (page || entry.prefixContains("\"messages\"") || entry.prefixContains("sender_name"))
    guard
      thread
        || (entry.prefixContains("\"sender_name\"") && entry.prefixContains("\"timestamp_ms\""))
    else { return nil }
    if page {
      let facebook =
        !MetaFolders.facebookMessageRoots.isDisjoint(with: folders)
        || MetaFolders.facebookMarkers.contains { context.hasFolder($0, besides: entry) }
      return Recognition(
        platform: .facebook, role: Role.messages, confidence: facebook ? 85 : 50, layout: era)
    }
    // A thread file on its own, outside any export tree (other tools' test files, a file
    // someone saved): the shared Meta schema, read as Messenger's.
    if entry.prefixContains("sender_name") {
      return Recognition(platform: .facebook, role: Role.messages, confidence: 40, layout: era)
    }
    return nil
  }

  public func read(
    _ entry: ExportEntry, as role: Role, options: ImportOptions, into sink: inout FileSink
  ) {
    switch role {
    case .messagesHTML:
      MetaHTMLReader.readThread(
        entry, platform: .facebook, at: MetaThreadLocation(facebook: entry), options: options,
        into: &sink)
    case .linksHTML(let kind, let direction):
      MetaHTMLReader.readLinks(
        entry, platform: .facebook, kind, direction, usernames: false, options: options,
        into: &sink)
    case .messages:
      let location = MetaThreadLocation(facebook: entry)
      let reader = MetaThreadReader(
        platform: .facebook, threadPlatform: location.platform, threadKey: location.key,
        folder: location.folder, fileIndex: sink.file, path: entry.displayPath)
      // Mapped: the page is scanned in place, not copied into memory first.
      JSONFile.mapped(entry, into: &sink) { bytes, _, sink in reader.read(bytes, into: &sink) }
    case .profile:
      if let document = JSONFile.load(entry, into: &sink) {
        FacebookProfile.read(document, into: &sink)
      }
    case .relationships:
      if let document = JSONFile.load(entry, into: &sink) {
        FacebookRelationships.read(document, into: &sink)
      }
    }
  }

  public func finalize(_ graph: inout InteractionGraph, options: ImportOptions) {
    OwnerInference.markByName(&graph, platforms: [.facebook])
    OwnerInference.participantOfEveryThread(
      &graph, platforms: [.facebook, .messenger], label: "Facebook")
    // One one-to-one thread per pair holds within a download, not across the two downloads.
    MetaNameSplitter.split(&graph, platforms: [.facebook])
    MetaNameSplitter.split(&graph, platforms: [.messenger])
  }
}
