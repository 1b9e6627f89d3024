import TiesCore

/// Meta names people in threads by display name only, and two people can share one
/// (formats/meta.md §6, pitfall 2). A pair of accounts has one one-to-one thread, so when
/// two one-to-one threads have partners of the same name, they are two people: each thread
/// after the first gets an identity of its own.
enum MetaNameSplitter {
  static func split(_ graph: inout InteractionGraph, platforms: Set<Platform>) {
    var threadsOf: [Int: [Int]] = [:]
    for (index, thread) in graph.threads.enumerated()
    where platforms.contains(thread.platform) && !thread.isGroup {
      let partners = thread.participants.filter { identity in
        !graph.ownerIdentities.contains(identity) && !graph.identities[identity].isPlaceholder
          && graph.identities[identity].key.kind == .name
      }
      if partners.count == 1, let partner = partners.first {
        threadsOf[partner, default: []].append(index)
      }
    }
    var renamed: [Int32: (old: Int32, new: Int32)] = [:]
    for partner in threadsOf.keys.sorted() {
      guard let threads = threadsOf[partner], threads.count > 1 else { continue }
      let old = graph.identities[partner]
      for thread in threads.dropFirst() {
        let folder = graph.threads[thread].key.split(separator: "/").last.map(String.init) ?? ""
        let key = IdentityKey(
          platform: old.key.platform, kind: .name, value: "\(old.key.value) (\(folder))")
        let replacement = graph.identity(key, name: old.bestName)
        let participants = graph.threads[thread].participants.map {
          $0 == partner ? replacement : $0
        }
        graph.updateThread(thread, isGroup: false, participants: participants)
        if graph.threads[thread].namedAfter == partner { graph.setNamedAfter(thread, replacement) }
        renamed[Int32(thread)] = (Int32(partner), Int32(replacement))
      }
    }
    guard !renamed.isEmpty else { return }
    graph.transformInteractions { interaction in
      if let change = renamed[interaction.thread], interaction.sender == change.old {
        interaction.sender = change.new
      }
      return true
    }
  }
}
