/// The span one source of a run covers, as the analysis judges people against it: where it
/// starts, where it ends, and whether that end is the source's own (DESIGN §3, status).
public struct SourceCoverage: Sendable, Hashable {
  /// How a source's end is known.
  public enum EndKind: String, Sendable, Hashable {
    /// The source says when it was made: an SMS backup's date, a date-limited download.
    case declared
    /// A whole-account export ends at its last record: silence before it is real silence.
    case lastRecord = "last-record"
    /// An export of single chats (WhatsApp) ends where each chat happened to end: it has no
    /// end of its own, so silence at its end cannot be told from the end of the export.
    case none
  }

  public var platform: Platform
  public var start: Int64?
  public var end: Int64?
  public var endKind: EndKind
  /// Whether the source has a call log: without one, calls are missing, not zero.
  public var hasCallLog: Bool

  public init(
    platform: Platform, start: Int64?, end: Int64?, endKind: EndKind, hasCallLog: Bool
  ) {
    self.platform = platform
    self.start = start
    self.end = end
    self.endKind = endKind
    self.hasCallLog = hasCallLog
  }

  /// Whether the source's end can measure silence.
  public var hasOwnEnd: Bool { endKind != .none && end != nil }
}
