import Foundation
import TiesCore

/// The category, direction, confidence and the reason naming the evidence (DESIGN §3).
struct TieClassifier {
  let settings: AnalysisSettings

  func classify(_ metrics: inout PersonMetrics, window: DyadSummary, history: DyadSummary) {
    if metrics.hasDirectExchange {
      if window.turns >= settings.minimumTurns {
        classifyExchange(&metrics, judged: window, onHistory: false)
      } else if history.turns >= settings.minimumTurns {
        classifyExchange(&metrics, judged: history, onHistory: true)
      } else {
        classifyTooLittle(&metrics, history: history)
      }
    } else if metrics.unattributedMessages > 0 {
      // Only when the owner is unknown: their chats cannot be told from the owner's side,
      // and in a lone chat one of the two writers is the owner.
      metrics.category = .undetermined
      metrics.direction = .none
      metrics.confidence = .low
      metrics.reason =
        "wrote \(metrics.unattributedMessages) messages in one-to-one chats, but which side is you "
        + "is unknown: pass --me NAME"
    } else if metrics.reactionsSent + metrics.reactionsReceived > 0 {
      // Reactions alone: one-click acts, never a composed word (Burke & Kraut 2014).
      metrics.category = .oneSided
      metrics.direction = metrics.reactionsSent >= metrics.reactionsReceived ? .you : .them
      metrics.confidence = .low
      metrics.reason =
        "only one-click reactions (\(metrics.reactionsSent) from you, \(metrics.reactionsReceived) "
        + "from them); no messages or calls"
    } else if metrics.groupMessages > 0 || metrics.sharedGroups > 0,
      metrics.ownerOnlyMessages == 0
    {
      classifyGroupOnly(&metrics)
    } else {
      LinkClassifier.classify(&metrics)
    }
    if metrics.ownerOnlyMessages > 0 {
      // They may well have answered: the export cannot show it.
      metrics.reason = metrics.reason.replacingOccurrences(
        of: "no direct messages or calls", with: "no messages from them in the export")
    }
    metrics.reason += unseenSides(metrics)
  }

  private func classifyGroupOnly(_ metrics: inout PersonMetrics) {
    metrics.category = .groupOnly
    metrics.direction = .none
    metrics.confidence = .medium
    let groups = metrics.sharedGroups == 1 ? "1 group chat" : "\(metrics.sharedGroups) group chats"
    metrics.reason =
      "only meets you in \(groups) (\(metrics.groupMessages) group messages from them); "
      + "no one-to-one exchange"
  }

  /// Too few turns to tell which way it goes: the link category stands, or little-contact.
  private func classifyTooLittle(_ metrics: inout PersonMetrics, history: DyadSummary) {
    let evidence =
      "too little contact to tell (\(history.turnsYou) turns from you and \(history.turnsThem) "
      + "from them in all; \(settings.minimumTurns) needed)"
    if !metrics.linkSummary.isEmpty {
      LinkClassifier.classify(&metrics)
      metrics.reason = metrics.reason.replacingOccurrences(
        of: "no direct messages or calls", with: evidence)
      if !metrics.reason.contains(evidence) { metrics.reason += "; " + evidence }
    } else {
      metrics.category = .littleContact
      metrics.direction = .none
      metrics.reason = evidence
    }
    metrics.confidence = .low
  }

  /// Evidence that says nothing about the other side: public posts (an archive holds only the
  /// owner's) and messages in threads whose export holds only the owner's side.
  private func unseenSides(_ metrics: PersonMetrics) -> String {
    var notes: [String] = []
    let mentions = metrics.publicMentionsSent + metrics.publicMentionsReceived
    if mentions > 0 {
      notes.append(
        "\(metrics.publicMentionsSent) public replies or mentions from you and "
          + "\(metrics.publicMentionsReceived) from them (public posts, not a direct exchange)")
    }
    if metrics.ownerOnlyMessages > 0 {
      notes.append(
        "you sent \(metrics.ownerOnlyMessages) direct messages in an export that holds only your "
          + "own messages (Discord): their replies are not in it, so the balance is unknown")
    }
    return notes.isEmpty ? "" : "; " + notes.joined(separator: "; ")
  }

