import TiesCore

/// Everything ties concludes about one person, and the counts behind it.
public struct PersonMetrics: Sendable, Hashable {
  public var person: Person
  public var platforms: [Platform] = []
  public var category = TieCategory.mutual
  public var direction = TieDirection.none
  public var strength = 0
  public var layer = TieLayer.none
  public var status = TieStatus.none
  public var reason = ""
  public var confidence = Confidence.low
  public var trend = Trend.unknown

  public var firstContact: Int64?
  public var lastContact: Int64?
  /// Composed one-to-one messages from the owner to them, and from them to the owner.
  public var messagesSent = 0
  public var messagesReceived = 0
  public var charactersSent = 0
  public var charactersReceived = 0
  public var reactionsSent = 0
  public var reactionsReceived = 0
  /// Public replies and mentions (X): composed but broadcast, never a direct exchange.
  public var publicMentionsSent = 0
  public var publicMentionsReceived = 0
  /// One-to-one messages the owner sent in threads whose export holds only the owner's side
  /// (Discord): kept out of the balance, since the other side's replies are not in it.
  public var ownerOnlyMessages = 0
  /// Messages they wrote in group chats, and how many group chats they are in.
  public var groupMessages = 0
  /// Messages they wrote in one-to-one threads whose other side is unknown (no owner found).
  public var unattributedMessages = 0
  public var sharedGroups = 0
  public var callsPlaced = 0
  public var callsReceived = 0
  public var callsMissed = 0
  public var callSeconds: Int64 = 0
  public var conversations = 0
  public var initiatedByYou = 0
  public var initiatedByThem = 0
  public var turnsByYou = 0
  public var turnsByThem = 0
  public var repliesByYou = 0
  public var repliesByThem = 0
  public var longTalks = 0
  public var medianReplySecondsYou: Int64?
  public var medianReplySecondsThem: Int64?
  public var firstConversation: Int64?
  public var lastConversation: Int64?
  /// Answered calls and the missed ones among `calls`.
  public var callsAnswered = 0
  /// Whether any source the person appears in has a call log: without one (WhatsApp text
  /// exports), calls are missing, not zero.
  public var callsKnown = false
  /// The end of the person's sources, and whether one of them has an end of its own.
  public var sourceEnd: Int64?
  public var sourceEndIsOwn = false
  /// The recent window the current tie is judged on, and what it holds.
  public var windowStart: Int64?
  public var window = WindowCounts()
  /// First and last reciprocated exchange (both sides in one conversation, or a call).
  public var firstReciprocated: Int64?
  public var lastReciprocated: Int64?
  /// Days observed: from the first contact (or the sources' start) to the end, within the
  /// window; under `shortSpanDays` is too short for a layer.
  public var observedDays = 0
  /// Weeks with a reciprocated exchange per year of the window, scaled to its observed part.
  public var reciprocatedWeeksPerYear: Double = 0
  /// The pair's usual gap, in days, between weeks with a reciprocated exchange.
  public var usualGapDays: Double?
  /// The score behind `strength`, component by component (each 0…1).
  public var scores = StrengthScores()
  /// Platforms where they follow the owner and where the owner follows them.
  public var followsYou: [Platform] = []
  public var youFollow: [Platform] = []
  /// Declared links, as `platform:kind:direction`, sorted.
  public var linkSummary: [String] = []

  public init(person: Person) { self.person = person }

  public var calls: Int { callsPlaced + callsReceived }
  public var hasDirectExchange: Bool { messagesSent + messagesReceived + calls > 0 }

  /// The balance the category was judged on: min/max of each side's turns, averaged with
  /// that of characters when both wrote; nil without turns.
  public var messageBalance: Double? {
    let w = window
    guard max(w.turnsYou, w.turnsThem) > 0 else { return nil }
    let turns = Double(min(w.turnsYou, w.turnsThem)) / Double(max(w.turnsYou, w.turnsThem))
    guard w.charactersYou > 0, w.charactersThem > 0 else { return turns }
    let characters =
      Double(min(w.charactersYou, w.charactersThem))
      / Double(max(w.charactersYou, w.charactersThem))
    return (turns + characters) / 2
  }

  /// The share of conversations the owner opened; nil without conversations.
  public var initiationShare: Double? {
    conversations > 0 ? Double(initiatedByYou) / Double(conversations) : nil
  }
}
