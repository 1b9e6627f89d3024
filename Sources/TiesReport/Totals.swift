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
    for interaction in graph.interactions {
      let platform = graph.threads[Int(interaction.thread)].platform
      switch interaction.kind {
      case .message:
        overall.messages += 1
        perPlatform[platform, default: Counts()].messages += 1
      case .call:
        overall.calls += 1
        perPlatform[platform, default: Counts()].calls += 1
      case .reaction:
        overall.reactions += 1
        perPlatform[platform, default: Counts()].reactions += 1
      }
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