  private func classifyExchange(
    _ metrics: inout PersonMetrics, judged: DyadSummary, onHistory: Bool
  ) {
    metrics.window.judgedOnHistory = onHistory
    let evidence = ExchangeEvidence(settings: settings, judged: judged, metrics: metrics)
    let scope =
      onHistory ? "over all the history (the recent window holds too little)" : evidence.scope
    if let direction = oneSided(judged) {
      metrics.category = .oneSided
      metrics.direction = direction
      let who = direction == .you ? "you reach out" : "they reach out"
      metrics.reason = "\(who) \(scope): \(evidence.text)"
    } else {
      metrics.direction = .both
      let missing = meaningfulGaps(metrics, judged: judged, onHistory: onHistory)
      if missing.isEmpty {
        metrics.category = .meaningful
        metrics.reason = "two-way, sustained, deep and recent \(scope): \(evidence.text)"
      } else {
        metrics.category = .twoWay
        metrics.reason =
          "both take part \(scope): \(evidence.text); not meaningful: "
          + missing.joined(separator: ", ")
      }
    }
    if metrics.status == .unknown {
      metrics.reason += "; whether it goes on is unknown: no source covering them has an end of "
      metrics.reason += "its own (a chat export ends with its last message)"
    }
    if !metrics.callsKnown {
      metrics.reason += "; calls missing: no call log among their sources"
    }
    metrics.confidence = confidence(metrics, judged: judged, onHistory: onHistory)
  }

  /// One-sided when one side takes (nearly) no turns, when the balance of turns and
  /// characters is below `oneSidedBalance`, or when one side opens `initiationRatio` times
  /// as many conversations and the other answers under half of that side's turns.
  private func oneSided(_ judged: DyadSummary) -> TieDirection? {
    let (you, them) = (judged.turnsYou, judged.turnsThem)
    if you == 0 || them == 0 { return them == 0 ? .you : .them }
    if let balance = judged.balance, balance < settings.oneSidedBalance {
      if you != them { return you > them ? .you : .them }
      return judged.charactersYou > judged.charactersThem ? .you : .them
    }
    guard judged.conversations >= settings.minimumConversationsForInitiation else { return nil }
    let ratio = settings.initiationRatio
    let (opensYou, opensThem) = (Double(judged.startsYou), Double(judged.startsThem))
    if opensYou >= ratio * max(1, opensThem), opensYou > opensThem,
      Double(judged.repliesThem) < 0.5 * Double(you)
    {
      return .you
    }
    if opensThem >= ratio * max(1, opensYou), opensThem > opensYou,
      Double(judged.repliesYou) < 0.5 * Double(them)
    {
      return .them
    }
    return nil
  }

  private func meaningfulGaps(_ metrics: PersonMetrics, judged: DyadSummary, onHistory: Bool)
    -> [String]
  {
    var missing: [String] = []
    if onHistory { return ["too little contact in the recent window"] }
    let weeks = judged.reciprocatedWeeks
    let span = (judged.reciprocatedTimes.last ?? 0) - (judged.reciprocatedTimes.first ?? 0)
    if weeks.count < settings.meaningfulWeeks
      || span < Int64(settings.meaningfulSpanDays) * 86_400
    {
      missing.append(
        "reciprocated in \(weeks.count) weeks of the window (\(settings.meaningfulWeeks) over "
          + "\(settings.meaningfulSpanDays) days needed)")
    }
    if judged.answeredCalls == 0 && judged.longTalks < settings.meaningfulLongTalks {
      missing.append("no answered calls or long talks")
    }
    if metrics.status != .active && metrics.status != .unknown {
      missing.append("contact is \(metrics.status.rawValue)")
    }
    return missing
  }

  private func confidence(_ metrics: PersonMetrics, judged: DyadSummary, onHistory: Bool)
    -> Confidence
  {
    if onHistory || judged.turns < 2 * settings.minimumTurns { return .low }
    if judged.turns >= settings.highConfidenceTurns, metrics.observedDays >= settings.shortSpanDays,
      metrics.sourceEndIsOwn
    {
      return .high
    }
    return .medium
  }
}
