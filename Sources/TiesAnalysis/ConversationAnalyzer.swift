import TiesCore

/// Splits a dyad's direct events into conversations and counts who opens them, turns,
/// replies and reply latency (DESIGN §3).
struct ConversationAnalyzer {
  let settings: AnalysisSettings

  /// Fills the conversation fields of `metrics` and returns the start time of each
  /// conversation, the dyad's contacts.
  func analyze(_ events: [DirectEvent], into metrics: inout PersonMetrics) -> [Int64] {
    var starts: [Int64] = []
    var latencyYou: [Int64] = []
    var latencyThem: [Int64] = []
    var lastTime: Int64?
    var turnSide = false
    var turnsInConversation = 0
    for event in events {
      // One-click acts and public posts open nothing and answer nothing.
      if event.kind == .reaction || event.kind == .publicMention { continue }
      if let previous = lastTime, event.time - previous < settings.conversationGap {
        if event.fromOwner != turnSide {
          turnsInConversation += 1
          turnSide = event.fromOwner
          if event.fromOwner {
            metrics.turnsByYou += 1
            metrics.repliesByYou += 1
            latencyYou.append(max(0, event.time - previous))
          } else {
            metrics.turnsByThem += 1
            metrics.repliesByThem += 1
            latencyThem.append(max(0, event.time - previous))
          }
        }
      } else {
        if turnsInConversation >= settings.longTalkTurns { metrics.longTalks += 1 }
        turnsInConversation = 1
        turnSide = event.fromOwner
        starts.append(event.time)
        metrics.conversations += 1
        if event.fromOwner {
          metrics.initiatedByYou += 1
          metrics.turnsByYou += 1
        } else {
          metrics.initiatedByThem += 1
          metrics.turnsByThem += 1
        }
      }
      lastTime = event.time
    }
    if turnsInConversation >= settings.longTalkTurns { metrics.longTalks += 1 }
    metrics.medianReplySecondsYou = Self.median(latencyYou)
    metrics.medianReplySecondsThem = Self.median(latencyThem)
    metrics.firstConversation = starts.first
    metrics.lastConversation = starts.last
    return starts
  }

  /// The lower median, so that it is always a latency that happened.
  static func median(_ values: [Int64]) -> Int64? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    return sorted[(sorted.count - 1) / 2]
  }
}
