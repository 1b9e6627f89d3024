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
    for (index, identity) in graph.identities.enumerated() where !identity.isPlaceholder {
      if identity.key.kind == .phone, phones.contains(identity.key.value) {
        graph.ownerIdentities.insert(index)
        continue
      }
      let keys = [identity.key.value] + identity.displayNames
      if keys.contains(where: { names.contains(NameNormalizer.normalize($0)) }) {
        graph.ownerIdentities.insert(index)
      }
    }
  }
}
