/// Every threshold of the analysis, in one place. The defaults and their sources are in
/// docs/metrics.md; each one is a command-line option.
public struct AnalysisSettings: Sendable, Hashable {
  /// A message after this much silence (seconds) opens a new conversation (SCIENCE §8:
  /// Halfaker et al. 2015, one hour).
  public var conversationGap: Int64 = 3600
  /// Below this message balance, min/max of the two sides, a tie is one-sided (SCIENCE §6:
  /// flag < 0.33).
  public var oneSidedBalance: Double = 0.33
  /// Above this ratio of conversations opened by one side (3:1), a tie is one-sided
  /// (SCIENCE §8: Mollgaard & Mathiesen 2016 warn above about 3:1).
  public var initiationRatio: Double = 3.0
  /// The initiation ratio is judged only over at least this many conversations.
  public var minimumConversationsForInitiation = 4
  /// Meaningful ties last at least this many days from first to last conversation.
  public var meaningfulSpanDays = 90
  /// ... and each side opened at least this many conversations.
  public var meaningfulInitiations = 3
  /// A conversation of at least this many turns is a long talk.
  public var longTalkTurns = 6
  /// Meaningful ties have a call or at least this many long talks.
  public var meaningfulLongTalks = 3
  /// No contact in this many days before the export's end: dormant (DESIGN §3).
  public var dormantDays = 365
  /// The recent window for fading (DESIGN §3: the last 6 months).
  public var fadingWindowDays = 182
  /// Fading when the recent window holds less than this share of the usual rate.
  public var fadingRatio: Double = 0.5
  /// Fading is judged only after at least this many contacts in the year before the window.
  public var fadingMinimumContacts = 4
  /// Contacts per year for the Dunbar layers 5, 15, 50 and 150 (SCIENCE §5: weekly,
  /// monthly, a few times a year, yearly).
  public var layerContactsPerYear: [Double] = [52, 12, 4, 1]
  /// Strength weights of intensity, reciprocity, duration, recency and intimacy.
  public var strengthWeights = StrengthWeights()
  /// One-click reactions and group messages count this much of a composed direct message
  /// (SCIENCE §8: Burke & Kraut 2014).
  public var reactionWeight: Double = 0.25
  public var groupMessageWeight: Double = 0.25
  /// A public reply or mention counts this much of a composed direct message: composed, but
  /// broadcast (SCIENCE §8: Burke & Kraut 2014 count composed public posts as directed
  /// communication; we weigh them below private messages).
  public var publicMentionWeight: Double = 0.5

  public init() {}
}

/// How much each dimension of tie strength counts; they sum to one.
public struct StrengthWeights: Sendable, Hashable {
  public var intensity: Double = 0.30
  public var reciprocity: Double = 0.25
  public var duration: Double = 0.15
  public var recency: Double = 0.20
  public var intimacy: Double = 0.10

  public init() {}
}
