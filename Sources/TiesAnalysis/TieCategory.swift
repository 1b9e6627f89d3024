/// The kinds of relation ties tells apart (DESIGN §3), weakest evidence first.
public enum TieCategory: String, Sendable, Hashable, CaseIterable, Comparable {
  /// They wrote in one-to-one chats, but the owner is unknown, so which side is the owner's
  /// cannot be told: one of them may be the owner.
  case undetermined
  /// The owner blocked or restricted them: a declared relation, not a tie.
  case blocked
  /// The owner removed or unfollowed them: the link ended.
  case removed
  /// Saved in an address book, nothing else: not a follow either way.
  case contact
  case follower
  case followed
  case mutual
  case groupOnly = "group-only"
  /// Some direct contact, too little to tell which way it goes, and no link to fall back on.
  case littleContact = "little-contact"
  case oneSided = "one-sided"
  case twoWay = "two-way"
  case meaningful

  private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

  public static func < (lhs: TieCategory, rhs: TieCategory) -> Bool { lhs.rank < rhs.rank }
}

/// Who reaches toward whom.
public enum TieDirection: String, Sendable, Hashable {
  /// The owner follows or writes; the other does not answer in kind.
  case you
  /// The other person follows or writes; the owner does not answer in kind.
  case them
  case both
  case none
}

/// Whether reciprocated contact goes on, measured against the end of the person's sources.
public enum TieStatus: String, Sendable, Hashable, CaseIterable {
  case active
  case fading
  case dormant
  /// No source that covers the person has an end of its own (a lone chat export).
  case unknown
  /// No reciprocated exchange was recorded.
  case none
}

/// The Dunbar layer by weeks with a reciprocated exchange.
public enum TieLayer: String, Sendable, Hashable, CaseIterable {
  case five = "5"
  case fifteen = "15"
  case fifty = "50"
  case oneFifty = "150"
  case beyond
  /// The observed span is too short to tell a rhythm (under about six months).
  case tooShort = "too-short"
  /// No reciprocated exchange recorded.
  case none
}

/// How much evidence a person's category rests on.
public enum Confidence: String, Sendable, Hashable, CaseIterable {
  case low
  case medium
  case high
}

/// Where reciprocated contact is heading, from per-quarter counts each way.
public enum Trend: String, Sendable, Hashable, CaseIterable {
  case growing
  case steady
  case declining
  /// Fewer than two observed quarters with contact.
  case unknown
}
