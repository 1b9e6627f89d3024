/// A conversation container: a chat, a DM thread, a call log.
public struct ChatThread: Sendable, Hashable {
  public var platform: Platform
  /// Unique within the platform (a folder name, a file path).
  public var key: String
  public var title: String
  public var isGroup: Bool
  /// Identity indices of the members known to the export, owner included when known.
  public var participants: [Int]
  /// The identity a one-to-one thread is named after: the other person, as the exporter
  /// saved them. Nil for groups and when the name matches no participant.
  public var namedAfter: Int?
  /// The export holds only the owner's messages of this thread (a Discord data package):
  /// the others' silence in it is missing data, not silence.
  public var onlyOwnerMessages: Bool
  public var source: SourceRef

  public init(
    platform: Platform, key: String, title: String, isGroup: Bool, participants: [Int],
    namedAfter: Int? = nil, onlyOwnerMessages: Bool = false, source: SourceRef
  ) {
    self.namedAfter = namedAfter
    self.onlyOwnerMessages = onlyOwnerMessages
    self.platform = platform
    self.key = key
    self.title = title
    self.isGroup = isGroup
    self.participants = participants
    self.source = source
  }
}
