import TiesCore

/// Measures one person's tie: counts, conversations, window, layer, status, category and
/// strength, against the end of the sources the person appears in.
struct TieMeasurer {
  let settings: AnalysisSettings
  let sources: [SourceCoverage]

  func measure(
    _ person: inout PersonMetrics, events: [DirectEvent], extras: [EventCollector.Extra]
  ) {
    let dyad = events.sorted()
    count(dyad, into: &person)
    let analysis = ConversationAnalyzer(settings: settings).analyze(dyad)
    let conversations = analysis.conversations
    person.medianReplySecondsYou = ConversationAnalyzer.median(analysis.latencyYou)
    person.medianReplySecondsThem = ConversationAnalyzer.median(analysis.latencyThem)
    let history = DyadSummary(conversations, longTalkTurns: settings.longTalkTurns)
    fillHistory(history, conversations, into: &person)
    var times = extras.map(\.time)
    times.append(contentsOf: dyad.lazy.map(\.time))
    times.sort()
    person.firstContact = times.first
    person.lastContact = times.last

    let mine = sources.filter { person.platforms.contains($0.platform) }
    let own = mine.filter(\.hasOwnEnd).compactMap(\.end).max()
    person.sourceEndIsOwn = own != nil
    person.callsKnown = mine.contains(where: \.hasCallLog)
    let end = own ?? person.lastContact ?? 0
    person.sourceEnd = person.lastContact == nil && own == nil ? nil : end
    let windowStart = end - Int64(settings.windowDays) * 86_400
    let window = DyadSummary(
      conversations, from: windowStart, longTalkTurns: settings.longTalkTurns)
    fillWindow(window, into: &person)
    ContactTimeline(settings: settings).measure(
      conversations, history: history, window: window, end: end, ownEnd: own != nil,
      into: &person)
    TieClassifier(settings: settings).classify(&person, window: window, history: history)

    var other = WindowExtras()
    for extra in extras where extra.time >= windowStart {
      switch extra.kind {
      case .group: other.groupMessages += 1
      case .ownerOnly: other.ownerOnlyMessages += 1
      case .unattributed: other.ownerOnlyMessages += 1
      }
    }
    for event in dyad where event.time >= windowStart {
      if event.kind == .reaction { other.reactions += 1 }
      if event.kind == .publicMention { other.publicMentions += 1 }
    }
    let model = StrengthModel(settings: settings)
    person.scores = model.scores(of: person, window: window, end: end, windowOther: other)
    person.strength = person.firstContact == nil ? 0 : model.strength(person.scores)
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

  private func count(_ events: [DirectEvent], into person: inout PersonMetrics) {
    for event in events {
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
}
