/// How far a file was read.
public enum FileStatus: String, Sendable, Hashable, Codable {
  case read
  case partial
  case skipped
}

/// One file seen by a run, with what became of it.
public struct SourceFile: Sendable, Hashable {
  /// The path as given on the command line joined with the path inside the export.
  public var path: String
  public var platform: Platform?
  /// What the file holds for the importer ("followers", "messages", "chat", ...).
  public var role: String
  /// A call log (an SMS backup's `calls-*.xml`): calls are known for its platform even when
  /// it holds none that were answered.
  public var isCallLog: Bool
  public var records: Int
  public var status: FileStatus
  public var reason: String?
  /// Per-line accounting, for files read line by line (chat text exports).
  public var lineCounts: LineCounts?

  public init(
    path: String, platform: Platform?, role: String, isCallLog: Bool = false, records: Int = 0,
    status: FileStatus = .read, reason: String? = nil
  ) {
    self.isCallLog = isCallLog
    self.path = path
    self.platform = platform
    self.role = role
    self.records = records
    self.status = status
    self.reason = reason
  }
}
