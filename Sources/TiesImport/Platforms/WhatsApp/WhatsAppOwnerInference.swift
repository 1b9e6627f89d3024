import TiesCore

/// Finds the owner among WhatsApp senders when neither `--me` nor a profile said: the
/// owner is the one sender common to every one-to-one chat (formats/others.md §3.3).
enum WhatsAppOwnerInference {
  static func infer(_ graph: inout InteractionGraph) {
    let isWhatsApp = graph.identities.map { $0.key.platform == .whatsapp }
    if graph.ownerIdentities.contains(where: { isWhatsApp[$0] }) { return }
    let oneToOne = graph.threads.map { $0.platform == .whatsapp && !$0.isGroup }
    var writers = [Set<Int>](repeating: [], count: graph.threads.count)
    var previous = [Int](repeating: -1, count: graph.threads.count)
    for interaction in graph.interactions where oneToOne[Int(interaction.thread)] {
      let (thread, sender) = (Int(interaction.thread), Int(interaction.sender))
      if previous[thread] != sender {  // most messages follow one by the same sender
        writers[thread].insert(sender)
        previous[thread] = sender
      }
    }
    var candidates: Set<Int>?
    for (index, thread) in graph.threads.enumerated()
    where thread.platform == .whatsapp && !thread.isGroup {
      var possible = writers[index]
      if let other = thread.namedAfter { possible.remove(other) }
      guard !possible.isEmpty else { continue }
      candidates = candidates.map { $0.intersection(possible) } ?? possible
    }
    let chatCount = graph.threads.filter { $0.platform == .whatsapp }.count
    guard chatCount > 0 else { return }
    if let candidates, candidates.count == 1, let owner = candidates.first {
      graph.ownerIdentities.insert(owner)
      return
    }
    let path = graph.files.first { $0.platform == .whatsapp }?.path ?? "whatsapp"
    let names = (candidates ?? []).map { graph.identities[$0].bestName }.sorted()
    let detail = names.isEmpty ? "" : " (candidates: \(names.joined(separator: ", ")))"
    graph.diagnostics.append(
      Diagnostic(
        path: path,
        message: "cannot tell which WhatsApp sender is you\(detail); pass --me NAME"))
  }
}
