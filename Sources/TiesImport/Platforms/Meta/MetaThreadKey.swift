import TiesCore

/// End-to-end-encrypted chats are split: the history before the switch is in Facebook's
/// `e2ee_cutover`, the rest in Messenger's own download. Keyed by their members, both halves
/// land in one thread.
enum MetaThreadKey {
  static func key(_ names: [String]) -> String {
    let members = Set(names.map(NameNormalizer.normalize).filter { !$0.isEmpty })
    return "members:" + members.sorted().joined(separator: "|")
  }
}
