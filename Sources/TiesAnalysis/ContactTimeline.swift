/// Window, layer, status and trend from when reciprocated exchanges happened, against the
/// end of the person's own sources (DESIGN §3).
struct ContactTimeline {
  let settings: AnalysisSettings

  static let day: Int64 = 86_400
  static let quarter: Int64 = 91 * 86_400

  /// Fills the window, layer, status and trend of `metrics`. `end` is the end of the
  /// person's sources; `ownEnd` says whether one of them has an end of its own.
  func measure(
    _ conversations: [Conversation], history: DyadSummary, window: DyadSummary, end: Int64,
    ownEnd: Bool, into metrics: inout PersonMetrics
  ) {
    let windowStart = end - Int64(settings.windowDays) * Self.day
    // Without a dated record or a source end there is no window to speak of (not 1969).
    metrics.windowStart = metrics.sourceEnd == nil ? nil : windowStart
    metrics.firstReciprocated = history.reciprocatedTimes.first
    metrics.lastReciprocated = history.reciprocatedTimes.last
    let observedStart = max(windowStart, metrics.firstContact ?? end)
    metrics.observedDays = Int((end - observedStart) / Self.day)
    metrics.usualGapDays = Self.usualGap(history.reciprocatedWeeks)
    metrics.layer = layer(window: window, observedDays: metrics.observedDays, into: &metrics)
    metrics.status = status(history: history, end: end, ownEnd: ownEnd, metrics: metrics)
    // Less contact wears friendships down, not kinship (SCIENCE.md §5, Roberts & Dunbar 2015).
    if metrics.person.isKin, metrics.status == .fading { metrics.status = .active }
    metrics.trend = trend(conversations, end: end, first: metrics.firstContact)
  }

  /// The Dunbar layer from distinct weeks with a reciprocated exchange in the window, scaled
  /// to a year when the observed part is shorter; too short under `shortSpanDays`.
  private func layer(window: DyadSummary, observedDays: Int, into metrics: inout PersonMetrics)
    -> TieLayer
  {
    guard metrics.firstReciprocated != nil else { return .none }
    guard observedDays >= settings.shortSpanDays else { return .tooShort }
    let weeks = window.reciprocatedWeeks.count
    let perYear = Double(weeks) * 365 / Double(max(1, observedDays))
    metrics.reciprocatedWeeksPerYear = perYear
    let layers: [TieLayer] = [.five, .fifteen, .fifty, .oneFifty]
    for (threshold, layer) in zip(settings.layerWeeksPerYear, layers) where perYear >= threshold {
      return layer
    }
    return .beyond
  }

  /// Dormant without a reciprocated exchange for `dormantDays`; fading when the recent part
  /// of the window holds under `fadingRatio` of the year before's rate, or when the silence
  /// since the last reciprocated exchange is `fadingGapFactor` times the pair's usual gap.
  private func status(history: DyadSummary, end: Int64, ownEnd: Bool, metrics: PersonMetrics)
    -> TieStatus
  {
    guard let last = history.reciprocatedTimes.last else { return .none }
    // Without an end of its own, silence at the end cannot be seen, but a rate that fell
    // within the chat still can.
    guard ownEnd else { return rateFell(history, end: end) ? .fading : .unknown }
    let silence = end - last
    if silence > Int64(settings.dormantDays) * Self.day { return .dormant }
    if rateFell(history, end: end) { return .fading }
    if let usual = metrics.usualGapDays {
      let allowed = max(Double(settings.fadingMinimumGapDays), settings.fadingGapFactor * usual)
      if Double(silence) / Double(Self.day) > allowed { return .fading }
    }
    return .active
  }

  /// Whether the last `fadingWindowDays` hold under `fadingRatio` of the reciprocated days
  /// the year before them had.
  private func rateFell(_ history: DyadSummary, end: Int64) -> Bool {
    let days = Self.days(history.reciprocatedTimes)
    let recentStart = end - Int64(settings.fadingWindowDays) * Self.day
    let previousStart = recentStart - 365 * Self.day
    let recent = days.filter { $0 > recentStart }.count
    let previous = days.filter { $0 > previousStart && $0 <= recentStart }.count
    guard previous >= settings.fadingMinimumContacts else { return false }
    let expected = Double(previous) * Double(settings.fadingWindowDays) / 365
    return Double(recent) < settings.fadingRatio * expected
  }

  /// Growing, steady or declining: the reciprocated turns (the lesser side's, each quarter)
  /// of the later half of the observed quarters (up to eight) against the earlier half.
  private func trend(_ conversations: [Conversation], end: Int64, first: Int64?) -> Trend {
    guard let first else { return .unknown }
    let observed = min(8, Int((end - first) / Self.quarter) + 1)
    guard observed >= 2 else { return .unknown }
    var you = [Int](repeating: 0, count: observed)
    var them = [Int](repeating: 0, count: observed)
    for conversation in conversations {
      let back = Int((end - conversation.start) / Self.quarter)
      guard back >= 0, back < observed else { continue }
      you[back] += conversation.turnsYou
      them[back] += conversation.turnsThem
    }
    let both = zip(you, them).map { min($0, $1) }
    let later = Double(both[..<(observed / 2)].reduce(0, +))
    let earlier = Double(both[(observed - observed / 2)...].reduce(0, +))
    // A birthday message after years of silence is no trend: too little either way.
    if later + earlier < Double(settings.minimumTurns) { return .unknown }
    if later >= settings.trendRatio * earlier { return .growing }
    if later * settings.trendRatio <= earlier { return .declining }
    return .steady
  }

  /// The median gap, in days, between consecutive weeks with a reciprocated exchange; nil
  /// under four such weeks, too few to call anything a rhythm.
  static func usualGap(_ weeks: [Int64]) -> Double? {
    guard weeks.count >= 4 else { return nil }
    let gaps = zip(weeks, weeks.dropFirst()).map { Double(($1 - $0) * 7) }.sorted()
    return gaps[(gaps.count - 1) / 2]
  }

  /// Distinct days, as the midnight (UTC) that starts each.
  static func days(_ times: [Int64]) -> [Int64] {
    var result: [Int64] = []
    for time in times {
      let day = time - ((time % 86_400) + 86_400) % 86_400
      if result.last != day { result.append(day) }
    }
    return result
  }
}
