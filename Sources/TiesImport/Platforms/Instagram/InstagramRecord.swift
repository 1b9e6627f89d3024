import TiesCore

/// One person in a relationship list, whichever record style carries them.
struct InstagramRecord {
  var username: String
  var fullName: String?
  var time: Int64?
  /// The 2025+ style: the username in `title`, the link through `/_u/`.
  var titleStyle: Bool

  /// Username from `string_list_data[0].value`, else a non-empty `title`, else the last
  /// component of `href` without `/_u/`, else a `Username` label (formats/meta.md §3.2).
  static func person(_ record: JSONValue) -> InstagramRecord? {
    let item = record["string_list_data"]?.array?.first
    var time = item?["timestamp"]?.int64 ?? record["timestamp"]?.int64
    var fullName: String?
    var titleStyle = false
    var username = item?["value"]?.string.map(MetaText.repair)
    if username?.isEmpty ?? true, let title = record["title"]?.string, !title.isEmpty {
      username = MetaText.repair(title)
      titleStyle = true
    }
    if username?.isEmpty ?? true, let href = item?["href"]?.string {
      username = MetaFolders.handle(fromURL: href)
    }
    if let labels = record["label_values"]?.array {
      for label in labels {
        switch label["label"]?.string {
        case "Username":
          if username?.isEmpty ?? true { username = label["value"]?.string.map(MetaText.repair) }
        case "Name":
          fullName = label["value"]?.string.map(MetaText.repair)
        default:
          if time == nil { time = label["timestamp_value"]?.int64 }
        }
      }
    }
    if let href = item?["href"]?.string, href.contains("/_u/") { titleStyle = true }
    guard let name = username?.trimmingWhitespace(), !name.isEmpty else { return nil }
    return InstagramRecord(
      username: name.lowercased(), fullName: fullName, time: time, titleStyle: titleStyle)
  }
}
