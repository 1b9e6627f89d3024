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
  /// Conversations (and calls) per year over the last year of the export.
  public var contactsPerYear: Double = 0
  /// Platforms where they follow the owner and where the owner follows them.
  public var followsYou: [Platform] = []
  public var youFollow: [Platform] = []
  /// Declared links, as `platform:kind:direction`, sorted.
  public var linkSummary: [String] = []

  public init(person: Person) { self.person = person }

  public var calls: Int { callsPlaced + callsReceived }
  public var hasDirectExchange: Bool { messagesSent + messagesReceived + calls > 0 }

  /// min/max of what each side sent; nil without direct exchange.
  public var messageBalance: Double? {
    let you = messagesSent + callsPlaced
    let them = messagesReceived + callsReceived
    guard max(you, them) > 0 else { return nil }
    return Double(min(you, them)) / Double(max(you, them))
  }

  /// The share of conversations the owner opened; nil without conversations.
  public var initiationShare: Double? {
    conversations > 0 ? Double(initiatedByYou) / Double(conversations) : nil
  }
}
