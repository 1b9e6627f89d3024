import TiesAnalysis
import TiesCore

/// Pairs of listed people who share group chats: how many groups, and how many messages the
/// two wrote in them. Groups larger than `maxGroupSize` are left out: sharing a 300-member
/// announcement group says nothing about whether two members know each other, and its
/// 45,000 pairs would swamp the network.
struct GroupTies {
  struct Pair: Hashable {
    var first: Int
    var second: Int
    var groups = 0
    var messages = 0
  }

  static let maxGroupSize = 50

  /// Sorted by the people's positions in `analysis.people`.
  let pairs: [Pair]

  init(_ analysis: Analysis) {
    let graph = analysis.graph
    var messagesIn = [[Int: Int]](repeating: [:], count: graph.threads.count)
    graph.forEachInteraction { interaction in
      let thread = Int(interaction.thread)
      guard interaction.kind == .message, graph.threads[thread].isGroup,
        let person = analysis.personOfIdentity[Int(interaction.sender)]
      else { return }
      messagesIn[thread][person, default: 0] += 1
    }
    var byPair: [Int: Pair] = [:]
    let count = analysis.people.count
    for (index, thread) in graph.threads.enumerated() where thread.isGroup {
      let members = Set(thread.participants.compactMap { analysis.personOfIdentity[$0] }).sorted()
      guard members.count > 1, members.count <= Self.maxGroupSize else { continue }
      for (offset, first) in members.enumerated() {
        for second in members[(offset + 1)...] {
          var pair = byPair[first * count + second] ?? Pair(first: first, second: second)
          pair.groups += 1
          pair.messages +=
            messagesIn[index][first, default: 0]
            + messagesIn[index][second, default: 0]
          byPair[first * count + second] = pair
        }
      }
    }
    pairs = byPair.values.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
  }
}
