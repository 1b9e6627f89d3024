import Foundation
import TiesCore

/// Facebook's "Download your information" in JSON, every era of formats/meta.md §2.
public struct FacebookImporter: PlatformImporter {
  public let platform = Platform.facebook
  public var exportFolders: Set<String> { FacebookLayout.markers.union(["connections"]) }

  public init() {}

  public func recognize(_ entry: ExportEntry, in context: ExportContext) -> Recognition? {
    if entry.looksLikeHTML {
      return FacebookHTML.recognize(entry, in: context)
    }
    guard entry.fileExtension == "json" else { return nil }
    let era = FacebookLayout.era(of: entry.folders)
    if entry.name == "profile_information.json", entry.prefixContains("\"profile") {
      return Recognition(platform: .facebook, role: "profile", confidence: 90, layout: era)
    }
    if FacebookRelationships.opensWithList(entry), !entry.prefixContains("string_list_data") {
      return Recognition(platform: .facebook, role: "relationships", confidence: 80, layout: era)
    }
    let folders = entry.folders
    let page =
      folders.count >= 2 && FacebookLayout.sections.contains(folders[folders.endIndex - 2])
      && InstagramMessages.isPageName(entry.name)
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
        !FacebookLayout.messageRoots.isDisjoint(with: folders)
        || FacebookLayout.markers.contains { context.hasFolder($0, besides: entry) }
      return Recognition(
        platform: .facebook, role: "messages", confidence: facebook ? 85 : 50, layout: era)
    }
    // A thread file on its own, outside any export tree (other tools' test files, a file
    // someone saved): the shared Meta schema, read as Messenger's.
    if entry.prefixContains("sender_name") {
      return Recognition(platform: .facebook, role: "messages", confidence: 40, layout: era)
    }
    return nil
  }

  public func importFile(_ entry: ExportEntry, as recognition: Recognition, options: ImportOptions)
    -> InteractionGraph
  {
    var graph = InteractionGraph()
    let fileIndex = graph.addFile(for: entry, as: recognition)
    if FacebookHTML.read(
      entry, as: recognition, fileIndex: fileIndex, options: options, into: &graph)
    {
      return graph
    }
    if recognition.role == "messages" {
      guard let data = JSONFile.bytes(entry, fileIndex: fileIndex, into: &graph) else {
        return graph
      }
      data.withUnsafeBytes { raw in
        readThread(raw.bindMemory(to: UInt8.self), entry: entry, fileIndex: fileIndex, into: &graph)
      }
      return graph
    }
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
      break
    }
    return graph
  }

  private func readThread(
    _ bytes: UnsafeBufferPointer<UInt8>, entry: ExportEntry, fileIndex: Int,
    into graph: inout InteractionGraph
  ) {
    let location = MetaThreadLocation(facebook: entry)
    MetaThreadReader(
      platform: .facebook, threadPlatform: location.platform, threadKey: location.key,
      folder: location.folder, fileIndex: fileIndex, path: entry.displayPath
    ).read(bytes, into: &graph)
  }

  public func finalize(_ graph: inout InteractionGraph, options: ImportOptions) {
    MetaOwner.markByName(&graph, platforms: [.facebook])
    MetaOwner.inferFromThreads(&graph, platforms: [.facebook, .messenger], label: "Facebook")
    // One one-to-one thread per pair holds within a download, not across the two downloads.
    MetaNameSplitter.split(&graph, platforms: [.facebook])
    MetaNameSplitter.split(&graph, platforms: [.messenger])
  }
}
