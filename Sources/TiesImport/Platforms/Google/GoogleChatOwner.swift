import TiesCore

/// The owner of a Google Chat takeout that lost its `Users/` folder (downloaded in parts,
/// or trimmed by hand before donating it): the one member common to every conversation,
/// as for Messenger and LinkedIn. Evidence that fits more than one person is not guessed at.
enum GoogleChatOwner {
  static func infer(_ graph: inout InteractionGraph) {
    let threads = graph.threads.filter {
      $0.platform == .google && $0.key.hasPrefix("chat:") && !$0.participants.isEmpty
    }
    let messages = GoogleImporter.Role.chat(.messages).label
    let path = graph.files.first { $0.platform == .google && $0.role == messages }?.path
    // `user_info.json`, or `--me`, already said who the owner is, when a conversation has them.
    OwnerInference.participantOfEveryThread(
      &graph, threads, minimumThreads: 2, path: path ?? "Google Chat"
    ) { common in
      let reason =
        threads.count == 1
        ? "only one conversation, so any of its members could be you"
        : common.isEmpty
          ? "no member is in every conversation"
          : "\(common.count) members are in every conversation"
      return "Google Chat without Users/: \(reason); the owner is left unknown, pass --me NAME"
    }
  }
}
