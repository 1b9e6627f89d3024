import TiesCore

/// Marks the owner's identities from what the user said (`--me`) and from the names the
/// exports' own profile files give.
enum OwnerResolution {
  static func apply(_ me: [String], to graph: inout InteractionGraph) {
    var names = Set(me.map(NameNormalizer.normalize).filter { !$0.isEmpty })
    let phones = Set(me.compactMap(PhoneNumber.normalize))
    // A profile's full name is trusted across platforms only when it is distinctive.
    for name in graph.ownerNames {
      let key = NameNormalizer.normalize(name)
      if NameNormalizer.isDistinctive(key) { names.insert(key) }
    }
    guard !names.isEmpty || !phones.isEmpty else { return }
    var matched: Set<String> = []
    var keyOf = NameKeys()
    for (index, identity) in graph.identities.enumerated() where !identity.isPlaceholder {
      if identity.key.kind == .phone, phones.contains(identity.key.value) {
        graph.ownerIdentities.insert(index)
        matched.insert(identity.key.value)
        continue
      }
      let keys = ([identity.key.value] + identity.displayNames).map { keyOf.key($0) }
      let hits = keys.filter { names.contains($0) }
      if !hits.isEmpty {
        graph.ownerIdentities.insert(index)
        matched.formUnion(hits)
      }
    }
    for name in me {
      let key = PhoneNumber.normalize(name) ?? NameNormalizer.normalize(name)
      if !matched.contains(key) {
        graph.diagnostics.append(
          Diagnostic(
            path: "--me",
            message: "'\(name)' matches no sender, participant or account in the input"))
      }
    }
  }
}
