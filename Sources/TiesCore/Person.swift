/// A cluster of identities judged to be one human.
public struct Person: Sendable, Hashable {
  /// Stable across runs on the same input: derived from the person's identity keys.
  public var id: String
  public var name: String
  /// Identity indices into the graph, sorted by key.
  public var identities: [Int]
  public var isOwner: Bool
  /// Every identity is a deleted-account placeholder.
  public var isPlaceholder: Bool
  /// Family, as the user's people.yaml says: contact with kin does not fade the way contact
  /// with friends does (SCIENCE.md, Roberts & Dunbar).
  public var isKin: Bool
  /// Left out of the reports at the user's request (a bot, a business).
  public var isExcluded: Bool

  public init(
    id: String, name: String, identities: [Int], isOwner: Bool, isPlaceholder: Bool,
    isKin: Bool = false, isExcluded: Bool = false
  ) {
    self.id = id
    self.name = name
    self.identities = identities
    self.isOwner = isOwner
    self.isPlaceholder = isPlaceholder
    self.isKin = isKin
    self.isExcluded = isExcluded
  }
}

/// Two people that may be one, listed for the user instead of merged silently.
public struct PossibleDuplicate: Sendable, Hashable, Comparable {
  public var first: Int
  public var second: Int
  public var reason: String

  public init(first: Int, second: Int, reason: String) {
    self.first = first
    self.second = second
    self.reason = reason
  }

  public static func < (lhs: PossibleDuplicate, rhs: PossibleDuplicate) -> Bool {
    (lhs.first, lhs.second, lhs.reason) < (rhs.first, rhs.second, rhs.reason)
  }
}
