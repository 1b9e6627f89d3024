/// Finds the identities a user's reference names, in one pass over the graph's identities.
struct ReferenceIndex {
  private let identities: [Identity]
  private let names: [[String]]
  private var byName: [String: [Int]] = [:]
  private let people: [String: [Int]]

  /// `names` holds each identity's normalized names; `people` the members of each person
  /// of the automatic clustering, by id, for person references.
  init(identities: [Identity], names: [[String]], people: [String: [Int]]) {
    self.identities = identities
    self.names = names
    self.people = people
    for (index, identity) in identities.enumerated() where !identity.isPlaceholder {
      for name in names[index] { byName[name, default: []].append(index) }
    }
  }

  func identities(for reference: IdentityReference) -> [Int] {
    switch reference {
    case .person(let id): return people[id] ?? []
    case .name(let normalized): return byName[normalized] ?? []
    case .account(_, .name?, let normalized):
      return (byName[normalized] ?? []).filter { reference.matches(identities[$0]) }
    default:
      return identities.indices.filter { reference.matches(identities[$0]) }
    }
  }
}
