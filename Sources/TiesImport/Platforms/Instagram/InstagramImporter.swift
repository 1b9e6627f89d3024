import Foundation
import TiesCore

/// Instagram's "Download your information" in JSON, every layout era of formats/meta.md §3.
public struct InstagramImporter: PlatformImporter {
  public let platform = Platform.instagram
  public var exportFolders: Set<String> {
    ["followers_and_following", "your_instagram_activity", "connections"]
  }

  public init() {}

  public func recognize(_ entry: ExportEntry, in context: ExportContext) -> Recognition? {
    if entry.looksLikeHTML {
      return InstagramHTML.recognize(entry, in: context)
    }
    guard entry.fileExtension == "json" else { return nil }
    let name = entry.name
    if name == "personal_information.json", entry.prefixContains("profile_user") {
      return Recognition(platform: .instagram, role: "profile", confidence: 95)
    }
    if name == "profile.json", entry.prefixContains("\"username\"") {
      return Recognition(
        platform: .instagram, role: "profile", confidence: 60, layout: InstagramLayout.legacy)
    }
    if name == "connections.json",
      entry.prefixContains("\"followers\"") || entry.prefixContains("\"following\"")
    {
      return Recognition(
        platform: .instagram, role: "connections", confidence: 85,
        layout: InstagramLayout.legacy)
    }
    if name == "messages.json", entry.prefixContains("\"conversation\"") {
      return Recognition(
        platform: .instagram, role: "legacy messages", confidence: 85,
        layout: InstagramLayout.legacy)
    }
    if let role = InstagramRelationshipFile.role(forFileName: name) {
      let inFolder = entry.folders.contains("followers_and_following")
      let looksRight =
        entry.prefixContains("string_list_data") || entry.prefixContains("relationships_")
        || entry.prefixContains("label_values")
      guard inFolder || looksRight else { return nil }
      return Recognition(
        platform: .instagram, role: role.rawValue, confidence: looksRight ? 90 : 45)
    }
    if InstagramMessages.isPageName(name), entry.folders.count >= 2 {
      let section = entry.folders[entry.folders.endIndex - 2]
      guard section == "inbox" || section == "message_requests" else { return nil }
      // Linked accounts put Instagram folders into Facebook exports: a Facebook root in the
      // path wins over an Instagram folder elsewhere in the input.
      let instagram =
        entry.folders.contains("your_instagram_activity")
        || (context.hasFolder("followers_and_following", besides: entry)
          && FacebookLayout.messageRoots.isDisjoint(with: entry.folders))
      guard instagram,
        entry.prefixContains("\"participants\"") || entry.prefixContains("\"messages\"")
      else {
        return nil
      }
      return Recognition(platform: .instagram, role: "messages", confidence: 90)
    }
    return nil
  }

  public func importFile(_ entry: ExportEntry, as recognition: Recognition, options: ImportOptions)
    -> InteractionGraph
  {
    var graph = InteractionGraph()
    let fileIndex = graph.addFile(for: entry, as: recognition)
    let context = InstagramFileContext(entry: entry, fileIndex: fileIndex)
    if InstagramHTML.read(
      entry, as: recognition, fileIndex: fileIndex, options: options, into: &graph)
    {
      return graph
    }
    if recognition.role == "messages" {
      guard let data = JSONFile.bytes(entry, fileIndex: fileIndex, into: &graph) else {
        return graph
      }
      data.withUnsafeBytes { raw in
        InstagramMessages.readPage(raw.bindMemory(to: UInt8.self), context: context, into: &graph)
      }
      return graph
    }
    guard let document = JSONFile.load(entry, fileIndex: fileIndex, into: &graph) else {
      return graph
    }
    switch recognition.role {
    case "profile":
      InstagramProfile.read(document, context: context, into: &graph)
    case "connections":
      InstagramRelationshipFile.readLegacy(document, context: context, into: &graph)
    case "legacy messages":
      InstagramMessages.readLegacy(document, context: context, into: &graph)
    default:
      if let role = InstagramRelationshipFile.Role(rawValue: recognition.role) {
        InstagramRelationshipFile.read(document, role: role, context: context, into: &graph)
      }
    }
    return graph
  }

  public func finalize(_ graph: inout InteractionGraph, options: ImportOptions) {
    InstagramFinalizer.run(&graph)
  }
}

/// The file being read, for provenance and messages.
struct InstagramFileContext {
  let entry: ExportEntry
  let fileIndex: Int
}

/// The layout eras of Instagram exports, as the report names them.
enum InstagramLayout {
  static let legacy = "2018–2020: connections.json and messages.json"
  static let wrapped = "2021–2022: relationships_* wrapper objects"
  static let bareArrays = "2023–2024: bare follower arrays"
  static let titleRecords = "2025+: title records with /_u/ links"
}
