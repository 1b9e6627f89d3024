import TiesCore

/// Direct-message threads: `message_N.json` pages (the Facebook message schema, §2.3 and
/// §3.3 of formats/meta.md) and the 2018–2020 `messages.json`.
enum InstagramMessages {
  static func isPageName(_ name: String) -> Bool {
    guard name.hasPrefix("message"), name.hasSuffix(".json") else { return false }
    let middle = name.dropFirst("message".count).dropLast(".json".count)
    if middle.isEmpty { return true }  // 2018: message.json
    guard middle.first == "_" else { return false }
    let digits = middle.dropFirst()
    return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
  }

  static func readPage(
    _ document: JSONValue, context: InstagramFileContext, into graph: inout InteractionGraph
  ) {
    guard let messages = document["messages"]?.array else {
      graph.fail(
        context.fileIndex, path: context.entry.displayPath, offset: nil,
        reason: "no messages array in this thread file")
      return
    }
    let folders = context.entry.folders
    let folder = folders.last ?? context.entry.name
    let section = folders.count >= 2 ? folders[folders.endIndex - 2] : "inbox"
    let threadKey = "\(section)/\(folder)"
    let people = ThreadPeople(folder: folder)
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
      : graph.identityIndex(of: ThreadPeople.key(for: title)).flatMap {
        participants.contains($0) ? $0 : nil
      }
    let thread = graph.thread(
      ChatThread(
        platform: .instagram, key: threadKey, title: title, isGroup: isGroup,
        participants: participants, namedAfter: namedAfter,
        source: SourceRef(file: context.fileIndex)))

    var count = 0
    var extra: [Int] = []
    for (index, message) in messages.enumerated() {
      guard let name = message["sender_name"]?.string else { continue }
      let sender = people.identity(MetaText.repair(name), in: &graph)
      if !participants.contains(sender), !extra.contains(sender) { extra.append(sender) }
      let milliseconds = message["timestamp_ms"]?.int64
      guard let time = milliseconds.map({ $0 / 1000 }) ?? message["timestamp"]?.int64 else {
        continue
      }
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
      // Former members still appear as senders (formats/meta.md §6, pitfall 6).
      graph.updateThread(thread, isGroup: isGroup, participants: participants + extra)
    }
    graph.files[context.fileIndex].records = count
  }

  /// The 2018–2020 `messages.json`: usernames, not display names, and ISO dates.
  static func readLegacy(
    _ document: JSONValue, context: InstagramFileContext, into graph: inout InteractionGraph
  ) {
    guard let conversations = document.array else {
      graph.fail(
        context.fileIndex, path: context.entry.displayPath, offset: nil,
        reason: "expected an array of conversations")
      return
    }
    var count = 0
    for conversation in conversations {
      let usernames = (conversation["participants"]?.array ?? []).compactMap(\.string)
      let participants = usernames.map {
        graph.identity(IdentityKey(platform: .instagram, kind: .handle, value: $0.lowercased()))
      }
      let thread = graph.thread(
        ChatThread(
          platform: .instagram, key: "legacy/" + usernames.sorted().joined(separator: ","),
          title: usernames.joined(separator: ", "), isGroup: participants.count > 2,
          participants: participants, source: SourceRef(file: context.fileIndex)))
      for message in conversation["conversation"]?.array ?? [] {
        guard let sender = message["sender"]?.string,
          let time = message["created_at"]?.string.flatMap(ISODate.seconds)
        else { continue }
        let identity = graph.identity(
          IdentityKey(platform: .instagram, kind: .handle, value: sender.lowercased()))
        let text = message["text"]?.string
        // A heart or like with no text is a one-click act, not a composed message.
        let liked = text == nil && (message["heart"] != nil || message["likes"] != nil)
        graph.interactions.append(
          Interaction(
            time: time, thread: Int32(thread), sender: Int32(identity),
            kind: liked ? .reaction : .message,
            length: text.map { Int32(clamping: $0.unicodeScalars.count) } ?? 0,
            position: Int32(count)))
        count += 1
      }
    }
    graph.files[context.fileIndex].records = count
  }
}

/// Display names of one thread. Deleted accounts all read "Instagram user", so each gets a
/// key of its own thread and never merges with another's.
struct ThreadPeople {
  let folder: String

  static func key(for name: String) -> IdentityKey {
    IdentityKey(platform: .instagram, kind: .name, value: name.trimmingWhitespace())
  }

  func identity(_ name: String, in graph: inout InteractionGraph) -> Int {
    if NameNormalizer.isPlaceholder(name) {
      let label = name.trimmingWhitespace().isEmpty ? "Instagram user" : name.trimmingWhitespace()
      return graph.identity(
        IdentityKey(platform: .instagram, kind: .name, value: "\(label) (\(folder))"), name: label,
        placeholder: true)
    }
    return graph.identity(Self.key(for: name), name: name.trimmingWhitespace())
  }
}
