/// Clusters identities into people (DESIGN §4): the owner's identities form one person;
/// identities sharing a phone number merge; a distinctive name merges across platforms when
/// it is unambiguous on each platform; a name-only identity merges with the one identity of
/// its own platform that carries the same display name. Placeholders never merge.
public struct PersonResolver: Sendable {
  public init() {}

  /// The people of a graph and, for every identity, the index of its person.
  public struct Result: Sendable {
    public var people: [Person]
    public var personOfIdentity: [Int]
    public var possibleDuplicates: [PossibleDuplicate]
    public var ownerIndex: Int?
  }

  public func resolve(_ graph: InteractionGraph) -> Result {
    let identities = graph.identities
    var sets = DisjointSets(count: identities.count)
    let owners = graph.ownerIdentities.sorted()
    for owner in owners.dropFirst() { sets.union(owners[0], owner) }
    for pair in graph.sameAs { sets.union(pair.first, pair.second) }

    var byPhone: [String: Int] = [:]
    for (index, identity) in identities.enumerated() where identity.key.kind == .phone {
      if let first = byPhone[identity.key.value] {
        sets.union(first, index)
      } else {
        byPhone[identity.key.value] = index
      }
    }

    // Names per platform: which identities carry each normalized name.
    var holders: [String: [Platform: [Int]]] = [:]
    for (index, identity) in identities.enumerated() where !identity.isPlaceholder {
      var names = Set(identity.displayNames.map(NameNormalizer.normalize))
      if identity.key.kind == .name { names.insert(NameNormalizer.normalize(identity.key.value)) }
      for name in names where !name.isEmpty {
        holders[name, default: [:]][identity.key.platform, default: []].append(index)
      }
    }
    for name in holders.keys.sorted() {
      guard let perPlatform = holders[name] else { continue }
      var representatives: [Int] = []
      for platform in perPlatform.keys.sorted() {
        guard let members = perPlatform[platform] else { continue }
        let strong = members.filter { identities[$0].key.kind != .name }
        let weak = members.filter { identities[$0].key.kind == .name }
        if strong.count > 1 { continue }  // ambiguous on this platform: listed, not merged
        if let anchor = strong.first ?? (weak.count == 1 ? weak.first : nil) {
          for member in weak { sets.union(anchor, member) }
          representatives.append(anchor)
        }
      }
      if representatives.count > 1, NameNormalizer.isDistinctive(name) {
        for other in representatives.dropFirst() { sets.union(representatives[0], other) }
      }
    }
    return build(graph, sets: &sets)
  }

  private func build(_ graph: InteractionGraph, sets: inout DisjointSets) -> Result {
    let identities = graph.identities
    var groups: [Int: [Int]] = [:]
    for index in identities.indices { groups[sets.find(index), default: []].append(index) }
    var clusters = groups.values.map { members in
      members.sorted { identities[$0].key < identities[$1].key }
    }
    clusters.sort { identities[$0[0]].key < identities[$1[0]].key }

    var people: [Person] = []
    var personOfIdentity = [Int](repeating: 0, count: identities.count)
    var usedIDs: Set<String> = []
    var ownerIndex: Int?
    for members in clusters {
      let isOwner = members.contains { graph.ownerIdentities.contains($0) }
      var id = isOwner ? "me" : "p" + StableHash.hex(identities[members[0]].key.description)
      while usedIDs.contains(id) { id += "x" }
      usedIDs.insert(id)
      let person = Person(
        id: id, name: Self.bestName(members.map { identities[$0] }), identities: members,
        isOwner: isOwner, isPlaceholder: members.allSatisfy { identities[$0].isPlaceholder })
      for member in members { personOfIdentity[member] = people.count }
      if isOwner { ownerIndex = people.count }
      people.append(person)
    }
    return Result(
      people: people, personOfIdentity: personOfIdentity,
      possibleDuplicates: Self.duplicates(people, identities: identities), ownerIndex: ownerIndex)
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

  static func duplicates(_ people: [Person], identities: [Identity]) -> [PossibleDuplicate] {
    var byKey: [String: [Int]] = [:]
    for (index, person) in people.enumerated() where !person.isOwner && !person.isPlaceholder {
      var keys: Set<String> = []
      for member in person.identities {
        for name in identities[member].displayNames { keys.insert(NameNormalizer.looseKey(name)) }
        // Handles count too: "dmitri.ivanov" may well be "Dmitri Ivanov".
        let kind = identities[member].key.kind
        if kind == .name || kind == .handle {
          keys.insert(NameNormalizer.looseKey(identities[member].key.value))
        }
      }
      for key in keys where !key.isEmpty { byKey[key, default: []].append(index) }
    }
    var result: Set<PossibleDuplicate> = []
    for (key, members) in byKey where members.count > 1 {
      let sorted = members.sorted()
      for (offset, first) in sorted.enumerated() {
        for second in sorted[(offset + 1)...] {
          result.insert(
            PossibleDuplicate(first: first, second: second, reason: "same name '\(key)'"))
        }
      }
    }
    return result.sorted()
  }
}

/// Union-find with path halving; identities are numbered densely, so arrays suffice.
private struct DisjointSets {
  private var parent: [Int]

  init(count: Int) { parent = Array(0..<count) }

  mutating func find(_ element: Int) -> Int {
    var node = element
    while parent[node] != node {
      parent[node] = parent[parent[node]]
      node = parent[node]
    }
    return node
  }

  mutating func union(_ first: Int, _ second: Int) {
    let (a, b) = (find(first), find(second))
    if a != b { parent[max(a, b)] = min(a, b) }
  }
}
