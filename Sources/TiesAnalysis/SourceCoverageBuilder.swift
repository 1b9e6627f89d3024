import TiesCore

/// Each source's own start and end (DESIGN §3, status): a declared end (an SMS backup's
/// date, a date-limited download), the last record of a whole-account export, or none for
/// exports of single chats, which end wherever each chat happened to end.
enum SourceCoverageBuilder {
  static func build(_ graph: InteractionGraph, facts: ThreadFacts) -> [SourceCoverage] {
    var start: [Platform: Int64] = [:]
    var end: [Platform: Int64] = [:]
    var answeredCalls: Set<Platform> = []
    func see(_ platform: Platform, _ time: Int64) {
      start[platform] = min(start[platform] ?? time, time)
      end[platform] = max(end[platform] ?? time, time)
    }
    for (index, thread) in graph.threads.enumerated() where facts.isUsed(index) {
      see(thread.platform, facts.first[index])
      see(thread.platform, facts.last[index])
      if facts.answeredCall[index] { answeredCalls.insert(thread.platform) }
    }
    for link in graph.links { if let time = link.time { see(link.platform, time) } }
    let callLogFiles = Set(graph.files.compactMap { $0.isCallLog ? $0.platform : nil })
    let platforms = Set(graph.files.compactMap { $0.status == .skipped ? nil : $0.platform })
      .union(start.keys)
    return platforms.sorted().map { platform in
      var kind = SourceCoverage.EndKind.lastRecord
      var last = end[platform]
      if let declared = graph.declaredEnds[platform] {
        kind = .declared
        last = max(last ?? declared, declared)
      } else if let range = graph.coverage[platform] {
        kind = .declared
        last = max(last ?? range.upperBound, range.upperBound)
      } else if isSingleChats(platform, graph) {
        kind = .none
      }
      return SourceCoverage(
        platform: platform, start: start[platform], end: last, endKind: kind,
        hasCallLog: answeredCalls.contains(platform) || callLogFiles.contains(platform))
    }
  }

  /// WhatsApp exports one chat at a time; a Telegram export of one chat likewise.
  private static func isSingleChats(_ platform: Platform, _ graph: InteractionGraph) -> Bool {
    switch platform {
    case .whatsapp: return true
    case .telegram:
      let layouts = graph.layouts[.telegram] ?? []
      return layouts.contains { $0.contains("single chat") }
        && !layouts.contains { $0.contains("account export") }
    default: return false
    }
  }
}
