/// Union-find over identities that remembers, for each cluster, the facts that forbid
/// merging it with another: its phone numbers, its accounts per platform, and the sides of
/// the user's splits it is on.
struct IdentityClusters: Sendable {
  /// Why two clusters must not be merged on a name alone.
  enum Conflict: Equatable {
    case split
    case phones
    case accounts(Platform)
  }

  private var parent: [Int]
  private var phones: [Int: Set<String>] = [:]
  private var accounts: [Int: [AccountKind: Set<String>]] = [:]
  private var sides: [Int: [Int: Int]] = [:]

  struct AccountKind: Hashable {
    var platform: Platform
    var kind: IdentityKind
  }

  init(_ identities: [Identity]) {
    parent = Array(identities.indices)
    for (index, identity) in identities.enumerated() where !identity.isPlaceholder {
      let key = identity.key
      switch key.kind {
      case .phone: phones[index] = [key.value]
      case .accountID, .handle:
        accounts[index] = [AccountKind(platform: key.platform, kind: key.kind): [key.value]]
      case .email, .url, .name: break
      }
    }
  }

  mutating func find(_ element: Int) -> Int {
    var node = element
    while parent[node] != node {
      parent[node] = parent[parent[node]]
      node = parent[node]
    }
    return node
  }

  /// Merges two clusters, whatever they hold.
  mutating func union(_ first: Int, _ second: Int) {
    let (a, b) = (find(first), find(second))
    guard a != b else { return }
    let (root, child) = (min(a, b), max(a, b))
    parent[child] = root
    if let moved = phones.removeValue(forKey: child) { phones[root, default: []].formUnion(moved) }
    if let moved = accounts.removeValue(forKey: child) {
      accounts[root, default: [:]].merge(moved) { $0.union($1) }
    }
    if let moved = sides.removeValue(forKey: child) {
      sides[root, default: [:]].merge(moved) { old, _ in old }
    }
  }

  /// Merges unless the user split the two apart; says whether it merged.
  @discardableResult
  mutating func unionUnlessSplit(_ first: Int, _ second: Int) -> Bool {
    if splitApart(first, second) { return false }
    union(first, second)
    return true
  }

  /// Puts the identity's cluster on one side of a split; false when the cluster is already
  /// on another side of the same split (the user merged what they also split).
  mutating func place(_ identity: Int, split: Int, side: Int) -> Bool {
    let root = find(identity)
    if let existing = sides[root]?[split] { return existing == side }
    sides[root, default: [:]][split] = side
    return true
  }

  mutating func splitApart(_ first: Int, _ second: Int) -> Bool {
    let (a, b) = (find(first), find(second))
    guard a != b, let left = sides[a], let right = sides[b] else { return false }
    return left.contains { split, side in right[split].map { $0 != side } ?? false }
  }

  /// What speaks against two clusters being one person, beyond a shared name.
  mutating func conflict(_ first: Int, _ second: Int) -> Conflict? {
    let (a, b) = (find(first), find(second))
    guard a != b else { return nil }
    if splitApart(a, b) { return .split }
    if let left = phones[a], let right = phones[b], left.isDisjoint(with: right) {
      return .phones
    }
    if let left = accounts[a], let right = accounts[b] {
      for (kind, values) in left.sorted(by: {
        ($0.key.platform, $0.key.kind) < ($1.key.platform, $1.key.kind)
      }) {
        if let others = right[kind], values.isDisjoint(with: others) {
          return .accounts(kind.platform)
        }
      }
    }
    return nil
  }
}
