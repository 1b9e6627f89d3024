/// What recognizers may know beyond one file: the folder names present around it, so that a
/// file's meaning can depend on its siblings (an Instagram `messages/` folder sits beside
/// `followers_and_following/`).
///
/// Several exports often sit side by side in one input folder (`downloads/facebook/`,
/// `downloads/instagram/`): folders are looked up first within the entry's own top folder,
/// and in the whole input only when that top folder is not an export of its own.
public struct ExportContext: Sendable {
  private struct Group: Hashable {
    var input: Int
    var top: String
  }

  private var byInput: [Int: Set<String>] = [:]
  private var byGroup: [Group: Set<String>] = [:]

  /// Folder names that make a top folder an export of its own; each platform names its own.
  static var exportMarkers: Set<String> { PlatformRegistry.exportFolders }

  public init(_ entries: [ExportEntry]) {
    for entry in entries {
      byInput[entry.input, default: []].formUnion(entry.folders)
      if entry.components.count >= 2 {
        byGroup[Group(input: entry.input, top: entry.components[0]), default: []].formUnion(
          entry.folders)
      }
    }
  }

  /// Whether a folder of this name exists around the entry.
  public func hasFolder(_ name: String, besides entry: ExportEntry) -> Bool {
    if entry.components.count >= 2,
      let group = byGroup[Group(input: entry.input, top: entry.components[0])],
      !group.isDisjoint(with: Self.exportMarkers)
    {
      return group.contains(name)
    }
    return byInput[entry.input]?.contains(name) ?? false
  }
}
