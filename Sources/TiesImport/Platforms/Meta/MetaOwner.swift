import TiesCore

/// The owner in Meta threads, which name nobody as "me" (formats/meta.md §6, pitfall 4).
enum MetaOwner {
  /// Threads name the owner by the profile's full name. Owner names come from every
  /// platform of the run (a Discord nickname, an X display name), so only distinctive ones
  /// mark anyone: a friend called "Max" must not become the owner because the owner's
  /// Discord name is Max. Without one, the owner is inferred from the threads.
  static func markByName(_ graph: inout InteractionGraph, platforms: Set<Platform>) {
    let names = Set(
      graph.ownerNames.map(NameNormalizer.normalize).filter(NameNormalizer.isDistinctive))
    guard !names.isEmpty else { return }
    for (index, identity) in graph.identities.enumerated()
    where platforms.contains(identity.key.platform) && !identity.isPlaceholder {
      let keys = (identity.key.kind == .name ? [identity.key.value] : []) + identity.displayNames
      if keys.contains(where: { names.contains(NameNormalizer.normalize($0)) }) {
        graph.ownerIdentities.insert(index)
      }
    }
  }

  /// Without a profile: the one participant present in every thread of these platforms.
  static func inferFromThreads(
    _ graph: inout InteractionGraph, platforms: Set<Platform>, label: String
  ) {
    let threads = graph.threads.filter {
      platforms.contains($0.platform) && !$0.key.hasPrefix("legacy/")
    }
    guard !threads.isEmpty else { return }
    let ownerInThreads = threads.contains { thread in
      thread.participants.contains { graph.ownerIdentities.contains($0) }
    }
    if ownerInThreads { return }
    var common = Set(threads[0].participants)
    for thread in threads.dropFirst() { common.formIntersection(thread.participants) }
    common = common.filter { !graph.identities[$0].isPlaceholder }
    if common.count == 1, let owner = common.first {
      graph.ownerIdentities.insert(owner)
      return
    }
    // The first thread file of the run names where the question arose.
    let path = graph.files[threads[0].source.file].path
    graph.diagnostics.append(
      Diagnostic(
        path: path,
        message: "cannot tell which \(label) participant is you; pass --me NAME"))
  }
}
