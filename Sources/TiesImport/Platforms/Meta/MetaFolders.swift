/// Where Meta's downloads keep their threads, and the folders that tell a Facebook download
/// from an Instagram one (formats/meta.md §2.1, §3): Facebook, Instagram and Messenger all
/// ask, since linked accounts put one's folders into the other's download.
enum MetaFolders {
  /// Folders of a Facebook download that hold message threads, in every era.
  static let facebookMessageRoots: Set<String> = [
    "your_activity_across_facebook", "your_facebook_activity",
    "this_profile's_activity_across_facebook",
  ]
  /// Sections of a Facebook messages folder that hold threads.
  static let facebookSections: Set<String> = [
    "inbox", "archived_threads", "filtered_threads", "message_requests", "e2ee_cutover",
  ]
  /// Folders only a Facebook download has.
  static let facebookMarkers: Set<String> = facebookMessageRoots.union([
    "friends_and_followers", "following_and_followers", "profile_information", "friends",
  ])

  /// Whether a path lies in one of the Facebook thread sections (`…/inbox/<thread>/`).
  static func inFacebookSection(_ folders: ArraySlice<String>) -> Bool {
    folders.count >= 2 && facebookSections.contains(folders[folders.endIndex - 2])
  }

  /// `message_1.json`, `message_2.json`, … and 2018's `message.json`: one page of a thread.
  static func isThreadPage(_ name: String) -> Bool {
    guard name.hasPrefix("message"), name.hasSuffix(".json") else { return false }
    let middle = name.dropFirst("message".count).dropLast(".json".count)
    if middle.isEmpty { return true }  // 2018: message.json
    guard middle.first == "_" else { return false }
    let digits = middle.dropFirst()
    return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
  }

  /// `https://www.instagram.com/_u/name` and `https://www.instagram.com/name/` → `name`:
  /// the username in a profile link, as Instagram's lists and HTML pages carry it.
  static func handle(fromURL url: String) -> String? {
    let parts = url.split(separator: "/").filter { !$0.isEmpty && $0 != "_u" }
    guard let last = parts.last, !last.contains("."), !last.hasPrefix("http") else { return nil }
    return String(last.split(separator: "?").first ?? last)
  }
}
