import TiesCore

/// One platform's reader: recognizes its files, reads each on its own, and finishes with
/// whatever needs the whole run (the owner, links between files).
///
/// The contract: a platform declares its file roles as an enum (`Role`), claims files with
/// one of them in `recognize`, and reads a claimed file in `read`, which switches on the
/// role exhaustively and hands the file to one reader. What a reader finds goes into the
/// `FileSink` as records; how the file fared goes through the sink's outcome API.
public protocol PlatformImporter: Sendable {
  /// The kinds of file this platform's export holds.
  associatedtype Role: FileRole

  var platform: Platform { get }

  /// Folder names only this platform's export has: a top folder holding one is an export of
  /// its own, so that exports side by side in one input do not see each other's folders.
  var exportFolders: Set<String> { get }

  /// A claim on the file, from its name, its folders, its first bytes and the folders
  /// beside it in the same input; never reads more. The claim's role is a `Role`.
  func recognize(_ entry: ExportEntry, in context: ExportContext) -> Recognition?

  /// Reads one claimed file into its sink. Problems become diagnostics and the file's
  /// status; nothing is thrown, so one bad file never stops a run.
  func read(_ entry: ExportEntry, as role: Role, options: ImportOptions, into sink: inout FileSink)

  /// Runs once on the merged graph of the whole run.
  func finalize(_ graph: inout InteractionGraph, options: ImportOptions)
}

extension PlatformImporter {
  public var exportFolders: Set<String> { [] }

  public func finalize(_ graph: inout InteractionGraph, options: ImportOptions) {}

  /// Reads a file this importer claimed into a graph of its own.
  public func importFile(_ entry: ExportEntry, as recognition: Recognition, options: ImportOptions)
    -> InteractionGraph
  {
    guard let role = recognition.role as? Role else {
      // Detection hands a file only to the importer whose claim won.
      preconditionFailure("\(platform) was handed a \(recognition.platform) file")
    }
    var sink = FileSink(entry, as: recognition, spillAfter: options.spillAfter)
    read(entry, as: role, options: options, into: &sink)
    return sink.finish()
  }
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
