import TiesCore

/// One platform's reader: recognizes its files, imports each on its own, and finishes with
/// whatever needs the whole run (the owner, links between files).
public protocol PlatformImporter: Sendable {
  var platform: Platform { get }

  /// Folder names only this platform's export has: a top folder holding one is an export of
  /// its own, so that exports side by side in one input do not see each other's folders.
  var exportFolders: Set<String> { get }

  /// A claim on the file, from its name, its folders, its first bytes and the folders
  /// beside it in the same input; never reads more.
  func recognize(_ entry: ExportEntry, in context: ExportContext) -> Recognition?

  /// Reads one file into a graph of its own. Problems become diagnostics in the graph and
  /// the file's status; nothing is thrown, so one bad file never stops a run.
  func importFile(_ entry: ExportEntry, as recognition: Recognition, options: ImportOptions)
    -> InteractionGraph

  /// Runs once on the merged graph of the whole run.
  func finalize(_ graph: inout InteractionGraph, options: ImportOptions)
}

extension PlatformImporter {
  public var exportFolders: Set<String> { [] }

  public func finalize(_ graph: inout InteractionGraph, options: ImportOptions) {}
}

/// Every platform ties reads. A new platform is a folder under `Platforms/` and a line here.
public enum PlatformRegistry {
  public static let importers: [any PlatformImporter] = [
    FacebookImporter(),
    InstagramImporter(),
    MessengerImporter(),
    WhatsAppImporter(),
    LinkedInImporter(),
    XImporter(),
    DiscordImporter(),
    SMSImporter(),
    GoogleImporter(),
    TelegramImporter(),
    ContactsImporter(),
  ]

  /// Every platform's own export folders, for `ExportContext`.
  static let exportFolders: Set<String> = importers.reduce(into: []) {
    $0.formUnion($1.exportFolders)
  }
}
