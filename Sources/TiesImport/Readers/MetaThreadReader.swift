import TiesCore

/// One page of a Meta message thread (`message_N.json`, formats/meta.md §2.3): the schema
/// Facebook, Messenger and Instagram share.
struct MetaThreadReader {
  /// The platform of the people in the thread.
  let platform: Platform
  /// The platform the thread is counted under (Messenger for end-to-end-encrypted chats).
  let threadPlatform: Platform
  let threadKey: String
  /// The thread's folder: deleted accounts get identities of this thread only.
  let folder: String
  let fileIndex: Int
  let path: String

  func read(_ document: JSONValue, into graph: inout InteractionGraph) {
    guard let messages = document["messages"]?.array else {
      graph.fail(
        fileIndex, path: path, offset: nil, reason: "no messages array in this thread file")
      return
    }
    let people = ThreadPeople(platform: platform, folder: folder)
    var participants: [Int] = []
    for participant in document["participants"]?.array ?? [] {
      let name = participant["name"]?.string ?? participant.string ?? ""
      let identity = people.identity(MetaText.repair(name), in: &graph)
      if !participants.contains(identity) { participants.append(identity) }
    }
    let title = MetaText.repair(document["title"]?.string ?? "")
    let isGroup =
      participants.count > 2 || document["joinable_mode"] != nil
      || document["thread_type"]?.string == "RegularGroup"
    let namedAfter =
      isGroup
      ? nil
      : graph.identityIndex(of: people.key(for: title)).flatMap {
        participants.contains($0) ? $0 : nil
      }
    let thread = graph.thread(
      ChatThread(
        platform: threadPlatform, key: threadKey, title: title, isGroup: isGroup,
        participants: participants, namedAfter: namedAfter, source: SourceRef(file: fileIndex)))

    var count = 0
    var extra: [Int] = []
    for (index, message, milliseconds) in Self.chronological(messages) {
      guard let name = message["sender_name"]?.string else { continue }
      let sender = people.identity(MetaText.repair(name), in: &graph)
      if !participants.contains(sender), !extra.contains(sender) { extra.append(sender) }
      let time = milliseconds / 1000
      count += 1
      let position = Int32(index)
      if let interaction = MetaMessage.interaction(
        message, time: time, thread: Int32(thread), sender: Int32(sender), position: position)
      {
        graph.interactions.append(interaction)
      }
      for reaction in message["reactions"]?.array ?? [] {
        guard let actor = reaction["actor"]?.string else { continue }
        let who = people.identity(MetaText.repair(actor), in: &graph)
        graph.interactions.append(
          Interaction(
            time: reaction["timestamp"]?.int64 ?? time, thread: Int32(thread), sender: Int32(who),
            kind: .reaction, length: 0, position: position))
      }
    }
    if !extra.isEmpty {
      // Former members still appear as senders (formats/meta.md §6, pitfall 6), and a thread
      // that more than two people wrote in is a group, whatever its members list says now.
      let all =
        graph.threads[thread].participants
        + extra.filter {
          !graph.threads[thread].participants.contains($0)
        }
      let people = all.filter { !graph.identities[$0].isPlaceholder }.count
      let group = isGroup || graph.threads[thread].isGroup || people > 2
      graph.updateThread(thread, isGroup: group, participants: all)
    }
    graph.files[fileIndex].records = count
  }
}

extension MetaThreadReader {
  /// Messages oldest first with their time in milliseconds (`timestamp_ms`, or the 2018
  /// `timestamp` in seconds). Pages list the newest first, so equal times keep the later
  /// position first: the order in which they were written (formats/meta.md §6, pitfall 5).
  static func chronological(_ messages: [JSONValue]) -> [(Int, JSONValue, Int64)] {
    var timed: [(Int, JSONValue, Int64)] = []
    timed.reserveCapacity(messages.count)
    for (index, message) in messages.enumerated() {
      if let ms = message["timestamp_ms"]?.int64 {
        timed.append((index, message, ms))
      } else if let seconds = message["timestamp"]?.int64, abs(seconds) < 1 << 40 {
        timed.append((index, message, seconds * 1000))
      }
    }
    timed.sort { $0.2 != $1.2 ? $0.2 < $1.2 : $0.0 > $1.0 }
    return timed
  }
}

/// Display names of one thread. Deleted accounts all read "Facebook user" or "Instagram
/// user", so each gets a key of its own thread and never merges with another's.
struct ThreadPeople {
  let platform: Platform
  let folder: String

  func key(for name: String) -> IdentityKey {
    IdentityKey(platform: platform, kind: .name, value: name.trimmingWhitespace())
  }

  func identity(_ name: String, in graph: inout InteractionGraph) -> Int {
    if NameNormalizer.isPlaceholder(name) {
      let trimmed = name.trimmingWhitespace()
      let label = trimmed.isEmpty ? "\(platform.displayName) user" : trimmed
      return graph.identity(
        IdentityKey(platform: platform, kind: .name, value: "\(label) (\(folder))"), name: label,
        placeholder: true)
    }
    return graph.identity(key(for: name), name: name.trimmingWhitespace())
  }
}
