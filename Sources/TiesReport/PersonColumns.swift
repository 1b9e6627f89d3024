import TiesAnalysis
import TiesCore

/// One column of what ties says about a person.
struct PersonColumn: Sendable {
  enum Kind: Sendable {
    case text
    case integer
    case real
    case boolean
  }

  var name: String
  var kind: Kind
  /// The value as people.csv writes it; nil is an empty field (NULL in SQLite).
  var value: @Sendable (PersonMetrics, ReportContext) -> String?
}

/// The person columns, in one place: people.csv, the `people` table of ties.sqlite and the
/// node attributes of network.graphml all read this list, so a new metric is added once.
enum PersonColumns {
  static let all: [PersonColumn] = [
    text("person_id") { p, _ in p.person.id },
    text("name") { p, _ in p.person.name },
    text("category") { p, _ in p.category.rawValue },
    text("direction") { p, _ in p.direction.rawValue },
    integer("strength") { $0.strength },
    text("layer") { p, _ in p.layer.rawValue },
    text("status") { p, _ in p.status.rawValue },
    text("confidence") { p, _ in p.confidence.rawValue },
    text("trend") { p, _ in p.trend.rawValue },
    text("identities") { p, context in context.identities(of: p.person) },
    text("platforms") { p, _ in list(p.platforms) },
    time("first_contact") { $0.firstContact },
    time("last_contact") { $0.lastContact },
    time("first_reciprocated") { $0.firstReciprocated },
    time("last_reciprocated") { $0.lastReciprocated },
    time("source_end") { $0.sourceEnd },
    boolean("source_end_own") { $0.sourceEndIsOwn },
    // "true" or "missing": whether the person's sources could show calls at all.
    text("calls_known") { p, _ in p.callsKnown ? "true" : "missing" },
    integer("messages_sent") { $0.messagesSent },
    integer("messages_received") { $0.messagesReceived },
    integer("characters_sent") { $0.charactersSent },
    integer("characters_received") { $0.charactersReceived },
    integer("reactions_sent") { $0.reactionsSent },
    integer("reactions_received") { $0.reactionsReceived },
    integer("group_messages") { $0.groupMessages },
    integer("shared_groups") { $0.sharedGroups },
    integer("calls_placed") { $0.callsPlaced },
    integer("calls_received") { $0.callsReceived },
    integer("calls_answered") { $0.callsAnswered },
    integer("calls_missed") { $0.callsMissed },
    minutes("call_minutes") { $0.callSeconds },
    integer("conversations") { $0.conversations },
    integer("initiated_by_you") { $0.initiatedByYou },
    integer("initiated_by_them") { $0.initiatedByThem },
    integer("turns_by_you") { $0.turnsByYou },
    integer("turns_by_them") { $0.turnsByThem },
    integer("replies_by_you") { $0.repliesByYou },
    integer("replies_by_them") { $0.repliesByThem },
    integer("long_talks") { $0.longTalks },
    PersonColumn(name: "median_reply_you_s", kind: .integer) { p, _ in
      p.medianReplySecondsYou.map(String.init)
    },
    PersonColumn(name: "median_reply_them_s", kind: .integer) { p, _ in
      p.medianReplySecondsThem.map(String.init)
    },
    time("window_start") { $0.windowStart },
    text("judged_on") { p, _ in
      p.hasDirectExchange ? (p.window.judgedOnHistory ? "history" : "window") : ""
    },
    integer("window_turns_you") { $0.window.turnsYou },
    integer("window_turns_them") { $0.window.turnsThem },
    integer("window_characters_you") { $0.window.charactersYou },
    integer("window_characters_them") { $0.window.charactersThem },
    integer("window_starts_you") { $0.window.startsYou },
    integer("window_starts_them") { $0.window.startsThem },
    integer("window_replies_you") { $0.window.repliesYou },
    integer("window_replies_them") { $0.window.repliesThem },
    integer("window_answered_calls") { $0.window.answeredCalls },
    minutes("window_call_minutes") { $0.window.callSeconds },
    integer("window_reciprocated_weeks") { $0.window.reciprocatedWeeks },
    integer("observed_days") { $0.observedDays },
    real("reciprocated_weeks_per_year") { p, _ in Formatting.fixed(p.reciprocatedWeeksPerYear, 1) },
    real("usual_gap_days") { p, _ in p.usualGapDays.map { Formatting.fixed($0, 1) } },
    real("message_balance") { p, _ in p.messageBalance.map { Formatting.fixed($0) } },
    real("initiation_share") { p, _ in p.initiationShare.map { Formatting.fixed($0) } },
    real("strength_intensity") { p, _ in Formatting.fixed(p.scores.intensity) },
    real("strength_reciprocity") { p, _ in Formatting.fixed(p.scores.reciprocity) },
    real("strength_duration") { p, _ in Formatting.fixed(p.scores.duration) },
    real("strength_recency") { p, _ in Formatting.fixed(p.scores.recency) },
    real("strength_intimacy") { p, _ in Formatting.fixed(p.scores.intimacy) },
    text("follows_you") { p, _ in list(p.followsYou) },
    text("you_follow") { p, _ in list(p.youFollow) },
    text("links") { p, _ in p.linkSummary.joined(separator: ";") },
    boolean("placeholder") { $0.person.isPlaceholder },
    boolean("kin") { $0.person.isKin },
    text("reason") { p, _ in p.reason },
  ]

  static var names: [String] { all.map(\.name) }

  private static func list(_ platforms: [Platform]) -> String {
    platforms.map(\.rawValue).joined(separator: ";")
  }

  private static func text(
    _ name: String, _ value: @escaping @Sendable (PersonMetrics, ReportContext) -> String?
  ) -> PersonColumn {
    PersonColumn(name: name, kind: .text, value: value)
  }

  private static func real(
    _ name: String, _ value: @escaping @Sendable (PersonMetrics, ReportContext) -> String?
  ) -> PersonColumn {
    PersonColumn(name: name, kind: .real, value: value)
  }

  private static func time(
    _ name: String, _ value: @escaping @Sendable (PersonMetrics) -> Int64?
  ) -> PersonColumn {
    PersonColumn(name: name, kind: .text) { p, _ in value(p).map(CivilTime.iso8601) }
  }

  private static func minutes(
    _ name: String, _ value: @escaping @Sendable (PersonMetrics) -> Int64
  ) -> PersonColumn {
    PersonColumn(name: name, kind: .real) { p, _ in Formatting.fixed(Double(value(p)) / 60, 1) }
  }

  private static func integer(
    _ name: String, _ value: @escaping @Sendable (PersonMetrics) -> Int
  ) -> PersonColumn {
    PersonColumn(name: name, kind: .integer) { p, _ in String(value(p)) }
  }

  private static func boolean(
    _ name: String, _ value: @escaping @Sendable (PersonMetrics) -> Bool
  ) -> PersonColumn {
    PersonColumn(name: name, kind: .boolean) { p, _ in value(p) ? "true" : "false" }
  }
}
