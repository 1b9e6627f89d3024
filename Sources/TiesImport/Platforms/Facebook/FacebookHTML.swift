import TiesCore

/// Facebook's HTML download: the same files as the JSON one, as pages (formats/meta.md §2.4).
enum FacebookHTML {
  static let layout = "HTML download"

  /// Relationship pages by file stem, across the renames of the eras.
  static let lists: [String: (LinkKind, LinkDirection)] = [
    "your_friends": (.friend, .mutual), "friends": (.friend, .mutual),
    "removed_friends": (.removed, .outgoing),
    "received_friend_requests": (.requestReceived, .incoming),
    "friend_requests_received": (.requestReceived, .incoming),
    "sent_friend_requests": (.requestSent, .outgoing),
    "friend_requests_sent": (.requestSent, .outgoing),
    "rejected_friend_requests": (.requestRejected, .incoming),
    "people_who_followed_you": (.follows, .incoming), "followers": (.follows, .incoming),
    "who_you've_followed": (.follows, .outgoing), "who_you_ve_followed": (.follows, .outgoing),
    "following": (.follows, .outgoing),
    "messenger_contacts_you've_blocked": (.blocked, .outgoing),
  ]

  static func recognize(_ entry: ExportEntry, in context: ExportContext) -> Recognition? {
    guard entry.looksLikeHTML else { return nil }
    let folders = entry.folders
    // Instagram's pages carry the same classes: its own folders decide.
    guard !folders.contains("followers_and_following"), !folders.contains("your_instagram_activity")
    else { return nil }
    let facebook =
      !MetaFolders.facebookMessageRoots.isDisjoint(with: folders)
      || MetaFolders.facebookMarkers.contains { context.hasFolder($0, besides: entry) }
    let stem = entry.stem
    if MetaFolders.inFacebookSection(folders),
      stem == "message" || stem.hasPrefix("message_")
    {
      return Recognition(
        platform: .facebook, role: FacebookImporter.Role.messagesHTML,
        confidence: facebook ? 85 : 45, layout: layout)
    }
    if let (kind, direction) = lists[stem],
      facebook || folders.contains("connections") || folders.contains("friends")
    {
      return Recognition(
        platform: .facebook, role: FacebookImporter.Role.linksHTML(kind, direction),
        confidence: 80, layout: layout)
    }
    return nil
  }
}
