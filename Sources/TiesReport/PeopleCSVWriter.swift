import TiesAnalysis
import TiesCore

/// `people.csv`: one row per person, the conclusions and every count behind them.
public struct PeopleCSVWriter: ReportWriter {
  public let fileName = "people.csv"

  public init() {}

  static let columns = [
    "person_id", "name", "category", "direction", "strength", "layer", "status", "confidence",
    "trend", "identities", "platforms", "first_contact", "last_contact", "first_reciprocated",
    "last_reciprocated", "source_end", "source_end_own", "calls_known", "messages_sent",
    "messages_received", "characters_sent", "characters_received", "reactions_sent",
    "reactions_received", "group_messages", "shared_groups", "calls_placed", "calls_received",
    "calls_answered", "calls_missed", "call_minutes", "conversations", "initiated_by_you",
    "initiated_by_them", "turns_by_you", "turns_by_them", "replies_by_you", "replies_by_them",
    "long_talks", "median_reply_you_s", "median_reply_them_s", "window_start", "judged_on",
    "window_turns_you", "window_turns_them", "window_characters_you", "window_characters_them",
    "window_starts_you", "window_starts_them", "window_replies_you", "window_replies_them",
    "window_answered_calls", "window_call_minutes", "window_reciprocated_weeks",
    "observed_days", "reciprocated_weeks_per_year", "usual_gap_days", "message_balance",
    "initiation_share", "strength_intensity", "strength_reciprocity", "strength_duration",
    "strength_recency", "strength_intimacy", "follows_you", "you_follow", "links",
    "placeholder", "kin", "reason",
  ]

  public func render(_ context: ReportContext) -> String {
    var out = Formatting.csvRow(Self.columns)
    for person in context.analysis.people {
      out += Formatting.csvRow(row(person, context: context))
    }
    return out
  }

  private func row(_ p: PersonMetrics, context: ReportContext) -> [String] {
    let platforms = { (list: [Platform]) in list.map(\.rawValue).joined(separator: ";") }
    let w = p.window
    let judged = p.hasDirectExchange ? (w.judgedOnHistory ? "history" : "window") : ""
    return [
      p.person.id, p.person.name, p.category.rawValue, p.direction.rawValue, String(p.strength),
      p.layer.rawValue, p.status.rawValue, p.confidence.rawValue, p.trend.rawValue,
      context.identities(of: p.person), platforms(p.platforms), Formatting.date(p.firstContact),
      Formatting.date(p.lastContact), Formatting.date(p.firstReciprocated),
      Formatting.date(p.lastReciprocated), Formatting.date(p.sourceEnd),
      p.sourceEndIsOwn ? "true" : "false", p.callsKnown ? "true" : "missing",
      String(p.messagesSent), String(p.messagesReceived), String(p.charactersSent),
      String(p.charactersReceived), String(p.reactionsSent), String(p.reactionsReceived),
      String(p.groupMessages), String(p.sharedGroups), String(p.callsPlaced),
      String(p.callsReceived), String(p.callsAnswered), String(p.callsMissed),
      Formatting.fixed(Double(p.callSeconds) / 60, 1), String(p.conversations),
      String(p.initiatedByYou), String(p.initiatedByThem), String(p.turnsByYou),
      String(p.turnsByThem), String(p.repliesByYou), String(p.repliesByThem), String(p.longTalks),
      p.medianReplySecondsYou.map(String.init) ?? "",
      p.medianReplySecondsThem.map(String.init) ?? "", Formatting.date(p.windowStart), judged,
      String(w.turnsYou), String(w.turnsThem), String(w.charactersYou), String(w.charactersThem),
      String(w.startsYou), String(w.startsThem), String(w.repliesYou), String(w.repliesThem),
      String(w.answeredCalls), Formatting.fixed(Double(w.callSeconds) / 60, 1),
      String(w.reciprocatedWeeks), String(p.observedDays),
      Formatting.fixed(p.reciprocatedWeeksPerYear, 1), Formatting.optional(p.usualGapDays, 1),
      Formatting.optional(p.messageBalance), Formatting.optional(p.initiationShare),
      Formatting.fixed(p.scores.intensity), Formatting.fixed(p.scores.reciprocity),
      Formatting.fixed(p.scores.duration), Formatting.fixed(p.scores.recency),
      Formatting.fixed(p.scores.intimacy), platforms(p.followsYou), platforms(p.youFollow),
      p.linkSummary.joined(separator: ";"), p.person.isPlaceholder ? "true" : "false",
      p.person.isKin ? "true" : "false", p.reason,
    ]
  }
}
