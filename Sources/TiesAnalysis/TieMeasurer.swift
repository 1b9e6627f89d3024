import TiesCore

/// Measures one person's tie: counts, conversations, window, layer, status, category and
/// strength, against the end of the sources the person appears in.
struct TieMeasurer: Sendable {
  let settings: AnalysisSettings
  let sources: [SourceCoverage]

  /// One person's events, taken one at a time in time order: what the measurement keeps
  /// of them is counts, conversations and replies, never the events.
  struct Tally {
    var person: PersonMetrics
    let windowStart: Int64
    let end: Int64
    let ownEnd: Bool
    var conversations: ConversationAnalyzer.Stream
    var monthly: MonthlySeries.Builder
    var other = WindowExtras()

    mutating func add(_ event: PersonEvent) {
      switch event.role {
      case .direct:
        let direct = event.direct
        TieMeasurer.count(direct, into: &person)
        conversations.add(direct)
        monthly.add(direct)
        guard direct.time >= windowStart else { return }
        if direct.kind == .reaction { other.reactions += 1 }
        if direct.kind == .publicMention { other.publicMentions += 1 }
      case .group:
        if event.time >= windowStart { other.groupMessages += 1 }
      case .ownerOnly, .unattributed:
        if event.time >= windowStart { other.ownerOnlyMessages += 1 }
      }
    }
  }

  /// Starts a person's tally: their first and last contact (over every event filed under
  /// them), and the end of their sources, which fixes the window before any event is read.
  func start(_ person: PersonMetrics, first: Int64?, last: Int64?) -> Tally {
    var person = person
    person.firstContact = first
    person.lastContact = last
    let mine = sources.filter { person.platforms.contains($0.platform) }
    let own = mine.filter(\.hasOwnEnd).compactMap(\.end).max()
    person.sourceEndIsOwn = own != nil
    person.callsKnown = mine.contains(where: \.hasCallLog)
    let end = own ?? person.lastContact ?? 0
    person.sourceEnd = person.lastContact == nil && own == nil ? nil : end
    return Tally(
      person: person, windowStart: end - Int64(settings.windowDays) * 86_400, end: end,
      ownEnd: own != nil, conversations: ConversationAnalyzer.Stream(settings: settings),
      monthly: MonthlySeries.Builder(
        personID: person.person.id, conversationGap: settings.conversationGap))
  }

  /// Measures the tie from a finished tally.
  func finish(_ tally: consuming Tally) -> PersonMetrics {
    var person = tally.person
    let analysis = tally.conversations.finish()
    let conversations = analysis.conversations
    person.medianReplySecondsYou = ConversationAnalyzer.median(analysis.latencyYou)
    person.medianReplySecondsThem = ConversationAnalyzer.median(analysis.latencyThem)
    let history = DyadSummary(conversations, longTalkTurns: settings.longTalkTurns)
    fillHistory(history, conversations, into: &person)
    let window = DyadSummary(
      conversations, from: tally.windowStart, longTalkTurns: settings.longTalkTurns)
    fillWindow(window, into: &person)
    ContactTimeline(settings: settings).measure(
      conversations, history: history, window: window, end: tally.end, ownEnd: tally.ownEnd,
      into: &person)
    TieClassifier(settings: settings).classify(&person, window: window, history: history)
    let model = StrengthModel(settings: settings)
    person.scores = model.scores(
      of: person, window: window, end: tally.end, windowOther: tally.other)
    person.strength = person.firstContact == nil ? 0 : model.strength(person.scores)
    return person
  }

  private func fillHistory(
    _ history: DyadSummary, _ conversations: [Conversation], into person: inout PersonMetrics
  ) {
    person.conversations = history.conversations
    person.initiatedByYou = history.startsYou
    person.initiatedByThem = history.startsThem
    person.turnsByYou = history.turnsYou
    person.turnsByThem = history.turnsThem
    person.repliesByYou = history.repliesYou
    person.repliesByThem = history.repliesThem
    person.longTalks = history.longTalks
    person.callsAnswered = history.answeredCalls
    person.firstConversation = conversations.first?.start
    person.lastConversation = conversations.last?.start
  }

  private func fillWindow(_ window: DyadSummary, into person: inout PersonMetrics) {
    person.window.turnsYou = window.turnsYou
    person.window.turnsThem = window.turnsThem
    person.window.charactersYou = window.charactersYou
    person.window.charactersThem = window.charactersThem
    person.window.startsYou = window.startsYou
    person.window.startsThem = window.startsThem
    person.window.repliesYou = window.repliesYou
    person.window.repliesThem = window.repliesThem
    person.window.answeredCalls = window.answeredCalls
    person.window.callSeconds = window.callSeconds
    person.window.reciprocatedWeeks = window.reciprocatedWeeks.count
  }

  fileprivate static func count(_ event: DirectEvent, into person: inout PersonMetrics) {
    switch event.kind {
    case .message:
      if event.fromOwner {
        person.messagesSent += 1
        person.charactersSent += Int(event.length)
      } else {
        person.messagesReceived += 1
        person.charactersReceived += Int(event.length)
      }
    case .reaction:
      if event.fromOwner { person.reactionsSent += 1 } else { person.reactionsReceived += 1 }
    case .publicMention:
      if event.fromOwner {
        person.publicMentionsSent += 1
      } else {
        person.publicMentionsReceived += 1
      }
    case .call:
      if event.fromOwner { person.callsPlaced += 1 } else { person.callsReceived += 1 }
      if event.outcome == .missed { person.callsMissed += 1 }
      person.callSeconds += Int64(event.length)
    }
  }
}
