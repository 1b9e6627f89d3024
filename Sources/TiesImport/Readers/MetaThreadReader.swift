import TiesCore

/// One page of a Meta message thread (`message_N.json`, formats/meta.md §2.3): the schema
/// Facebook, Messenger and Instagram share.
struct MetaThreadReader {
  /// The platform of the people in the thread.
  let platform: Platform
  /// The platform the thread is counted under (Messenger for end-to-end-encrypted chats).
  let threadPlatform: Platform
  /// The thread's key; nil keys it by its members (end-to-end-encrypted chats, whose two
  /// halves live in two downloads).
  let threadKey: String?
  /// The thread's folder: deleted accounts get identities of this thread only.
  let folder: String
  let fileIndex: Int
  let path: String

  func read(_ bytes: UnsafeBufferPointer<UInt8>, into graph: inout InteractionGraph) {
    let page: MetaPage
    switch MetaPageScanner.scan(bytes) {
    case .success(let scanned):
      page = scanned
      graph.diagnostics += JSONScanner.diagnostics(page.tolerated, path: path)
    case .failure(let error):
      graph.fail(fileIndex, path: path, offset: error.offset, reason: error.description)
      return
    }
    guard page.hasMessages else {
      graph.fail(
        fileIndex, path: path, offset: nil, reason: "no messages array in this thread file")
      return
    }
    let people = ThreadPeople(platform: platform, folder: folder)
    let identities = page.names.map { people.identity($0, in: &graph) }
    var participants: [Int] = []
    for name in page.participants where !participants.contains(identities[Int(name)]) {
      participants.append(identities[Int(name)])
    }
    let isGroup = participants.count > 2 || page.groupHint
    let namedAfter =
      isGroup
      ? nil
      : graph.identityIndex(of: people.key(for: page.title)).flatMap {
        participants.contains($0) ? $0 : nil
      }
    let thread = graph.thread(
      ChatThread(
        platform: threadPlatform,
        key: threadKey ?? MessengerThreadKey.key(page.participants.map { page.names[Int($0)] }),
        title: page.title, isGroup: isGroup,
        participants: participants, namedAfter: namedAfter, source: SourceRef(file: fileIndex)))

    // Pages list the newest first: oldest first, equal times keeping the later position
    // first, is the order they were written in (formats/meta.md §6, pitfall 5).
    let ordered = page.messages.sorted {
      $0.milliseconds != $1.milliseconds ? $0.milliseconds < $1.milliseconds : $0.index > $1.index
    }
    var extra: [Int] = []
    graph.interactions.reserveCapacity(graph.interactions.count + ordered.count)
    for message in ordered {
      let sender = identities[Int(message.sender)]
      if !participants.contains(sender), !extra.contains(sender) { extra.append(sender) }
      let time = message.milliseconds / 1000
      let position = Int32(clamping: message.index)
      graph.interactions.append(
        Interaction(
          time: time, thread: Int32(thread), sender: Int32(sender), kind: message.kind,
          callOutcome: message.outcome, length: message.length, position: position))
      for reaction in message.reactions {
        graph.interactions.append(
          Interaction(
            time: reaction.seconds ?? time, thread: Int32(thread),
            sender: Int32(identities[Int(reaction.actor)]), kind: .reaction, length: 0,
            position: position))
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
    graph.files[fileIndex].records = page.messages.count + page.skipped
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
