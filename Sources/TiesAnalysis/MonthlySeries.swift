import TiesCore

/// Per person, per calendar month (UTC) and per direction: the direct contact behind the
/// `monthly` table of `ties.sqlite` and `timeline.csv`. Computed from the same direct events
/// as the person's totals, so the months of a person add up to their row in people.csv.
public struct MonthlySeries: Sendable, Hashable {
  /// One person × month × direction. `direction` is `sent` (from the owner) or `received`.
  public struct Row: Sendable, Hashable {
    public var personID: String
    /// `YYYY-MM`, UTC.
    public var month: String
    public var direction: String
    public var messages = 0
    public var characters = 0
    public var calls = 0
    public var callSeconds: Int64 = 0
    public var conversationsOpened = 0

    public var isEmpty: Bool {
      messages == 0 && characters == 0 && calls == 0 && callSeconds == 0
        && conversationsOpened == 0
    }
  }

  /// Sorted by person id, month, then direction.
  public var rows: [Row] = []

  public init(rows: [Row] = []) { self.rows = rows }

  /// The rows of one person's direct events (sorted by time). A conversation opens where the
  /// gap before a message or call is at least `conversationGap`, as in the conversation
  /// analysis; reactions and public mentions open nothing.
  static func rows(personID: String, events: [DirectEvent], conversationGap: Int64) -> [Row] {
    var byKey: [String: Row] = [:]
    var lastTime: Int64?
    for event in events {
      let month = String(CivilTime.iso8601(event.time).prefix(7))
      let direction = event.fromOwner ? "sent" : "received"
      let key = month + direction
      var row = byKey[key] ?? Row(personID: personID, month: month, direction: direction)
      switch event.kind {
      case .message:
        row.messages += 1
        row.characters += Int(event.length)
      case .call:
        // Missed calls count as calls, as in people.csv; they last zero seconds.
        row.calls += 1
        row.callSeconds += Int64(event.length)
      default: break
      }
      if event.kind != .reaction && event.kind != .publicMention {
        if lastTime.map({ event.time - $0 >= conversationGap }) ?? true {
          row.conversationsOpened += 1
        }
        lastTime = event.time
      }
      byKey[key] = row
    }
    return byKey.values.filter { !$0.isEmpty }.sorted {
      ($0.month, $0.direction) < ($1.month, $1.direction)
    }
  }
}
