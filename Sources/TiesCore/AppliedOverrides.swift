/// The user's overrides with every reference turned into the identities it names, and a
/// warning for each reference that names none.
struct AppliedOverrides {
  private(set) var merges: [[Int]] = []
  private(set) var owners: Set<Int> = []
  private(set) var diagnostics: [Diagnostic] = []
  private var splits: [(line: Int?, sides: [[Int]])] = []
  private var entries: [(entry: PersonOverrides.Entry, identities: [Int])] = []
  private let source: String

  init(_ overrides: PersonOverrides, index: ReferenceIndex) {
    source = overrides.source
    func resolve(_ reference: PersonOverrides.Reference) -> [Int] {
      let found = index.identities(for: reference.reference)
      if found.isEmpty {
        warn(reference.line, "'\(reference.text)' matches no identity in the input")
      }
      return found
    }
    for reference in overrides.me { owners.formUnion(resolve(reference)) }
    for entry in overrides.people {
      var found: [Int] = []
      for reference in entry.same { found.append(contentsOf: resolve(reference)) }
      guard !found.isEmpty else { continue }
      merges.append(found)
      entries.append((entry, found))
    }
    for group in overrides.splits {
      let sides = group.map(resolve).filter { !$0.isEmpty }
      if sides.count > 1 { splits.append((group.first?.line, sides)) }
    }
  }

  private mutating func warn(_ line: Int?, _ message: String) {
    diagnostics.append(Diagnostic(path: source, line: line, message: message))
  }

  /// Puts every side of every split on its own side; a side already merged with another
  /// by the user's own `same:` keeps the merge, with a warning.
  mutating func placeSplits(in clusters: inout IdentityClusters) {
    for (number, split) in splits.enumerated() {
      var contradicted = false
      for (side, members) in split.sides.enumerated() {
        for member in members where !clusters.place(member, split: number, side: side) {
          contradicted = true
        }
      }
      if contradicted {
        warn(
          split.line, "this split separates identities that a 'same:' list merges; the merge wins")
      }
    }
  }

  /// Names, kin and exclusions, on the people the entries ended up in.
  func describe(_ people: inout [Person], personOf: [Int]) {
    for (entry, members) in entries {
      let index = personOf[members[0]]
      if let name = entry.name, !name.isEmpty { people[index].name = name }
      if entry.isKin { people[index].isKin = true }
      if entry.isExcluded { people[index].isExcluded = true }
    }
  }
}
