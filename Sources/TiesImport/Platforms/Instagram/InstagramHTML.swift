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
        platform: .instagram, role: "links-html:\(role.rawValue)", confidence: 85, layout: layout)
    }
    if folders.count >= 2, ["inbox", "message_requests"].contains(folders[folders.endIndex - 2]),
      stem == "message" || stem.hasPrefix("message_"),
      folders.contains("your_instagram_activity")
        || (context.hasFolder("followers_and_following", besides: entry)
          && !FacebookLayout.markers.contains { context.hasFolder($0, besides: entry) })
    {
      return Recognition(
        platform: .instagram, role: "messages-html", confidence: 90, layout: layout)
    }
    return nil
  }

  static func read(
    _ entry: ExportEntry, as recognition: Recognition, fileIndex: Int, options: ImportOptions,
    into graph: inout InteractionGraph
  ) -> Bool {
    guard recognition.role == "messages-html" || recognition.role.hasPrefix("links-html:") else {
      return false
    }
    let reader = MetaHTMLReader(
      platform: .instagram, threadPlatform: .instagram, entry: entry, fileIndex: fileIndex,
      zone: options.timeZone)
    if recognition.role == "messages-html" {
      let location = MetaThreadLocation(instagram: entry)
      reader.readThread(threadKey: location.key, folder: location.folder, into: &graph)
    } else if let role = InstagramRelationshipFile.Role(
      rawValue: String(recognition.role.dropFirst("links-html:".count)))
    {
      let (kind, direction) = role.link
      reader.readLinks(kind, direction, usernames: true, into: &graph)
    }
    return true
  }
}
