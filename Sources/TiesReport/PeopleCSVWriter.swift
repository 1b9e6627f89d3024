import TiesAnalysis
import TiesCore

/// `people.csv`: one row per person, the conclusions and every count behind them.
public struct PeopleCSVWriter: ReportWriter {
  public let fileName = "people.csv"

  public init() {}

  static let columns = [
    "person_id", "name", "category", "direction", "strength", "layer", "status", "identities",
    "platforms", "first_contact", "last_contact", "messages_sent", "messages_received",
    "characters_sent", "characters_received", "reactions_sent", "reactions_received",
    "group_messages", "shared_groups", "calls_placed", "calls_received", "calls_missed",
    "call_minutes", "conversations", "initiated_by_you", "initiated_by_them", "turns_by_you",
    "turns_by_them", "replies_by_you", "replies_by_them", "long_talks", "median_reply_you_s",
    "median_reply_them_s", "message_balance", "initiation_share", "contacts_per_year",
    "follows_you", "you_follow", "links", "placeholder", "kin", "reason",
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
    return [
      p.person.id, p.person.name, p.category.rawValue, p.direction.rawValue, String(p.strength),
      p.layer.rawValue, p.status.rawValue, context.identities(of: p.person), platforms(p.platforms),
      Formatting.date(p.firstContact), Formatting.date(p.lastContact), String(p.messagesSent),
      String(p.messagesReceived), String(p.charactersSent), String(p.charactersReceived),
      String(p.reactionsSent), String(p.reactionsReceived), String(p.groupMessages),
      String(p.sharedGroups), String(p.callsPlaced), String(p.callsReceived), String(p.callsMissed),
      Formatting.fixed(Double(p.callSeconds) / 60, 1), String(p.conversations),
      String(p.initiatedByYou), String(p.initiatedByThem), String(p.turnsByYou),
      String(p.turnsByThem), String(p.repliesByYou), String(p.repliesByThem), String(p.longTalks),
      p.medianReplySecondsYou.map(String.init) ?? "",
      p.medianReplySecondsThem.map(String.init) ?? "",
      Formatting.optional(p.messageBalance), Formatting.optional(p.initiationShare),
      Formatting.fixed(p.contactsPerYear, 1), platforms(p.followsYou), platforms(p.youFollow),
      p.linkSummary.joined(separator: ";"), p.person.isPlaceholder ? "true" : "false",
      p.person.isKin ? "true" : "false", p.reason,
    ]
  }
}
