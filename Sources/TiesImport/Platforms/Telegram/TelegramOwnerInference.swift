import TiesCore

/// Finds the exporter among Telegram senders when no profile, `--me`, one-to-one chat id or
/// call direction said: the one sender common to every one-to-one chat, the chat's partner
/// set aside.
enum TelegramOwnerInference {
  static func infer(_ graph: inout InteractionGraph) {
    let isTelegram = graph.identities.map { $0.key.platform == .telegram }
    if graph.ownerIdentities.contains(where: { isTelegram[$0] }) { return }
    let oneToOne = graph.threads.map { $0.platform == .telegram && !$0.isGroup }
    var writers = [Set<Int>](repeating: [], count: graph.threads.count)
    for interaction in graph.interactions where oneToOne[Int(interaction.thread)] {
      writers[Int(interaction.thread)].insert(Int(interaction.sender))
    }
    var candidates: Set<Int>?
    for (index, thread) in graph.threads.enumerated() where oneToOne[index] {
      var possible = writers[index]
      if let other = thread.namedAfter { possible.remove(other) }
      // A chat only one side wrote in, and whose partner is unknown, says nothing.
      guard !possible.isEmpty, thread.namedAfter != nil || writers[index].count > 1 else {
        continue
      }
      candidates = candidates.map { $0.intersection(possible) } ?? possible
    }
    guard graph.threads.contains(where: { $0.platform == .telegram }) else { return }
    if let candidates, candidates.count == 1, let owner = candidates.first {
      graph.ownerIdentities.insert(owner)
      return
    }
    let path = graph.files.first { $0.platform == .telegram }?.path ?? "telegram"
    let names = (candidates ?? []).map { graph.identities[$0].bestName }.sorted()
    let detail = names.isEmpty ? "" : " (candidates: \(names.joined(separator: ", ")))"
    graph.diagnostics.append(
      Diagnostic(
        path: path, message: "cannot tell which Telegram sender is you\(detail); pass --me NAME"))
  }
}
