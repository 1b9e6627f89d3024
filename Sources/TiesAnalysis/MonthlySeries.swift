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

  /// One person's rows, fed their direct events one at a time in time order. A conversation
  /// opens where the gap before a message or call is at least `conversationGap`, as in the
  /// conversation analysis; reactions and public mentions open nothing.
  struct Builder {
    let personID: String
    let conversationGap: Int64
    // Keyed by an integer month and direction: the month's text is made once per row, not
    // per event.
    private var byKey: [Int: Row] = [:]
    private var lastTime: Int64?

    init(personID: String, conversationGap: Int64) {
      self.personID = personID
      self.conversationGap = conversationGap
    }

    mutating func add(_ event: DirectEvent) {
      let days = event.time >= 0 ? event.time / 86_400 : (event.time - 86_399) / 86_400
      let (year, month, _) = CivilTime.civil(days: days)
      let key = (year * 12 + month) * 2 + (event.fromOwner ? 1 : 0)
      var opens = false
      if event.kind != .reaction && event.kind != .publicMention {
        opens = lastTime.map { event.time - $0 >= conversationGap } ?? true
        lastTime = event.time
      }
      MonthlySeries.add(
        event, opens: opens,
        to: &byKey[
          key,
          default: Row(
            personID: personID, month: String(CivilTime.iso8601(event.time).prefix(7)),
            direction: event.fromOwner ? "sent" : "received")])
    }

    var rows: [Row] {
      byKey.values.filter { !$0.isEmpty }.sorted {
        ($0.month, $0.direction) < ($1.month, $1.direction)
      }
    }
  }

  fileprivate static func add(_ event: DirectEvent, opens: Bool, to row: inout Row) {
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
    if opens { row.conversationsOpened += 1 }
  }
}
