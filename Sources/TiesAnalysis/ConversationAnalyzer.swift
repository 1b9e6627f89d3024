import TiesCore

/// Splits a dyad's direct events into conversations of turns (DESIGN §3): a turn is a run of
/// one side's messages; a turn after the other side's turn is a reply; a turn after silence
/// opens a new conversation, unless it answers the other side's still unanswered opener.
enum ConversationAnalyzer {
  struct Result {
    var conversations: [Conversation] = []
    var latencyYou: [Int64] = []
    var latencyThem: [Int64] = []
  }

  /// The analysis, fed one event at a time in time order: what it holds grows with the
  /// conversations and replies, not with the messages.
  struct Stream {
    let settings: AnalysisSettings
    private var result = Result()
    private var current: Conversation?
    private var lastTime: Int64 = 0
    private var lastSide = false

    init(settings: AnalysisSettings) { self.settings = settings }

    mutating func add(_ event: DirectEvent) {
      // One-click acts and public posts open nothing and answer nothing.
      guard event.kind == .message || event.kind == .call else { return }
      let side = event.fromOwner
      let gap = event.time - lastTime
      if var conversation = current,
        gap < settings.conversationGap
          || (side != lastSide && !conversation.isReciprocated && gap <= settings.replyWindow)
      {
        if side != lastSide {
          // However late, within the reply window, an answer to an unanswered opener is a
          // reply, not a start (the slow friend is not the one who reaches out).
          ConversationAnalyzer.turn(side, in: &conversation, at: event.time, reply: true)
          if side { result.latencyYou.append(max(0, gap)) } else { result.latencyThem.append(gap) }
        }
        ConversationAnalyzer.add(event, to: &conversation)
        current = conversation
      } else {
        if let finished = current { result.conversations.append(finished) }
        var conversation = Conversation(start: event.time, openedByOwner: side)
        ConversationAnalyzer.turn(side, in: &conversation, at: event.time, reply: false)
        ConversationAnalyzer.add(event, to: &conversation)
        current = conversation
      }
      lastTime = event.time
      // After an answered call both have spoken: whoever writes next opens a new turn.
      lastSide = event.kind == .call && event.outcome != .missed ? !side : side
    }

    consuming func finish() -> Result {
      if let finished = current { result.conversations.append(finished) }
      return result
    }
  }

  private static func turn(
    _ side: Bool, in conversation: inout Conversation, at time: Int64, reply: Bool
  ) {
    if side {
      conversation.turnsYou += 1
      if reply { conversation.repliesYou += 1 }
    } else {
      conversation.turnsThem += 1
      if reply { conversation.repliesThem += 1 }
    }
    if side != conversation.openedByOwner, conversation.reciprocatedAt == nil {
      conversation.reciprocatedAt = time
    }
  }

  private static func add(_ event: DirectEvent, to conversation: inout Conversation) {
    conversation.end = max(conversation.end, event.time)
    let side = event.fromOwner
    switch (event.kind, event.outcome) {
    case (.call, .missed):
      // An attempt by the caller, never depth.
      if side { conversation.missedCallsYou += 1 } else { conversation.missedCallsThem += 1 }
    case (.call, _):
      // Both took part: the callee's turn is the call itself.
      conversation.answeredCalls += 1
      conversation.callSeconds += Int64(max(0, event.length))
      turn(!side, in: &conversation, at: event.time, reply: true)
    default:
      if side {
        conversation.messagesYou += 1
        conversation.charactersYou += Int(max(0, event.length))
      } else {
        conversation.messagesThem += 1
        conversation.charactersThem += Int(max(0, event.length))
      }
    }
  }

  /// The lower median, so that it is always a latency that happened.
  static func median(_ values: [Int64]) -> Int64? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    return sorted[(sorted.count - 1) / 2]
  }
}
