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

  func read(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout FileSink) {
    guard let page = scan(bytes, into: &sink) else { return }
    let people = ThreadPeople(platform: platform, folder: folder)
    let identities = page.names.map { people.identity($0, in: &sink) }
    var participants: [Int] = []
    for name in page.participants where !participants.contains(identities[Int(name)]) {
      participants.append(identities[Int(name)])
    }
    let isGroup = participants.count > 2 || page.groupHint
    let namedAfter =
      isGroup
      ? nil
      : sink.identityIndex(of: people.key(for: page.title)).flatMap {
        participants.contains($0) ? $0 : nil
      }
    let thread = sink.thread(
      ChatThread(
        platform: threadPlatform,
        key: threadKey ?? MetaThreadKey.key(page.participants.map { page.names[Int($0)] }),
        title: page.title, isGroup: isGroup,
        participants: participants, namedAfter: namedAfter, source: SourceRef(file: fileIndex)))
    let extra = interactions(
      page, identities: identities, participants: participants, thread: thread, into: &sink)
    if !extra.isEmpty { addFormerMembers(extra, to: thread, isGroup: isGroup, into: &sink) }
    sink.read(records: page.messages.count + page.skipped)
  }

  /// The page's messages, or nil with the file skipped when it has none to give.
  private func scan(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout FileSink) -> MetaPage? {
    switch MetaPageScanner.scan(bytes) {
    case .success(let page):
      sink.append(diagnostics: JSONScanner.diagnostics(page.tolerated, path: path))
      guard page.hasMessages else {
        sink.fail("no messages array in this thread file")
        return nil
      }
      return page
    case .failure(let error):
      sink.fail(error.description, offset: error.offset)
      return nil
    }
  }

  /// Messages and reactions in the order they were written; returns the senders missing
  /// from the members list.
  private func interactions(
    _ page: MetaPage, identities: [Int], participants: [Int], thread: Int,
    into sink: inout FileSink
  ) -> [Int] {
    // Pages list the newest first: oldest first, equal times keeping the later position
    // first, is the order they were written in (formats/meta.md §6, pitfall 5).
    let ordered = page.messages.sorted {
      $0.milliseconds != $1.milliseconds ? $0.milliseconds < $1.milliseconds : $0.index > $1.index
    }
    var extra: [Int] = []
    sink.reserve(interactions: ordered.count)
    for message in ordered {
      let sender = identities[Int(message.sender)]
      if !participants.contains(sender), !extra.contains(sender) { extra.append(sender) }
      let time = message.milliseconds / 1000
      let position = Int32(clamping: message.index)
      sink.append(
        Interaction(
          time: time, thread: Int32(thread), sender: Int32(sender), kind: message.kind,
          callOutcome: message.outcome, length: message.length, position: position))
      for reaction in message.reactions {
        sink.append(
          Interaction(
            time: reaction.seconds ?? time, thread: Int32(thread),
            sender: Int32(identities[Int(reaction.actor)]), kind: .reaction, length: 0,
            position: position))
      }
    }
    return extra
  }

  /// Former members still appear as senders (formats/meta.md §6, pitfall 6), and a thread
  /// that more than two people wrote in is a group, whatever its members list says now.
  private func addFormerMembers(
    _ extra: [Int], to thread: Int, isGroup: Bool, into sink: inout FileSink
  ) {
    let members = sink.thread(at: thread).participants
    let all = members + extra.filter { !members.contains($0) }
    let people = all.filter { !sink.identity(at: $0).isPlaceholder }.count
    let group = isGroup || sink.thread(at: thread).isGroup || people > 2
    sink.updateThread(thread, isGroup: group, participants: all)
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

  func identity(_ name: String, in sink: inout FileSink) -> Int {
    if NameNormalizer.isPlaceholder(name) {
      let trimmed = name.trimmingWhitespace()
      let label = trimmed.isEmpty ? "\(platform.displayName) user" : trimmed
      return sink.identity(
        IdentityKey(platform: platform, kind: .name, value: "\(label) (\(folder))"), name: label,
        placeholder: true)
    }
    return sink.identity(key(for: name), name: name.trimmingWhitespace())
  }
}
