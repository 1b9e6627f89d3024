/// People who may be one, for the report to list with the evidence and the reason they were
/// kept apart (DESIGN §4: ambiguous candidates are listed, never merged silently).
struct PossibleDuplicateFinder: Sendable {
  let identities: [Identity]
  let names: [[String]]
  var clusters: IdentityClusters

  mutating func find(in people: [Person]) -> [PossibleDuplicate] {
    // Loose keys of each person's names, and of handles that read as names
    // ("dmitri.ivanov" may well be "Dmitri Ivanov").
    var byKey: [String: [Int]] = [:]
    var fromHandleOnly: [Int: Set<String>] = [:]
    for (index, person) in people.enumerated() where !person.isOwner && !person.isPlaceholder {
      var keys: Set<String> = []
      var handleKeys: Set<String> = []
      for member in person.identities {
        for name in identities[member].displayNames { keys.insert(NameNormalizer.looseKey(name)) }
        let key = identities[member].key
        if key.kind == .name { keys.insert(NameNormalizer.looseKey(key.value)) }
        if key.kind == .handle { handleKeys.insert(NameNormalizer.looseKey(key.value)) }
      }
      fromHandleOnly[index] = handleKeys.subtracting(keys)
      for key in keys.union(handleKeys) where !key.isEmpty { byKey[key, default: []].append(index) }
    }
    var result: [Pair: String] = [:]
    for key in byKey.keys.sorted() {
      guard let members = byKey[key], members.count > 1 else { continue }
      let sorted = members.sorted()
      for (offset, first) in sorted.enumerated() {
        for second in sorted[(offset + 1)...] {
          let pair = Pair(first: first, second: second)
          guard result[pair] == nil,
            let why = keptApart(
              people[first], people[second], key: key,
              handle: {
                fromHandleOnly[first]?.contains(key) == true
                  || fromHandleOnly[second]?.contains(key) == true
              })
          else { continue }
          result[pair] = "same name '\(key)' (\(platforms(people[first], people[second]))); \(why)"
        }
      }
    }
    return result.map {
      PossibleDuplicate(first: $0.key.first, second: $0.key.second, reason: $0.value)
    }
    .sorted()
  }

  private struct Pair: Hashable {
    var first: Int
    var second: Int
  }

  /// Why the two were not merged, or nil when the user split them (they said so already).
  private mutating func keptApart(
    _ first: Person, _ second: Person, key: String, handle: () -> Bool
  ) -> String? {
    switch clusters.conflict(first.identities[0], second.identities[0]) {
    case .split?: return nil
    case .phones?: return "kept apart: different phone numbers"
    case .accounts(let platform)?:
      return "kept apart: two different \(platform.displayName) accounts"
    case nil: break
    }
    if handle() { return "kept apart: only a handle reads as the name" }
    let left = Set(first.identities.flatMap { names[$0] })
    let right = Set(second.identities.flatMap { names[$0] })
    guard let shared = left.intersection(right).sorted().first else {
      return "kept apart: the names differ in spelling or punctuation"
    }
    if !NameNormalizer.isDistinctive(shared) { return "kept apart: a one-word name" }
    return "kept apart: more than one account on a platform carries this name"
  }

  private func platforms(_ first: Person, _ second: Person) -> String {
    func list(_ person: Person) -> String {
      Set(person.identities.map { identities[$0].key.platform }).sorted()
        .map(\.displayName).joined(separator: ", ")
    }
    return "\(list(first)) / \(list(second))"
  }
}
