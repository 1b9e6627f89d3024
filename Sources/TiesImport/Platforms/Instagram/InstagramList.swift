import TiesCore

/// Instagram's relationship lists; the raw value is the report's label for a list's file.
public enum InstagramList: String, CaseIterable, Sendable {
  case followers
  case following
  case closeFriends = "close friends"
  case blocked
  case restricted
  case hiddenStory = "hide story from"
  case requestsSent = "follow requests sent"
  case requestsReceived = "follow requests received"
  case unfollowed = "recently unfollowed"

  var link: (LinkKind, LinkDirection) {
    switch self {
    case .followers: return (.follows, .incoming)
    case .following: return (.follows, .outgoing)
    case .closeFriends: return (.closeFriend, .outgoing)
    case .blocked: return (.blocked, .outgoing)
    case .restricted: return (.restricted, .outgoing)
    case .hiddenStory: return (.hiddenStory, .outgoing)
    case .requestsSent: return (.requestSent, .outgoing)
    case .requestsReceived: return (.requestReceived, .incoming)
    case .unfollowed: return (.unfollowed, .outgoing)
    }
  }

  /// The key of the legacy `connections.json` map for this list.
  var legacyKey: String? {
    switch self {
    case .followers: return "followers"
    case .following: return "following"
    case .closeFriends: return "close_friends"
    case .blocked: return "blocked_users"
    case .restricted: return "restricted_users"
    case .requestsSent: return "follow_requests_sent"
    case .hiddenStory, .requestsReceived, .unfollowed: return nil
    }
  }
}
