import TiesCore

/// Finds the same message read from two overlapping exports (two exports of one WhatsApp
/// chat, an older and a newer download): same platform, same chat (the same partner, or a
/// group of the same title), same sender, time, kind and length. Only threads that have a
/// twin are compared, and repeats within one thread are kept: two "ok"s in one minute are
/// two messages.
struct Deduplicator {
  private struct Key: Hashable {
    var twins: Int
    var sender: Int
    var time: Int64
    var kind: InteractionKind
    var length: Int32
  }

  /// For every interaction, whether it is a copy to drop; and how many were dropped.
  static func duplicates(
    in graph: InteractionGraph, personOf: [Int], partnerOfThread: [Int?]
  ) -> (drop: [Bool], merged: Int) {
    var drop = [Bool](repeating: false, count: graph.interactions.count)
    // Threads that may hold the same messages, by platform and partner or group title.
    var families: [String: [Int]] = [:]
    for (index, thread) in graph.threads.enumerated() {
      let who =
        thread.isGroup
        ? "group:" + thread.title
        : partnerOfThread[index].map { "person:\($0)" } ?? "thread:\(index)"
      families[thread.platform.rawValue + "|" + who, default: []].append(index)
    }
    var familyOfThread = [Int?](repeating: nil, count: graph.threads.count)
    for (offset, threads) in families.values.sorted(by: { $0[0] < $1[0] }).enumerated()
    where threads.count > 1 {
      for thread in threads { familyOfThread[thread] = offset }
    }
    guard familyOfThread.contains(where: { $0 != nil }) else { return (drop, 0) }
    var counts: [Key: [Int: Int]] = [:]
    for interaction in graph.interactions {
      guard let key = key(interaction, familyOfThread, personOf) else { continue }
      counts[key, default: [:]][Int(interaction.thread), default: 0] += 1
    }
    // Keep every copy in the thread that holds the most; drop the others.
    var keep: [Key: Int] = [:]
    for (key, perThread) in counts where perThread.count > 1 {
      keep[key] = perThread.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
    }
    var merged = 0
    for (index, interaction) in graph.interactions.enumerated() {
      guard let key = key(interaction, familyOfThread, personOf), let thread = keep[key],
        thread != Int(interaction.thread)
      else { continue }
      drop[index] = true
      merged += 1
    }
    return (drop, merged)
  }

  private static func key(_ interaction: Interaction, _ familyOfThread: [Int?], _ personOf: [Int])
    -> Key?
  {
    guard let family = familyOfThread[Int(interaction.thread)] else { return nil }
    return Key(
      twins: family, sender: personOf[Int(interaction.sender)], time: interaction.time,
      kind: interaction.kind, length: interaction.length)
  }
}
