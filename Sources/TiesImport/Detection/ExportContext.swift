/// What recognizers may know beyond one file: the folder names present in each input, so
/// that a file's meaning can depend on its siblings (an Instagram `messages/` folder sits
/// beside `followers_and_following/`).
public struct ExportContext: Sendable {
  private var folders: [Int: Set<String>] = [:]

  public init(_ entries: [ExportEntry]) {
    for entry in entries {
      folders[entry.input, default: []].formUnion(entry.folders)
    }
  }

  /// Whether a folder of this name exists anywhere in the entry's input.
  public func hasFolder(_ name: String, besides entry: ExportEntry) -> Bool {
    folders[entry.input]?.contains(name) ?? false
  }
}
