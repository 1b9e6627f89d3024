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
    text("identities") { p, context in context.identities(of: p.person) },
    text("platforms") { p, _ in list(p.platforms) },
    text("first_contact") { p, _ in p.firstContact.map(CivilTime.iso8601) },
    text("last_contact") { p, _ in p.lastContact.map(CivilTime.iso8601) },
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
    integer("calls_missed") { $0.callsMissed },
    real("call_minutes") { p, _ in Formatting.fixed(Double(p.callSeconds) / 60, 1) },
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
    real("message_balance") { p, _ in p.messageBalance.map { Formatting.fixed($0) } },
    real("initiation_share") { p, _ in p.initiationShare.map { Formatting.fixed($0) } },
    real("contacts_per_year") { p, _ in Formatting.fixed(p.contactsPerYear, 1) },
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
