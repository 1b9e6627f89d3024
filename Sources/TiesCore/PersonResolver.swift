/// Clusters identities into people (DESIGN §4, docs/identity.md). In order: what the user's
/// people.yaml merges; the owner's identities; pairs the exports link; the same phone number
/// or e-mail on any platform; a name-only identity with the one account of its platform
/// carrying that display name; a distinctive name across platforms, unless that name is
/// ambiguous somewhere or the candidates hold different phone numbers or accounts. The
/// user's splits stop every merge but their own. Placeholders never merge.
public struct PersonResolver: Sendable {
  public var overrides: PersonOverrides

  public init(overrides: PersonOverrides = PersonOverrides()) { self.overrides = overrides }

  /// The people of a graph and, for every identity, the index of its person.
  public struct Result: Sendable {
    public var people: [Person]
    public var personOfIdentity: [Int]
    public var possibleDuplicates: [PossibleDuplicate]
    public var ownerIndex: Int?
    /// References of the overrides that matched nothing, and contradictions in them.
    public var diagnostics: [Diagnostic]
  }

  public func resolve(_ graph: InteractionGraph) -> Result {
    var (result, duplicates) = resolveLeavingDuplicates(graph)
    result.possibleDuplicates = duplicates.find()
    return result
  }

  /// The people, with `possibleDuplicates` left empty, and the search for them to run
  /// apart: it needs only the people, and took three times as long as the clustering on
  /// the 1 GB bench export, so the analysis runs it on a thread of its own while it reads
  /// the run.
  public func resolveLeavingDuplicates(_ graph: InteractionGraph) -> (Result, DuplicateSearch) {
    let identities = graph.identities
    let names = identities.map(Self.normalizedNames)
    var automatic: [String: [Int]] = [:]
    if overrides.usesPersonIDs {
      for person in PersonResolver().resolve(graph).people {
        automatic[person.id] = person.identities
      }
    }
    var applied = AppliedOverrides(
      overrides, index: ReferenceIndex(identities: identities, names: names, people: automatic))
    var clusters = IdentityClusters(identities)
    for group in applied.merges {
      for member in group.dropFirst() { clusters.union(group[0], member) }
    }
    applied.placeSplits(in: &clusters)

    let owners = graph.ownerIdentities.union(applied.owners).sorted()
    for owner in owners.dropFirst() { clusters.unionUnlessSplit(owners[0], owner) }
    for pair in graph.sameAs { clusters.unionUnlessSplit(pair.first, pair.second) }
    var byAddress: [String: Int] = [:]
    for (index, identity) in identities.enumerated() where !identity.isPlaceholder {
      let address: String
      switch identity.key.kind {
      case .phone: address = "phone:" + identity.key.value
      case .email: address = "email:" + identity.key.value.lowercased()
      case .accountID, .handle, .url, .name: continue
      }
      if let first = byAddress[address] {
        clusters.unionUnlessSplit(first, index)
      } else {
        byAddress[address] = index
      }
    }
    mergeNames(identities, names: names, into: &clusters)

    var result = build(graph, clusters: &clusters, owners: Set(owners))
    applied.describe(&result.people, personOf: result.personOfIdentity)
    result.diagnostics = applied.diagnostics
    let search = DuplicateSearch(
      finder: PossibleDuplicateFinder(identities: identities, names: names, clusters: clusters),
      people: result.people)
    return (result, search)
  }

