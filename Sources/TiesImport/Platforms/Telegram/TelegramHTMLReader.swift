import TiesCore

/// One page of a Telegram HTML export, `messages.html` or `messagesN.html` (formats/others.md
/// §4.3). Pages of a chat share its folder, which keys the thread; each page starts a new
/// "joined" run in the exporter, so a page is read on its own.
struct TelegramHTMLReader {
  let entry: ExportEntry
  let fileIndex: Int
  let zone: ZoneOffsets?

  func read(into start: InteractionGraph) -> InteractionGraph {
    var graph = start
    let path = entry.displayPath
    let folder = entry.components.dropLast().joined(separator: "/")
    let people = TelegramPeople(scope: folder.isEmpty ? path : folder)
    let threadKey = "html:" + String(path.dropLast(entry.name.count))
    var thread: Int32?
    var title = ""
    var lastSender: Int?
    var writers: [Int] = []
    var outgoingCallers: Set<Int> = []
    var messages = 0
    var orphans: [Int] = []
    var undated: [Int] = []
    var naive = 0
    var identities: [String: Int] = [:]

    let scanner = TelegramHTMLScanner { block, pageTitle in
      guard !block.isService else { return }
      title = pageTitle ?? ""
      messages += 1
      var sender: Int?
      if let name = block.sender {
        sender = identities[name] ?? people.identity(named: name, in: &graph)
        identities[name] = sender
      } else if block.isJoined {
        sender = lastSender
      }
      guard let sender else {
        orphans.append(block.index)
        return
      }
      lastSender = sender
      if !writers.contains(sender) { writers.append(sender) }
      guard let text = block.time, let parsed = TelegramHTMLDate.parse(text) else {
        undated.append(block.index)
        return
      }
      var time = parsed.seconds
      if !parsed.hasOffset {
        naive += 1
        time = zone?.utc(fromLocal: time) ?? time
      }
      var kind = InteractionKind.message
      var outcome = CallOutcome.none
      var length = Int32(clamping: block.textLength)
      if block.isCall {
        let call = TelegramHTMLDate.call(status: block.callStatus)
        kind = .call
        length = Int32(clamping: call.seconds)
        outcome = call.missed || call.seconds == 0 ? .missed : .completed
        if call.outgoing { outgoingCallers.insert(sender) }
      }
      if thread == nil {
        thread = Int32(
          graph.thread(
            ChatThread(
              platform: .telegram, key: threadKey, title: title, isGroup: false, participants: [],
              source: SourceRef(file: fileIndex))))
      }
      graph.interactions.append(
        Interaction(
          time: time, thread: thread ?? 0, sender: Int32(sender), kind: kind, callOutcome: outcome,
          length: length, position: Int32(clamping: block.index)))
    }
    do {
      try HTMLStream.parse(path: entry.path, handler: scanner)
    } catch {
      graph.fail(fileIndex, path: path, offset: nil, reason: "\(error)")
      return graph
    }
    scanner.finish()
    graph.files[fileIndex].records = messages
    guard let thread else {
      if messages == 0 {
        graph.diagnostics.append(
          Diagnostic(path: path, message: "no Telegram messages on this page"))
      }
      report(orphans: orphans, undated: undated, naive: naive, into: &graph)
      return graph
    }

    // A chat is named after the other person; more than two writers, or two writers of
    // whom neither is the chat's name, make a group.
    let named = writers.first { graph.identities[$0].displayNames.contains(title) }
    let persons = writers.filter { !graph.identities[$0].isPlaceholder }.count
    let isGroup = persons > 2 || (persons == 2 && named == nil && !title.isEmpty)
    var participants = writers
    var namedAfter: Int?
    if !isGroup {
      namedAfter = named
      if namedAfter == nil, !title.isEmpty, !NameNormalizer.isPlaceholder(title) {
        let other = graph.identity(
          IdentityKey(platform: .telegram, kind: .name, value: title), name: title)
        namedAfter = other
        participants.append(other)
      }
      if let other = namedAfter {
        for writer in writers where writer != other { graph.ownerIdentities.insert(writer) }
      }
    }
    // An outgoing call was placed by the exporter.
    graph.ownerIdentities.formUnion(outgoingCallers)
    graph.updateThread(Int(thread), isGroup: isGroup, participants: participants)
    graph.setNamedAfter(Int(thread), namedAfter)
    report(orphans: orphans, undated: undated, naive: naive, into: &graph)
    return graph
  }

  private func report(
    orphans: [Int], undated: [Int], naive: Int, into graph: inout InteractionGraph
  ) {
    let path = entry.displayPath
    if let first = orphans.first {
      graph.diagnostics.append(
        Diagnostic(
          path: path,
          message: "\(orphans.count) joined message(s) from block \(first) on follow no named "
            + "sender and were left out"))
    }
    if let first = undated.first {
      graph.diagnostics.append(
        Diagnostic(
          path: path,
          message: "\(undated.count) message(s) from block \(first) on have no readable date "
            + "and were left out"))
    }
    if naive > 0 {
      let reading = zone == nil ? "read as UTC (set --timezone)" : "read in the --timezone zone"
      graph.diagnostics.append(
        Diagnostic(
          path: path,
          message: "\(naive) message time(s) have no UTC offset (older export); \(reading)"))
      graph.addLayout("local times only (HTML without UTC offset)", for: .telegram)
    }
  }
}
