import TiesCore

/// What needs the whole Instagram export: who the owner is in DM threads (display names,
/// not usernames), and which username a DM partner has (formats/meta.md §6, pitfalls 2, 4).
enum InstagramFinalizer {
  static func run(_ graph: inout InteractionGraph) {
    OwnerInference.markByName(&graph, platforms: [.instagram])
    OwnerInference.participantOfEveryThread(&graph, platforms: [.instagram], label: "Instagram")
    MetaNameSplitter.split(&graph, platforms: [.instagram])
    linkThreadsToUsernames(&graph)
  }

  /// A one-to-one thread's folder is named after the partner's username, squashed to
  /// lower-case letters and digits; when exactly one known username squashes the same, the
  /// partner's display name joins that username.
  static func linkThreadsToUsernames(_ graph: inout InteractionGraph) {
    var handles: [String: [Int]] = [:]
    for (index, identity) in graph.identities.enumerated()
    where identity.key.platform == .instagram && identity.key.kind == .handle {
      handles[squash(identity.key.value), default: []].append(index)
    }
    for thread in graph.threads where thread.platform == .instagram && !thread.isGroup {
      let partners = thread.participants.filter {
        !graph.ownerIdentities.contains($0) && !graph.identities[$0].isPlaceholder
          && graph.identities[$0].key.kind == .name
      }
      guard partners.count == 1, let partner = partners.first else { continue }
      let folder = thread.key.split(separator: "/").last.map(String.init) ?? thread.key
      guard let underscore = folder.lastIndex(of: "_") else { continue }
      let slug = squash(String(folder[..<underscore]))
      guard !slug.isEmpty, let matches = handles[slug], matches.count == 1,
        let handle = matches.first
      else { continue }
      for name in graph.identities[partner].displayNames {
        graph.addDisplayName(name, to: handle)
      }
      graph.sameAs.append(SameAs(partner, handle))
    }
  }

  static func squash(_ text: String) -> String {
    String(
      text.lowercased().unicodeScalars.filter {
        $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0)
      })
  }
}
