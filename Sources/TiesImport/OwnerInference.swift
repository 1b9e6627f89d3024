import TiesCore

/// Who exported the data, when no profile, `--me`, account id or call direction said: the
/// one person present in every conversation of the platform (formats/others.md §3.3,
/// formats/meta.md §6 pitfall 4). Every platform that has to guess its owner guesses here,
/// so that they agree on what counts as evidence and on how a failed guess is reported.
enum OwnerInference {
  /// The people every conversation has in common; nil when there is no conversation to go by.
  static func common(_ conversations: some Sequence<Set<Int>>) -> Set<Int>? {
    var common: Set<Int>?
    for members in conversations {
      common = common.map { $0.intersection(members) } ?? members
    }
    return common
  }

  /// The people who could be the owner in the platform's one-to-one chats: who wrote in
  /// each, the partner the chat is named after set aside; nil when no chat tells.
  ///
  /// - Parameter needsBothSides: a chat only one side wrote in, whose partner is unknown,
  ///   says nothing (a Telegram chat with only the partner's messages).
  static func writersOfOneToOneChats(
    _ graph: InteractionGraph, platform: Platform, needsBothSides: Bool = false
  ) -> Set<Int>? {
    let oneToOne = graph.threads.map { $0.platform == platform && !$0.isGroup }
    var writers = [Set<Int>](repeating: [], count: graph.threads.count)
    var previous = [Int](repeating: -1, count: graph.threads.count)
    graph.forEachInteraction { interaction in
      guard oneToOne[Int(interaction.thread)] else { return }
      let (thread, sender) = (Int(interaction.thread), Int(interaction.sender))
      if previous[thread] != sender {  // most messages follow one by the same sender
        writers[thread].insert(sender)
        previous[thread] = sender
      }
    }
    let chats = graph.threads.indices.filter { oneToOne[$0] }.compactMap { index -> Set<Int>? in
      let partner = graph.threads[index].namedAfter
      var possible = writers[index]
      if let partner { possible.remove(partner) }
      guard !possible.isEmpty else { return nil }
      if needsBothSides, partner == nil, writers[index].count < 2 { return nil }
      return possible
    }
    return common(chats)
  }

  /// Marks the only candidate as the owner. With none or several, warns at `path` with
  /// `message`, given the candidates as ` (candidates: Ann, Bo)`, or empty when none.
  static func settle(
    _ candidates: Set<Int>?, in graph: inout InteractionGraph, path: String,
    message: (_ candidates: String) -> String
  ) {
    if let candidates, candidates.count == 1, let owner = candidates.first {
      graph.ownerIdentities.insert(owner)
      return
    }
    let names = (candidates ?? []).map { graph.identities[$0].bestName }.sorted()
    let detail = names.isEmpty ? "" : " (candidates: \(names.joined(separator: ", ")))"
    graph.diagnostics.append(Diagnostic(path: path, message: message(detail)))
  }

  /// The one participant present in every thread of these platforms, when no thread has a
  /// known owner in it yet (Meta and LinkedIn threads name nobody as "me"). Legacy
  /// Instagram threads list only usernames and are left out.
  static func participantOfEveryThread(
    _ graph: inout InteractionGraph, platforms: Set<Platform>, label: String
  ) {
    // A lazy view: a run can hold a hundred thousand threads, and a copy of each, or a set
    // of each one's members, would be held at once for nothing.
    let threads = graph.threads.lazy.filter {
      platforms.contains($0.platform) && !$0.key.hasPrefix("legacy/")
    }
    guard let first = threads.first else { return }
    // The first thread file of the run names where the question arose.
    participantOfEveryThread(&graph, threads, path: graph.files[first.source.file].path) { _ in
      "cannot tell which \(label) participant is you; pass --me NAME"
    }
  }

  /// The one participant present in every one of `threads`, unless one of them already has
  /// the owner in it. Placeholders ("Facebook user") are never the owner. With fewer than
  /// `minimumThreads`, nobody is guessed at: one conversation has all its members in common
  /// with itself. `message` is given the members every thread shares.
  static func participantOfEveryThread(
    _ graph: inout InteractionGraph, _ threads: some Collection<ChatThread>,
    minimumThreads: Int = 1,
    path: String, message: (_ common: Set<Int>) -> String
  ) {
    guard !threads.isEmpty else { return }
    let ownerInThreads = threads.contains { thread in
      thread.participants.contains { graph.ownerIdentities.contains($0) }
    }
    if ownerInThreads { return }
    let shared = (common(threads.lazy.map { Set($0.participants) }) ?? []).filter {
      !graph.identities[$0].isPlaceholder
    }
    settle(threads.count >= minimumThreads ? shared : nil, in: &graph, path: path) { _ in
      message(shared)
    }
  }

  /// Owners are named by the profile's full name in threads that name nobody as "me".
  /// Owner names come from every platform of the run (a Discord nickname, an X display
  /// name), so only distinctive ones mark anyone: a friend called "Max" must not become the
  /// owner because the owner's Discord name is Max.
  static func markByName(_ graph: inout InteractionGraph, platforms: Set<Platform>) {
    let names = Set(
      graph.ownerNames.map(NameNormalizer.normalize).filter(NameNormalizer.isDistinctive))
    guard !names.isEmpty else { return }
    var keyOf = NameKeys()
    for (index, identity) in graph.identities.enumerated()
    where platforms.contains(identity.key.platform) && !identity.isPlaceholder {
      let keys = (identity.key.kind == .name ? [identity.key.value] : []) + identity.displayNames
      if keys.contains(where: { names.contains(keyOf.key($0)) }) {
        graph.ownerIdentities.insert(index)
      }
    }
  }

  /// Whether the owner is already known among the platform's identities.
  static func isKnown(_ graph: InteractionGraph, on platforms: Set<Platform>) -> Bool {
    graph.ownerIdentities.contains { platforms.contains(graph.identities[$0].key.platform) }
  }
}
