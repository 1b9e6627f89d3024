import TiesCore

/// `account/user.json` (the owner and the relationships: friends, blocks, pending requests)
/// and `messages/index.json` (channel id → "Direct Message with bobby#0"), the only places a
/// package names the people behind the ids.
enum DiscordAccount {
  /// The identity of a user id, with its username as a tied handle and its names.
  static func person(
    id: String?, user: JSONValue?, into sink: inout FileSink
  ) -> Int? {
    guard let id = id ?? DiscordPackage.userID(user?["id"]) else { return nil }
    let username = user?["username"]?.string
    let discriminator = user?["discriminator"]?.string ?? "0"
    let display = user?["global_name"]?.string ?? username
    let identity = sink.identity(
      IdentityKey(platform: .discord, kind: .accountID, value: id), name: display)
    if let username, !username.isEmpty {
      // Before the 2023 username migration a name was only unique with its discriminator.
      let handle = discriminator == "0" ? username : "\(username)#\(discriminator)"
      let handleIdentity = sink.identity(
        IdentityKey(platform: .discord, kind: .handle, value: handle.lowercased()), name: display)
      sink.sameAs(SameAs(identity, handleIdentity))
    }
    return identity
  }

  static func readUser(
    _ entry: ExportEntry, into sink: inout FileSink
  ) {
    guard let document = JSONFile.load(entry, into: &sink) else {
      return
    }
    guard let owner = person(id: nil, user: document, into: &sink) else {
      sink.fail("no user id")
      return
    }
    sink.ownerWithAliases(owner)
    if let name = document["global_name"]?.string, !name.isEmpty {
      sink.owner(name: name)
    }
    var count = 0
    for (index, relationship) in (document["relationships"]?.array ?? []).enumerated() {
      let link: (LinkKind, LinkDirection)
      switch relationship["type"]?.int64 {
      case 1: link = (.friend, .mutual)
      case 2: link = (.blocked, .outgoing)
      case 3: link = (.requestReceived, .incoming)
      case 4: link = (.requestSent, .outgoing)
      default: continue  // 5: implicit, a suggestion rather than a relation
      }
      guard
        let identity = person(
          id: DiscordPackage.userID(relationship["id"]), user: relationship["user"],
          into: &sink)
      else { continue }
      if let nickname = relationship["nickname"]?.string {
        sink.displayName(nickname, to: identity)
      }
      sink.link(
        Link(
          platform: .discord, kind: link.0, direction: link.1, identity: identity,
          time: relationship["since"]?.string.flatMap(ISODate.seconds),
          source: SourceRef(file: sink.file, position: Int32(clamping: index))))
      count += 1
    }
    sink.read(records: count + 1)
  }

  /// Titles of direct-message channels; everything else in the index is a server channel,
  /// described better by its own `channel.json`.
  static func readIndex(_ entry: ExportEntry, into sink: inout FileSink) {
    guard let document = JSONFile.load(entry, into: &sink) else {
      return
    }
    guard let channels = document.object else {
      sink.fail("expected a JSON object")
      return
    }
    for id in channels.keys.sorted() {
      guard let label = channels[id]?.string, label.hasPrefix(directPrefix) else { continue }
      sink.thread(
        ChatThread(
          platform: .discord, key: id, title: label, isGroup: false, participants: [],
          onlyOwnerMessages: true, source: SourceRef(file: sink.file)))
    }
    sink.read(records: channels.count)
  }

  static let directPrefix = "Direct Message with "

  /// Without `user.json`, the owner's id is the one recipient every DM and group DM names.
  static func inferOwner(_ graph: inout InteractionGraph) {
    let known = graph.ownerIdentities.contains {
      graph.identities[$0].key.platform == .discord && graph.identities[$0].key.kind == .accountID
    }
    let threads = graph.threads.filter { $0.platform == .discord && $0.participants.count > 2 }
    guard !known, let first = threads.first else { return }
    var common = Set(first.participants)
    for thread in threads.dropFirst() { common.formIntersection(thread.participants) }
    common.subtract(graph.ownerIdentities)
    if common.count == 1, let owner = common.first { graph.ownerIdentities.insert(owner) }
  }

  /// After all files: a DM's one other member is named by the index's label.
  static func finalize(_ graph: inout InteractionGraph) {
    inferOwner(&graph)
    for thread in graph.threads
    where thread.platform == .discord && !thread.isGroup && thread.title.hasPrefix(directPrefix) {
      let others = thread.participants.filter { !graph.ownerIdentities.contains($0) }
      guard others.count == 1, let other = others.first,
        graph.identities[other].displayNames.isEmpty
      else { continue }
      var name = String(thread.title.dropFirst(directPrefix.count))
      if name.hasSuffix("#0") { name.removeLast(2) }
      graph.addDisplayName(name, to: other)
    }
  }
}
