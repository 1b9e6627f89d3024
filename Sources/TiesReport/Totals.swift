import TiesAnalysis
import TiesCore

/// Counts overall, per platform and per category, shared by the JSON and Markdown reports.
struct Totals {
  struct Counts {
    var people = 0
    var links = 0
    var messages = 0
    var calls = 0
    var reactions = 0
  }

  var overall = Counts()
  var perPlatform: [Platform: Counts] = [:]
  var perCategory: [TieCategory: Int] = [:]
  var perLayer: [TieLayer: Int] = [:]
  var perStatus: [TieStatus: Int] = [:]

  init(_ analysis: Analysis, includePlaceholders: Bool = true) {
    let graph = analysis.graph
    for platform in analysis.platforms { perPlatform[platform] = Counts() }
    for (thread, counts) in zip(graph.threads, Self.perThread(analysis)) {
      overall.messages += counts.messages
      overall.calls += counts.calls
      overall.reactions += counts.reactions
      perPlatform[thread.platform, default: Counts()].messages += counts.messages
      perPlatform[thread.platform, default: Counts()].calls += counts.calls
      perPlatform[thread.platform, default: Counts()].reactions += counts.reactions
    }
    overall.links = graph.links.count
    for link in graph.links { perPlatform[link.platform, default: Counts()].links += 1 }
    let people = analysis.people.filter { includePlaceholders || !$0.person.isPlaceholder }
    overall.people = people.count
    for person in people {
      for platform in person.platforms { perPlatform[platform, default: Counts()].people += 1 }
      perCategory[person.category, default: 0] += 1
      perLayer[person.layer, default: 0] += 1
      perStatus[person.status, default: 0] += 1
    }
  }

  /// The analysis' counts per thread; read from the graph only when it has none (an
  /// analysis made by hand), since that is a pass over every interaction.
  private static func perThread(_ analysis: Analysis) -> [ThreadTotals] {
    let graph = analysis.graph
    guard analysis.threadTotals.count != graph.threads.count else { return analysis.threadTotals }
    var perThread = [ThreadTotals](repeating: ThreadTotals(), count: graph.threads.count)
    graph.forEachInteraction { perThread[Int($0.thread)].count($0.kind) }
    return perThread
  }

  var json: JSONText {
    func counts(_ c: Counts) -> [(String, JSONText)] {
      [
        ("people", .int(c.people)), ("links", .int(c.links)), ("messages", .int(c.messages)),
        ("calls", .int(c.calls)), ("reactions", .int(c.reactions)),
      ]
    }
    return .object(
      counts(overall) + [
        (
          "per_platform",
          .object(
            perPlatform.keys.sorted().map {
              ($0.rawValue, .object(counts(perPlatform[$0] ?? Counts())))
            })
        ),
        (
          "per_category",
          .object(TieCategory.allCases.map { ($0.rawValue, .int(perCategory[$0] ?? 0)) })
        ),
        ("per_layer", .object(TieLayer.allCases.map { ($0.rawValue, .int(perLayer[$0] ?? 0)) })),
        ("per_status", .object(TieStatus.allCases.map { ($0.rawValue, .int(perStatus[$0] ?? 0)) })),
      ])
  }
}
