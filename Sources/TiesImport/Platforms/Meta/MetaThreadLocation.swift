import TiesCore

/// Where a Meta thread page sits, and so which thread it belongs to: shared by the JSON and
/// HTML readers of Facebook and Instagram, so that both variants of one export key their
/// threads alike.
struct MetaThreadLocation {
  /// The thread's folder (`bobstone_123`), or the file name outside an export tree.
  let folder: String
  /// The platform the thread counts under: Messenger for `e2ee_cutover` histories.
  let platform: Platform
  /// `section/folder`; nil keys the thread by its members, so that the cut-over history
  /// meets Messenger's own encrypted download of the same chat.
  let key: String?

  /// Facebook: threads in one of the five sections of any root, or a lone file.
  init(facebook entry: ExportEntry) {
    let folders = entry.folders
    let inTree =
      MetaFolders.inFacebookSection(folders)
    let section = inTree ? folders[folders.endIndex - 2] : "file"
    folder = inTree ? (folders.last ?? entry.name) : entry.name
    let cutover = section == "e2ee_cutover"
    platform = cutover ? .messenger : .facebook
    key = cutover ? nil : (inTree ? "\(section)/\(folder)" : entry.displayPath)
  }

  /// Instagram: threads in `inbox` or `message_requests`.
  init(instagram entry: ExportEntry) {
    let folders = entry.folders
    folder = folders.last ?? entry.name
    let section = folders.count >= 2 ? folders[folders.endIndex - 2] : "inbox"
    platform = .instagram
    key = "\(section)/\(folder)"
  }
}
