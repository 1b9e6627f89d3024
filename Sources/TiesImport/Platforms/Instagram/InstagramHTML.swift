import TiesCore

/// Instagram's HTML download (formats/meta.md §3.4): relationship pages and DM threads.
enum InstagramHTML {
  static let layout = "HTML download"

  static func recognize(_ entry: ExportEntry, in context: ExportContext) -> Recognition? {
    guard entry.looksLikeHTML else { return nil }
    let folders = entry.folders
    let stem = entry.stem
    if folders.contains("followers_and_following"),
      let role = InstagramRelationshipFile.role(forFileName: stem + ".json")
    {
      return Recognition(
        platform: .instagram, role: InstagramImporter.Role.linksHTML(role), confidence: 85,
        layout: layout)
    }
    if folders.count >= 2, ["inbox", "message_requests"].contains(folders[folders.endIndex - 2]),
      stem == "message" || stem.hasPrefix("message_"),
      folders.contains("your_instagram_activity")
        || (context.hasFolder("followers_and_following", besides: entry)
          && !MetaFolders.facebookMarkers.contains { context.hasFolder($0, besides: entry) })
    {
      return Recognition(
        platform: .instagram, role: InstagramImporter.Role.messagesHTML, confidence: 90,
        layout: layout)
    }
    return nil
  }
}
