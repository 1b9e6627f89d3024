/// What the user says about people (DESIGN §4, `people.yaml`): who is the owner, who is one
/// person, who are different people, names, kin, and who to leave out. It always wins over
/// what the data suggests.
public struct PersonOverrides: Sendable, Hashable {
  /// A reference as written, with where it was written, for warnings.
  public struct Reference: Sendable, Hashable {
    public var reference: IdentityReference
    public var text: String
    public var line: Int?

    public init(_ reference: IdentityReference, text: String, line: Int? = nil) {
      self.reference = reference
      self.text = text
      self.line = line
    }
  }

  /// One person as the user describes them: the references are merged into one.
  public struct Entry: Sendable, Hashable {
    public var name: String?
    public var same: [Reference]
    public var isKin: Bool
    public var isExcluded: Bool
    public var line: Int?

    public init(
      name: String? = nil, same: [Reference], isKin: Bool = false, isExcluded: Bool = false,
      line: Int? = nil
    ) {
      self.name = name
      self.same = same
      self.isKin = isKin
      self.isExcluded = isExcluded
      self.line = line
    }
  }

  /// The file the overrides came from, for warnings.
  public var source: String
  /// Identities that are the owner, besides those the exports name.
  public var me: [Reference]
  public var people: [Entry]
  /// Each group's references are different people, whatever the data suggests.
  public var splits: [[Reference]]

  public init(
    source: String = "people.yaml", me: [Reference] = [], people: [Entry] = [],
    splits: [[Reference]] = []
  ) {
    self.source = source
    self.me = me
    self.people = people
    self.splits = splits
  }

  public var isEmpty: Bool { me.isEmpty && people.isEmpty && splits.isEmpty }

  /// Whether any reference names a person of a report, which needs the automatic clustering.
  var usesPersonIDs: Bool {
    let all = me + people.flatMap(\.same) + splits.flatMap { $0 }
    return all.contains {
      if case .person = $0.reference { return true }
      return false
    }
  }
}
