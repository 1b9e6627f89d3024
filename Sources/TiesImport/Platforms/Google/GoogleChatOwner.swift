import TiesCore

/// The owner of a Google Chat takeout that lost its `Users/` folder (downloaded in parts,
/// or trimmed by hand before donating it): the one member common to every conversation,
/// as for Messenger and LinkedIn. Evidence that fits more than one person is not guessed at.
enum GoogleChatOwner {
  static func infer(_ graph: inout InteractionGraph) {
    let threads = graph.threads.filter {
      $0.platform == .google && $0.key.hasPrefix("chat:") && !$0.participants.isEmpty
    }
    guard !threads.isEmpty else { return }
    // `user_info.json`, or `--me`, already said who the owner is.
    if threads.contains(where: { $0.participants.contains(where: graph.ownerIdentities.contains) })
    {
      return
    }
    var common = Set(threads[0].participants)
    for thread in threads.dropFirst() { common.formIntersection(thread.participants) }
    common = common.filter { !graph.identities[$0].isPlaceholder }
    // One conversation has every one of its members in common with itself.
    if threads.count > 1, common.count == 1, let owner = common.first {
      graph.ownerIdentities.insert(owner)
      return
    }
    let reason =
      threads.count == 1
      ? "only one conversation, so any of its members could be you"
      : common.isEmpty
        ? "no member is in every conversation"
        : "\(common.count) members are in every conversation"
    let path = graph.files.first { $0.platform == .google && $0.role == "chat messages" }?.path
    graph.diagnostics.append(
      Diagnostic(
        path: path ?? "Google Chat",
        message:
          "Google Chat without Users/: \(reason); the owner is left unknown, pass --me NAME"))
  }
}
