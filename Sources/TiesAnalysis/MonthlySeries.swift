import TiesCore

/// Per person, per calendar month (UTC) and per direction: the direct contact behind the
/// `monthly` table of `ties.sqlite` and `timeline.csv`. Computed from the same direct events
/// as the person's totals, so the months of a person add up to their row in people.csv.
public struct MonthlySeries: Sendable, Hashable {
  /// One person × month × direction. `direction` is `sent` (from the owner) or `received`.
  ///
  /// The table has a row per person and active month, hundreds of thousands on a large
  /// export, so a row keeps its month as a number and its small counts as 32 bits (56 bytes
  /// instead of 88), and spells them out when read.
  public struct Row: Sendable, Hashable {
    public var personID: String
    public var characters = 0
    public var callSeconds: Int64 = 0
    /// year × 12 + month − 1, UTC.
    let yearMonth: Int64
    private var messageCount: Int32 = 0
    private var callCount: Int32 = 0
    private var openedCount: Int32 = 0
    let fromOwner: Bool

    init(personID: String, year: Int, month: Int, fromOwner: Bool) {
      self.personID = personID
      yearMonth = Int64(year) * 12 + Int64(month) - 1
      self.fromOwner = fromOwner
    }

    /// `YYYY-MM`, UTC.
    public var month: String {
      let month = Int(yearMonth)
      let year = month >= 0 ? month / 12 : (month - 11) / 12
      return CivilTime.isoMonth(year: year, month: month - year * 12 + 1)
    }
    public var direction: String { fromOwner ? "sent" : "received" }
    public var messages: Int {
      get { Int(messageCount) }
      set { messageCount = Int32(clamping: newValue) }
    }
    public var calls: Int {
      get { Int(callCount) }
      set { callCount = Int32(clamping: newValue) }
    }
    public var conversationsOpened: Int {
      get { Int(openedCount) }
      set { openedCount = Int32(clamping: newValue) }
    }

    public var isEmpty: Bool {
      messages == 0 && characters == 0 && calls == 0 && callSeconds == 0
        && conversationsOpened == 0
    }

    /// Month, then `received` before `sent`: the order of their text. Years 0–9999 read as
    /// four digits, so their numbers sort as their text does; others compare as text.
    static func precedes(_ lhs: Row, _ rhs: Row) -> Bool {
      let plain: ClosedRange<Int64> = 0...(10_000 * 12 - 1)
      guard plain.contains(lhs.yearMonth), plain.contains(rhs.yearMonth) else {
        return (lhs.month, lhs.direction) < (rhs.month, rhs.direction)
      }
      return (lhs.yearMonth, lhs.fromOwner ? 1 : 0) < (rhs.yearMonth, rhs.fromOwner ? 1 : 0)
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
    // Keyed by an integer month and direction.
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
          default: Row(personID: personID, year: year, month: month, fromOwner: event.fromOwner)])
    }

    var rows: [Row] {
      byKey.values.filter { !$0.isEmpty }.sorted(by: Row.precedes)
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
