/// What changed between two runs over a person's life: who is new and who is gone, whose
/// category changed, whose strength moved, who faded, who turned one-sided, who unfollowed.
/// People are matched by person id and, failing that, by a shared identity (ids follow the
/// identities, so a merge or a new handle can change one).
public struct RunDiff: Sendable, Codable, Equatable {
  public struct Person: Sendable, Codable, Equatable {
    public var personID: String
    public var name: String
    public var category: String
    public var strength: String
  }

  public struct Change: Sendable, Codable, Equatable {
    public var person: Person
    public var field: String
    public var old: String
    public var new: String
    public var oldReason: String
    public var newReason: String
  }

  public var added: [Person] = []
  public var gone: [Person] = []
  public var categoryChanges: [Change] = []
  public var strengthMoves: [Change] = []
  public var faded: [Change] = []
  public var turnedOneSided: [Change] = []
  public var unfollowed: [String] = []
  public var totals: [Change] = []

  public var isEmpty: Bool {
    added.isEmpty && gone.isEmpty && categoryChanges.isEmpty && strengthMoves.isEmpty
      && faded.isEmpty && turnedOneSided.isEmpty && unfollowed.isEmpty && totals.isEmpty
  }

  public init() {}

  public static func compare(_ old: RunOutput, _ new: RunOutput, strengthThreshold: Int = 20)
    -> RunDiff
  {
    var diff = RunDiff()
    let before = old.people.records
    let after = new.people.records
    let pairs = PersonMatcher.match(before, after)
    for record in pairs.gone { diff.gone.append(person(record)) }
    for record in pairs.added { diff.added.append(person(record)) }
    for (a, b) in pairs.matched {
      func change(_ field: String) -> Change {
        Change(
          person: person(b), field: field, old: a[field] ?? "", new: b[field] ?? "",
          oldReason: a["reason"] ?? "", newReason: b["reason"] ?? "")
      }
      if a["category"] != b["category"] { diff.categoryChanges.append(change("category")) }
      if let x = Int(a["strength"] ?? ""), let y = Int(b["strength"] ?? ""),
        abs(x - y) >= strengthThreshold
      {
        diff.strengthMoves.append(change("strength"))
      }
      let fadedStatuses: Set = ["fading", "dormant"]
      if let status = b["status"], fadedStatuses.contains(status), a["status"] != status,
        !fadedStatuses.contains(a["status"] ?? "") || status == "dormant"
      {
        diff.faded.append(change("status"))
      }
      if isOneSided(b) && !isOneSided(a) {
        diff.turnedOneSided.append(change(b["category"] == "one-sided" ? "category" : "direction"))
      }
    }
    diff.unfollowed = unfollowed(old.links, new.links)
    diff.totals = totals(old.summary, new.summary)
    return diff
  }

  /// The totals that moved, over the keys of both runs; none when a run carries no totals
  /// (a ties.sqlite written before its totals table), rather than every total "gone".
  static func totals(_ old: [String: String], _ new: [String: String]) -> [Change] {
    func totals(_ summary: [String: String]) -> [String: String] {
      summary.filter { $0.key.hasPrefix("totals.") && !$0.key.contains("[") }
    }
    let before = totals(old)
    let after = totals(new)
    guard !before.isEmpty, !after.isEmpty else { return [] }
    let empty = Person(personID: "", name: "", category: "", strength: "")
    return Set(before.keys).union(after.keys).sorted().compactMap { key in
      before[key] == after[key]
        ? nil
        : Change(
          person: empty, field: key, old: before[key] ?? "", new: after[key] ?? "",
          oldReason: "", newReason: "")
    }
  }

  static func isOneSided(_ record: [String: String]) -> Bool {
    record["category"] == "one-sided"
  }

  static func person(_ record: [String: String]) -> Person {
    Person(
      personID: record["person_id"] ?? "", name: record["name"] ?? "",
      category: record["category"] ?? "", strength: record["strength"] ?? "")
  }

  /// Follows you had that are gone: `platform identity` of each outgoing-from-them follow lost.
  static func unfollowed(_ old: CSVDocument?, _ new: CSVDocument?) -> [String] {
    guard let old, let new else { return [] }
    func follows(_ document: CSVDocument) -> Set<String> {
      Set(
        document.records.filter { $0["kind"] == "follows" && $0["direction"] == "incoming" }
          .map { "\($0["identity"] ?? "") (\($0["name"] ?? ""))" })
    }
    return follows(old).subtracting(follows(new)).sorted()
  }
}