  /// Names per platform: which identities carry each normalized name.
  private func mergeNames(
    _ identities: [Identity], names: [[String]], into clusters: inout IdentityClusters
  ) {
    var holders: [String: [Platform: [Int]]] = [:]
    for (index, identity) in identities.enumerated() where !identity.isPlaceholder {
      for name in names[index] {
        holders[name, default: [:]][identity.key.platform, default: []].append(index)
      }
    }
    for name in holders.keys.sorted() {
      guard let perPlatform = holders[name] else { continue }
      var representatives: [Int] = []
      for platform in perPlatform.keys.sorted() {
        guard let members = perPlatform[platform] else { continue }
        // Counted as people so far, not as identities: an X id and its handle, or a contact
        // card's phone and e-mail, are one account that carries the name twice.
        let strong = distinct(members.filter { identities[$0].key.kind != .name }, &clusters)
        let weak = members.filter { identities[$0].key.kind == .name }
        if strong.count > 1 { continue }  // ambiguous on this platform: listed, not merged
        let weakPeople = distinct(weak, &clusters)
        if let anchor = strong.first ?? (weakPeople.count == 1 ? weakPeople.first : nil) {
          for member in weak { clusters.unionUnlessSplit(anchor, member) }
          representatives.append(anchor)
        }
      }
      guard representatives.count > 1, NameNormalizer.isDistinctive(name) else { continue }
      // Every candidate must fit every other: one pair that cannot be one person means the
      // name does not tell who is who, and nobody merges on it.
      let fits = representatives.indices.allSatisfy { left in
        representatives[(left + 1)...].allSatisfy { right in
          clusters.conflict(representatives[left], right) == nil
        }
      }
      if fits {
        for other in representatives.dropFirst() { clusters.union(representatives[0], other) }
      }
    }
  }

  /// One identity per cluster, the first of each in the given order.
  private func distinct(_ members: [Int], _ clusters: inout IdentityClusters) -> [Int] {
    var seen: Set<Int> = []
    return members.filter { seen.insert(clusters.find($0)).inserted }
  }

  private func build(
    _ graph: InteractionGraph, clusters: inout IdentityClusters, owners: Set<Int>
  ) -> Result {
    let identities = graph.identities
    var groups: [Int: [Int]] = [:]
    for index in identities.indices { groups[clusters.find(index), default: []].append(index) }
    var members = groups.values.map { group in
      (
        anchor: Self.anchor(of: group.map { identities[$0] }),
        members: group.sorted {
          identities[$0].key < identities[$1].key
        }
      )
    }
    members.sort {
      $0.anchor != $1.anchor
        ? $0.anchor < $1.anchor : identities[$0.members[0]].key < identities[$1.members[0]].key
    }

    var people: [Person] = []
    var personOfIdentity = [Int](repeating: 0, count: identities.count)
    var usedIDs: Set<String> = []
    var ownerIndex: Int?
    for (anchor, group) in members {
      let isOwner = group.contains { owners.contains($0) }
      var id = isOwner ? "me" : "p" + StableHash.hex(anchor)
      while usedIDs.contains(id) { id += "x" }
      usedIDs.insert(id)
      let person = Person(
        id: id, name: Self.bestName(group.map { identities[$0] }), identities: group,
        isOwner: isOwner, isPlaceholder: group.allSatisfy { identities[$0].isPlaceholder })
      for member in group { personOfIdentity[member] = people.count }
      if isOwner { ownerIndex = people.count }
      people.append(person)
    }
    return Result(
      people: people, personOfIdentity: personOfIdentity, possibleDuplicates: [],
      ownerIndex: ownerIndex, diagnostics: [])
  }

  /// The key a person's id derives from. Phone numbers and e-mails come first and without
  /// their platform, then accounts, then names: adding or removing one platform's export
  /// leaves the id of everyone reachable by phone, and of everyone not on it, unchanged.
  static func anchor(of identities: [Identity]) -> String {
    identities.map { identity -> (Int, String) in
      let key = identity.key
      switch key.kind {
      case .phone: return (0, "phone:" + key.value)
      case .email: return (1, "email:" + key.value.lowercased())
      case .accountID, .handle: return (2, key.description)
      case .url: return (3, key.description)
      case .name: return (4, key.description)
      }
    }.min { $0 < $1 }?.1 ?? ""
  }

  static func normalizedNames(_ identity: Identity) -> [String] {
    guard !identity.isPlaceholder else { return [] }
    var names = Set(identity.displayNames.map(NameNormalizer.normalize))
    if identity.key.kind == .name { names.insert(NameNormalizer.normalize(identity.key.value)) }
    names.remove("")
    return names.sorted()
  }

  /// The display name with the most words (full names beat first names and handles).
  static func bestName(_ identities: [Identity]) -> String {
    let names = identities.flatMap(\.displayNames)
    let best = names.min { lhs, rhs in
      let (left, right) = (lhs.split(separator: " ").count, rhs.split(separator: " ").count)
      return left != right ? left > right : lhs < rhs
    }
    return best ?? identities.first?.key.value ?? ""
  }
}
