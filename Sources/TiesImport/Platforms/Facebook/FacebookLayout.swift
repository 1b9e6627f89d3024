/// Where Facebook keeps things, across the renames of its export (formats/meta.md §2.1).
enum FacebookLayout {
  static let era2018 = "2018–2019: friends/ and following_and_followers/"
  static let era2020 = "2020–2022: friends_and_followers/ with _v2 keys"
  static let era2023 = "2023–2024: connections/ and your_activity_across_facebook/"
  static let era2024 = "2024+: your_facebook_activity/"

  /// The era a path tells, if any.
  static func era(of folders: ArraySlice<String>) -> String? {
    if folders.contains("your_facebook_activity") { return era2024 }
    if folders.contains("your_activity_across_facebook") { return era2023 }
    if folders.contains("friends_and_followers") { return era2020 }
    if folders.contains("following_and_followers") { return era2018 }
    if folders.first == "friends" || folders.contains("friends") && !folders.contains("connections")
    {
      return era2018
    }
    return nil
  }
}
