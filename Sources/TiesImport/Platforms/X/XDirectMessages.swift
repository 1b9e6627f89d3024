import TiesCore

/// `direct-messages.js` (one-to-one, `conversationId` = `<idA>-<idB>`) and
/// `direct-messages-group.js` (groups, with joins, leaves and renames). Participants are ids
/// only; tweets name some of them.
enum XDirectMessages {
  private struct Pending {
    var time: Int64
    var sender: Int
    var kind: InteractionKind
    var length: Int32
    var position: Int32
  }

  static func read(_ entry: ExportEntry, isGroup: Bool, into sink: inout FileSink) {
    read(entry, isGroup: isGroup, fileIndex: sink.file, into: &sink.graph)
  }

  private static func read(
    _ entry: ExportEntry, isGroup: Bool, fileIndex: Int, into graph: inout InteractionGraph
  ) {
    var conversations = 0
    var element = 0
    var undated = 0
    XArchiveFile.scan(entry, fileIndex: fileIndex, into: &graph) { scanner, graph in
      scanner.forEachElement { scanner in
        scanner.forEachMember { scanner, _ in
          // {"dmConversation": {"conversationId": …, "messages": […]}}
          var key: String?
          var title = ""
          var participants: [Int] = []
          var pending: [Pending] = []
          func member(_ id: String?) -> Int? {
            guard let id, !id.isEmpty else { return nil }
            let identity = graph.identity(IdentityKey(platform: .x, kind: .accountID, value: id))
            if !participants.contains(identity) { participants.append(identity) }
            return identity
          }
          scanner.forEachMember { scanner, name in
            if JSONScanner.key(name, is: "conversationId") {
              key = scanner.string()
            } else if JSONScanner.key(name, is: "messages") {
              scanner.forEachElement { scanner in
                element += 1
                readEvent(&scanner, position: Int32(clamping: element)) { event in
                  switch event {
                  case .member(let id): _ = member(id)
                  case .title(let name): title = name
                  case .undated: undated += 1
                  case .message(let time, let sender, let kind, let length, let position):
                    if let sender = member(sender) {
                      pending.append(
                        Pending(
                          time: time, sender: sender, kind: kind, length: length,
                          position: position))
                    }
                  }
                }
              }
            } else {
              scanner.skipValue()
            }
          }
          guard let key else { return }
          if !isGroup {
            for id in key.split(separator: "-") { _ = member(String(id)) }
          }
          let thread = graph.thread(
            ChatThread(
              platform: .x, key: (isGroup ? "group/" : "dm/") + key, title: title,
              isGroup: isGroup, participants: participants,
              source: SourceRef(file: fileIndex, position: Int32(clamping: conversations))))
          conversations += 1
          graph.files[fileIndex].records = conversations
          for event in pending {
            graph.interactions.append(
              Interaction(
                time: event.time, thread: Int32(thread), sender: Int32(event.sender),
                kind: event.kind, length: event.length, position: event.position))
          }
        }
      }
    }
    if undated > 0 {
      graph.diagnostics.append(
        Diagnostic(
          path: entry.displayPath,
          message: "\(undated) message(s) without a readable createdAt were skipped"))
    }
  }

  private enum Event {
    case member(String?)
    case title(String)
    case undated
    case message(
      time: Int64, sender: String?, kind: InteractionKind, length: Int32, position: Int32)
  }

  /// One element of `messages`: a message with its reactions, or a membership event.
  private static func readEvent(
    _ scanner: inout JSONScanner, position: Int32, _ emit: (Event) -> Void
  ) {
    scanner.forEachMember { scanner, kind in
      var sender: String?
      var createdAt: String?
      var length: Int32 = 0
      var reactions: [(String?, String?)] = []
      scanner.forEachMember { scanner, key in
        if JSONScanner.key(key, is: "senderId") || JSONScanner.key(key, is: "initiatingUserId") {
          sender = scanner.string()
        } else if JSONScanner.key(key, is: "recipientId") {
          emit(.member(scanner.string()))
        } else if JSONScanner.key(key, is: "createdAt") {
          createdAt = scanner.string()
        } else if JSONScanner.key(key, is: "text") {
          // Counted on the raw bytes: decoding every text to a String was most of the time.
          length = 0
          guard scanner.peek() == 0x22 else { return scanner.skipValue() }
          length = Int32(clamping: scanner.rawString().map(JSONScanner.decodedScalarCount) ?? 0)
        } else if JSONScanner.key(key, is: "name") {
          if let name = scanner.string() { emit(.title(name)) }
        } else if JSONScanner.key(key, is: "userIds")
          || JSONScanner.key(key, is: "participantsSnapshot")
        {
          scanner.forEachElement { emit(.member($0.string())) }
        } else if JSONScanner.key(key, is: "reactions") {
          scanner.forEachElement { scanner in
            var reactor: String?
            var time: String?
            scanner.forEachMember { scanner, key in
              if JSONScanner.key(key, is: "senderId") {
                reactor = scanner.string()
              } else if JSONScanner.key(key, is: "createdAt") {
                time = scanner.string()
              } else {
                scanner.skipValue()
              }
            }
            reactions.append((reactor, time))
          }
        } else {
          scanner.skipValue()
        }
      }
      if scanner.failed { return }  // cut off inside the event: nothing to trust in it
      guard JSONScanner.key(kind, is: "messageCreate") else {
        emit(.member(sender))  // joins, leaves and renames name members, not messages
        return
      }
      guard let time = createdAt.flatMap(ISODate.seconds) else {
        emit(.undated)
        return
      }
      emit(.message(time: time, sender: sender, kind: .message, length: length, position: position))
      for (reactor, at) in reactions {
        emit(
          .message(
            time: at.flatMap(ISODate.seconds) ?? time, sender: reactor, kind: .reaction, length: 0,
            position: position))
      }
    }
  }
}
