import Foundation
import TiesCore

/// Facebook's "Download your information" in JSON, every era of formats/meta.md §2.
public struct FacebookImporter: PlatformImporter {
  public let platform = Platform.facebook

  public init() {}

  public func recognize(_ entry: ExportEntry, in context: ExportContext) -> Recognition? {
    guard entry.fileExtension == "json" else { return nil }
    let head = entry.prefixText
    let era = FacebookLayout.era(of: entry.folders)
    if entry.name == "profile_information.json", head.contains("\"profile") {
      return Recognition(platform: .facebook, role: "profile", confidence: 90, layout: era)
    }
    if FacebookRelationships.opensWithList(head), !head.contains("string_list_data") {
      return Recognition(platform: .facebook, role: "relationships", confidence: 80, layout: era)
    }
    let thread =
      head.contains("\"participants\"")
      && (head.contains("\"messages\"") || head.contains("sender_name"))
    guard thread || (head.contains("\"sender_name\"") && head.contains("\"timestamp_ms\"")) else {
      return nil
    }
    let folders = entry.folders
    if folders.count >= 2, FacebookLayout.sections.contains(folders[folders.endIndex - 2]),
      InstagramMessages.isPageName(entry.name)
    {
      let facebook =
        !FacebookLayout.messageRoots.isDisjoint(with: folders)
        || FacebookLayout.markers.contains { context.hasFolder($0, besides: entry) }
      return Recognition(
        platform: .facebook, role: "messages", confidence: facebook ? 85 : 50, layout: era)
    }
    // A thread file on its own, outside any export tree (other tools' test files, a file
    // someone saved): the shared Meta schema, read as Messenger's.
    if head.contains("sender_name") {
      return Recognition(platform: .facebook, role: "messages", confidence: 40, layout: era)
    }
    return nil
  }

  public func importFile(_ entry: ExportEntry, as recognition: Recognition, options: ImportOptions)
    -> InteractionGraph
  {
    var graph = InteractionGraph()
    let fileIndex = graph.addFile(
      SourceFile(path: entry.displayPath, platform: .facebook, role: recognition.role))
    if let layout = recognition.layout { graph.addLayout(layout, for: .facebook) }
    guard let document = JSONFile.load(entry, fileIndex: fileIndex, into: &graph) else {
      return graph
    }
    switch recognition.role {
    case "profile":
      FacebookProfile.read(document, fileIndex: fileIndex, path: entry.displayPath, into: &graph)
    case "relationships":
      FacebookRelationships.read(
        document, fileIndex: fileIndex, path: entry.displayPath, into: &graph)
    default:
      readThread(document, entry: entry, fileIndex: fileIndex, into: &graph)
    }
    return graph
  }

  private func readThread(
    _ document: JSONValue, entry: ExportEntry, fileIndex: Int, into graph: inout InteractionGraph
  ) {
    let folders = entry.folders
    let inTree =
      folders.count >= 2 && FacebookLayout.sections.contains(folders[folders.endIndex - 2])
    let folder = inTree ? (folders.last ?? entry.name) : entry.name
    let section = inTree ? folders[folders.endIndex - 2] : "file"
    var key = inTree ? "\(section)/\(folder)" : entry.displayPath
    var threadPlatform = Platform.facebook
    if section == "e2ee_cutover" {
      // The history before a chat turned end-to-end encrypted; the rest is in Messenger's
      // own download. Both are keyed by their members so that they meet as one thread.
      threadPlatform = .messenger
      key = MessengerThreadKey.key(
        document["participants"]?.array?.compactMap {
          ($0["name"]?.string ?? $0.string).map(MetaText.repair)
        } ?? [])
    }
    MetaThreadReader(
      platform: .facebook, threadPlatform: threadPlatform, threadKey: key, folder: folder,
      fileIndex: fileIndex, path: entry.displayPath
    ).read(document, into: &graph)
  }

  public func finalize(_ graph: inout InteractionGraph, options: ImportOptions) {
    MetaOwner.markByName(&graph, platforms: [.facebook])
    MetaOwner.inferFromThreads(&graph, platforms: [.facebook, .messenger], label: "Facebook")
    MetaNameSplitter.split(&graph, platforms: [.facebook, .messenger])
  }
}
