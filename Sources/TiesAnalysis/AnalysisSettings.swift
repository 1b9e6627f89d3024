/// Every threshold of the analysis, in one place. The defaults and their sources are in
/// docs/metrics.md; each one is a command-line option.
public struct AnalysisSettings: Sendable, Hashable {
  /// A message after this much silence (seconds) opens a new conversation unless it answers
  /// the other side's unanswered turn (SCIENCE §8: Halfaker et al. 2015, one hour).
  public var conversationGap: Int64 = 3600
  /// A turn after the other side's unanswered turn is a reply up to this long after it
  /// (seconds); later, it opens a new conversation (docs/metrics.md: the last-word problem).
  public var replyWindow: Int64 = 7 * 86_400
  /// Below this balance, min/max of the two sides' turns and characters, a tie is one-sided
  /// (SCIENCE §6: flag < 0.33).
  public var oneSidedBalance: Double = 0.33
  /// Above this ratio of conversations opened by one side (3:1), the reason warns, and a tie
  /// whose other side also answers under half the turns is one-sided (SCIENCE §8: Mollgaard &
  /// Mathiesen 2016 warn above about 3:1).
  public var initiationRatio: Double = 3.0
  /// The initiation ratio is judged only over at least this many conversations.
  public var minimumConversationsForInitiation = 4
  /// Turns (both sides together) a window needs before it is judged two-way or one-sided.
  public var minimumTurns = 6
  /// The recent window the current tie is judged on, in days before the person's end.
  public var windowDays = 365
  /// Meaningful ties have a reciprocated exchange in at least this many distinct weeks of
  /// the window...
  public var meaningfulWeeks = 12
  /// ... spanning at least this many days from the first to the last of them.
  public var meaningfulSpanDays = 90
  /// A conversation of at least this many turns is a long talk.
  public var longTalkTurns = 6
  /// Meaningful ties have an answered call or at least this many long talks.
  public var meaningfulLongTalks = 3
  /// No reciprocated exchange in this many days before the person's end: dormant (DESIGN §3).
  public var dormantDays = 365
  /// The recent part of the window in which a fading tie lost its rate.
  public var fadingWindowDays = 182
  /// Fading when the recent part holds less than this share of the usual rate.
  public var fadingRatio: Double = 0.5
  /// Fading when the silence since the last reciprocated exchange is this many times the
  /// pair's usual gap between reciprocated weeks (and at least `fadingMinimumGapDays`).
  public var fadingGapFactor: Double = 3.0
  public var fadingMinimumGapDays = 42
  /// The rate test needs at least this many reciprocated days in the year before.
  public var fadingMinimumContacts = 4
  /// Weeks with a reciprocated exchange per year for the Dunbar layers 5, 15, 50 and 150
  /// (SCIENCE §5: weekly, monthly, a few times a year, yearly).
  public var layerWeeksPerYear: [Double] = [39, 12, 4, 1]
  /// Observed spans shorter than this many days are too short for a layer or a trend.
  public var shortSpanDays = 182
  /// Judged on at least this many turns, with a span of at least `shortSpanDays`: high
  /// confidence; below `2 × minimumTurns`: low.
  public var highConfidenceTurns = 100
  /// The later half of the observed quarters against the earlier: above this ratio growing,
  /// below its inverse declining.
  public var trendRatio: Double = 1.5
  /// Sources whose ends lie further apart than this many days get a warning in the report.
  public var coverageWarningDays = 90
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
