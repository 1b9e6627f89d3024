import TiesCore

extension TelegramJSONReader {
  mutating func readMessages(_ scanner: inout JSONScanner, chat: inout TelegramChat, isRoot: Bool) {
    guard scanner.peek() == 0x5B else { return }
    chat.sawMessages = true
    let ignored = chat.type == .channel || chat.type == .notPeople
    // Only a single chat's array runs to the end of the file, where the split is looked for.
    let split =
      isRoot && !ignored
      ? TelegramSplit.start(
        scanner.bytes, open: scanner.position, chat: chat, path: path, timeZone: timeZone,
        cursor: cursor, minimum: splitMinimum) : nil
    defer { if let split, !split.isSettled { split.abandon() } }
    var position: Int32 = 0
    scanner.forEachElement { scanner in
      if let split, !split.isSettled, scanner.position >= split.candidate {
        if scanner.position == split.candidate, let half = split.join() {
          join(half, into: &chat, offset: position)
          scanner.jump(to: half.end)
          return
        }
        split.abandon()
      }
      guard scanner.peek() == 0x7B else { return }
      var message = TelegramMessage()
      scanner.forEachMember { scanner, key in message.read(&scanner, key: key) }
      guard !scanner.failed else { return }  // a message cut off by the file's end
      records += 1
      if !ignored { add(message, to: &chat, position: position) }
      position &+= 1
      release?(scanner.position)
    }
  }

  mutating func add(
    _ message: TelegramMessage, to chat: inout TelegramChat, position: Int32
  ) {
    let kind: InteractionKind
    var outcome = CallOutcome.none
    var length: Int32
    let sender: Int?
    switch message.kind {
    case .message:
      sender = identity(message.fromPeer, name: message.from)
      kind = .message
      length = Int32(clamping: message.textLength)
    case .service:
      sender = identity(message.actorPeer, name: message.actor)
      switch message.action {
      case .phoneCall, .conferenceCall:
        length = Int32(clamping: message.duration)
      case .groupCall:
        length = Int32(clamping: message.groupCallDuration)
      case .none, .other:
        // Joins, invitations, titles: they show who is in the chat, and are not messages.
        if let sender { chat.addMember(sender) }
        return
      }
      kind = .call
      // Missed, busy (declined) and cancelled calls have no duration (§4.2).
      outcome = message.missed || length <= 0 ? .missed : .completed
      length = max(0, length)
    case .other:
      return
    }
    guard let sender else {
      withoutSender += 1
      return
    }
    chat.addMember(sender)
    let time: Int64
    if let unix = message.unixTime {
      time = unix
    } else if let raw = message.date, let local = TelegramBytes.localTime(raw) {
      localTimesOnly += 1
      time = zone?.utc(fromLocal: local) ?? local
    } else {
      undated += 1
      return
    }
    let thread = chat.thread ?? makeThread(&chat)
    sink.append(
      Interaction(
        time: time, thread: thread, sender: Int32(sender), kind: kind, callOutcome: outcome,
        length: length, position: position))
  }

  /// Folds the second half of a split array in, as if read here: identities in the order
  /// they were first seen there, interactions after this half's.
  private mutating func join(
    _ half: TelegramSplit.Half, into chat: inout TelegramChat, offset: Int32
  ) {
    let identities = half.sink.identities
    var map = [Int](repeating: 0, count: identities.count)
    for (index, identity) in identities.enumerated() {
      let mine = sink.identity(identity.key, placeholder: identity.isPlaceholder)
      for name in identity.displayNames { sink.displayName(name, to: mine) }
      map[index] = mine
    }
    if half.sink.interactionCount > 0 {
      let thread = chat.thread ?? makeThread(&chat)
      sink.reserve(interactions: half.sink.interactionCount)
      half.sink.forEachInteractionChunk { chunk in
        for var interaction in chunk {
          interaction.thread = thread
          interaction.sender = Int32(map[Int(interaction.sender)])
          interaction.position &+= offset
          sink.append(interaction)
        }
      }
    }
    for member in half.members { chat.addMember(map[member]) }
    records += half.records
    localTimesOnly += half.localTimesOnly
    undated += half.undated
    withoutSender += half.withoutSender
  }

  private mutating func identity(_ peer: TelegramPeer?, name: UnsafeBufferPointer<UInt8>?) -> Int? {
    if let peer { return people.identity(peer, name: name, in: &sink) }
    if let name, !name.isEmpty { return people.identity(name: name, in: &sink) }
    return nil
  }

  private mutating func makeThread(_ chat: inout TelegramChat) -> Int32 {
    let thread = Int32(
      sink.thread(
        ChatThread(
          platform: .telegram, key: chat.key(path: path), title: chat.name ?? "",
          isGroup: chat.type == .group, participants: [], source: SourceRef(file: fileIndex))))
    chat.thread = thread
    return thread
  }

  /// Membership, kind and partner of a chat once all its messages are read.
  mutating func finish(_ chat: inout TelegramChat) {
    guard chat.type != .channel, chat.type != .notPeople else { return }
    let thread = Int(chat.thread ?? makeThread(&chat))
    var participants = chat.members
    var namedAfter: Int?
    let owner = ownerPeer.map { people.identity($0, displayName: nil, in: &sink) }
    if let partner = chat.partner {
      let other = people.identity(partner, displayName: chat.name, in: &sink)
      namedAfter = other
      if !participants.contains(other) { participants.append(other) }
      // Whoever else writes in a one-to-one chat is its exporter (§4.4: the chat's id is the
      // other person's user id).
      for member in chat.members
      where member != other && sink.identity(at: member).key.kind == .accountID {
        sink.owner(member)
      }
    }
    if let owner, !participants.contains(owner) { participants.append(owner) }
    let persons = participants.filter { !sink.identity(at: $0).isPlaceholder }.count
    let isGroup = chat.type == .group || (chat.type == .unknown && persons > 2)
    sink.updateThread(thread, isGroup: isGroup, participants: participants)
    if !isGroup, namedAfter == nil, let name = chat.name {
      namedAfter = participants.first { sink.identity(at: $0).displayNames.contains(name) }
    }
    sink.setNamedAfter(thread, isGroup ? nil : namedAfter)
  }
}
