/// The kind of a declared relation between the owner and someone else.
public enum LinkKind: String, Sendable, Hashable, Comparable, CaseIterable, Codable {
  case follows
  case friend
  case connection
  case contact
  case closeFriend = "close-friend"
  case requestSent = "request-sent"
  case requestReceived = "request-received"
  /// A request the owner declined: they reached out, the owner did not answer in kind.
  case requestRejected = "request-rejected"
  case blocked
  case restricted
  case hiddenStory = "hidden-story"
  case removed
  case unfollowed

  public static func < (lhs: LinkKind, rhs: LinkKind) -> Bool { lhs.rawValue < rhs.rawValue }

  /// Whether the link says the two are currently connected by someone's choice to connect.
  /// Blocks, removals and unfollows are declared relations too, but they are not ties.
  public var isAffiliative: Bool {
    switch self {
    case .follows, .friend, .connection, .contact, .closeFriend, .requestSent, .requestReceived,
      .requestRejected:
      return true
    case .blocked, .restricted, .hiddenStory, .removed, .unfollowed:
      return false
    }
  }
}

/// Which way a link points, seen from the owner.
public enum LinkDirection: String, Sendable, Hashable, Comparable, Codable {
  /// The owner follows, requested, blocked, ... the other person.
  case outgoing
  /// The other person follows or requested the owner.
  case incoming
  /// Mutual by design (a friendship, a connection).
  case mutual

  public static func < (lhs: LinkDirection, rhs: LinkDirection) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}

/// A declared relation between the owner and one identity.
public struct Link: Sendable, Hashable {
  public var platform: Platform
  public var kind: LinkKind
  public var direction: LinkDirection
  /// Index into the identities of the batch or graph that holds the link.
  public var identity: Int
  /// Seconds since 1970 (UTC), when the export says.
  public var time: Int64?
  public var source: SourceRef

  public init(
    platform: Platform, kind: LinkKind, direction: LinkDirection, identity: Int,
    time: Int64?, source: SourceRef
  ) {
    self.platform = platform
    self.kind = kind
    self.direction = direction
    self.identity = identity
    self.time = time
    self.source = source
  }
}
