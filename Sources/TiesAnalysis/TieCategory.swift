/// The seven kinds of relation ties tells apart (DESIGN §3), weakest evidence first.
public enum TieCategory: String, Sendable, Hashable, CaseIterable, Comparable {
  case follower
  case followed
  case mutual
  case groupOnly = "group-only"
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

/// Whether contact goes on, measured against the export's own end.
public enum TieStatus: String, Sendable, Hashable, CaseIterable {
  case active
  case fading
  case dormant
  /// No contact of any kind was recorded.
  case none
}

/// The Dunbar layer by contact frequency.
public enum TieLayer: String, Sendable, Hashable, CaseIterable {
  case five = "5"
  case fifteen = "15"
  case fifty = "50"
  case oneFifty = "150"
  case beyond
  /// No direct contact recorded.
  case none
}
