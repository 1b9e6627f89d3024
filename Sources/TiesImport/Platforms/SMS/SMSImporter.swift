import TiesCore

/// Android "SMS Backup & Restore" (SyncTech) backups: `sms-*.xml` with texts and MMS,
/// `calls-*.xml` with the call log (formats/others.md §7).
public struct SMSImporter: PlatformImporter {
  public let platform = Platform.sms

  public init() {}

  public enum Role: FileRole {
    case messages
    case calls

    public var label: String {
      switch self {
      case .messages: "messages"
      case .calls: "call log"
      }
    }

    public var isCallLog: Bool { self == .calls }
  }

  public func recognize(_ entry: ExportEntry, in context: ExportContext) -> Recognition? {
    guard entry.fileExtension == "xml" || entry.fileExtension == "txt" else { return nil }
    let text = entry.prefixText.drop { $0.isWhitespace }
    guard text.hasPrefix("<") else { return nil }
    if entry.prefixContains("<smses") {
      return Recognition(
        platform: .sms, role: Role.messages, confidence: 90, layout: "SMS Backup & Restore messages"
      )
    }
    if entry.prefixContains("<calls") && entry.prefixContains("<call ") {
      return Recognition(
        platform: .sms, role: Role.calls, confidence: 90, layout: "SMS Backup & Restore calls")
    }
    return nil
  }

  /// Both roles are one XML dialect, told apart by element while reading.
  public func read(
    _ entry: ExportEntry, as role: Role, options: ImportOptions, into sink: inout FileSink
  ) {
    var reader = SMSBackupReader()
    var truncatedAt: Int?
    do {
      var scanner = try SMSXMLScanner(entry: entry)
      try reader.read(&scanner)
      truncatedAt = scanner.truncatedAt
    } catch {
      sink.brokeOff(
        keptRecords: !reader.backup.records.isEmpty, "\(error)",
        Diagnostic(.error, path: entry.displayPath, message: "\(error)"))
    }
    if let truncatedAt {
      sink.partial(
        "cut short",
        Diagnostic(
          .error, path: entry.displayPath, offset: truncatedAt,
          message: "the file ends inside a tag: it was cut short; read up to there"))
    }
    var builder = SMSGraphBuilder(
      backup: reader.take(), entry: entry, fileIndex: sink.file, options: options)
    builder.build(into: &sink)
  }
}
