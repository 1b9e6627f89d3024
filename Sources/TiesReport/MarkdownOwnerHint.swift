import TiesAnalysis
import TiesCore

/// When no owner could be told, `report.md` still shows what was read: messages per
/// sender, and how to name the owner, since "sent" and "received" need one.
struct MarkdownOwnerHint {
  let context: ReportContext
  var limit = 10

  func render() -> String {
    let analysis = context.analysis
    let graph = analysis.graph
    guard analysis.owner == nil, graph.interactionCount > 0 else { return "" }
    var perSender = [Int](repeating: 0, count: graph.identities.count)
    graph.forEachInteraction { interaction in
      if interaction.kind == .message { perSender[Int(interaction.sender)] += 1 }
    }
    let ranked = perSender.indices.filter { perSender[$0] > 0 }.sorted {
      perSender[$0] != perSender[$1]
        ? perSender[$0] > perSender[$1]
        : graph.identities[$0].bestName < graph.identities[$1].bestName
    }
    guard let first = ranked.first else { return "" }
    var out = "## Messages per sender (owner not identified)\n\n"
    out += "Everything read is counted, but which side is you is not known, so nobody can be "
    out += "placed as two-way or one-sided. Name yourself as you appear below, for example "
    out += "`--me \"\(graph.identities[first].bestName)\"`, or list yourself under `me:` in "
    out += "people.yaml, and run again.\n\n| sender | messages |\n|---|---:|\n"
    for index in ranked.prefix(limit) {
      out += "| \(Formatting.cell(graph.identities[index].bestName)) | \(perSender[index]) |\n"
    }
    if ranked.count > limit { out += "\n… and \(ranked.count - limit) more senders.\n" }
    return out + "\n"
  }
}
