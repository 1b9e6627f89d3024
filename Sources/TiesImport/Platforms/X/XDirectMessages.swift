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
    let fileIndex = sink.file
    var conversations = 0
    var element = 0
    var undated = 0
    XArchiveFile.scan(entry, into: &sink) { scanner, sink, release in
      scanner.forEachElement { scanner in
        scanner.forEachMember { scanner, _ in
          let conversation = readConversation(
            &scanner, element: &element, undated: &undated, release: release, into: &sink)
          add(
            conversation, isGroup: isGroup, fileIndex: fileIndex, counted: &conversations,
            into: &sink)
        }
      }
    }
    if undated > 0 {
      sink.append(
        Diagnostic(
          path: entry.displayPath,
          message: "\(undated) message(s) without a readable createdAt were skipped"))
    }
  }

  /// One conversation as read, its members already made identities in order of appearance.
  private struct Conversation {
    var key: String?
    var title = ""
    var participants: [Int] = []
    var pending: [Pending] = []
    /// The ids met so far as their raw bytes, with their identities: every message names
    /// the same few ids, and making a `String` and a key of each was most of the reading.
    var known: [(raw: [UInt8], identity: Int)] = []

    mutating func member(_ id: String?, in sink: inout FileSink) -> Int? {
      guard let id, !id.isEmpty else { return nil }
      let identity = sink.identity(IdentityKey(platform: .x, kind: .accountID, value: id))
      if !participants.contains(identity) { participants.append(identity) }
      return identity
    }

    mutating func member(raw: UnsafeBufferPointer<UInt8>?, in sink: inout FileSink) -> Int? {
      guard let raw else { return nil }
      for id in known where id.raw.withUnsafeBufferPointer({ ByteText.equal($0, raw) }) {
        return id.identity
      }
      guard let identity = member(JSONScanner.decode(raw), in: &sink) else { return nil }
      // A group of hundreds is looked up by its key past the first 64.
      if known.count < 64 { known.append((Array(raw), identity)) }
      return identity
    }
  }

  /// `{"dmConversation": {"conversationId": …, "messages": […]}}`
  private static func readConversation(
    _ scanner: inout JSONScanner, element: inout Int, undated: inout Int,
    release: PageRelease, into sink: inout FileSink
  ) -> Conversation {
    var conversation = Conversation()
    scanner.forEachMember { scanner, name in
      if JSONScanner.key(name, is: "conversationId") {
        conversation.key = scanner.string()
      } else if JSONScanner.key(name, is: "messages") {
        scanner.forEachElement { scanner in
          element += 1
          readEvent(&scanner, position: Int32(clamping: element)) { event in
            switch event {
            case .member(let id): _ = conversation.member(raw: id, in: &sink)
            case .title(let name): conversation.title = name
            case .undated: undated += 1
            case .message(let time, let sender, let kind, let length, let position):
              if let sender = conversation.member(raw: sender, in: &sink) {
                conversation.pending.append(
                  Pending(
                    time: time, sender: sender, kind: kind, length: length, position: position))
              }
            }
          }
          // One conversation can hold most of the file: pages go back message by message.
          release(scanner.position)
        }
      } else {
        scanner.skipValue()
      }
    }
    return conversation
  }

  /// The conversation's thread and messages; `counted` numbers the file's conversations.
  private static func add(
    _ read: Conversation, isGroup: Bool, fileIndex: Int, counted: inout Int,
    into sink: inout FileSink
  ) {
    var conversation = read
    guard let key = conversation.key else { return }
    if !isGroup {
      for id in key.split(separator: "-") { _ = conversation.member(String(id), in: &sink) }
    }
    let position = counted
    counted += 1
    let thread = sink.thread(
      ChatThread(
        platform: .x, key: (isGroup ? "group/" : "dm/") + key, title: conversation.title,
        isGroup: isGroup, participants: conversation.participants,
        source: SourceRef(file: fileIndex, position: Int32(clamping: position))))
    sink.read(records: counted)
    for event in conversation.pending {
      sink.append(
        Interaction(
          time: event.time, thread: Int32(thread), sender: Int32(event.sender),
          kind: event.kind, length: event.length, position: event.position))
    }
  }

  /// Ids are the raw bytes of their JSON strings, valid until the scanner gives the
  /// message's pages back (`release`, after each message): they are used within their
  /// message, and `Conversation.known` keeps copies.
  private enum Event {
    case member(UnsafeBufferPointer<UInt8>?)
    case title(String)
    case undated
    case message(
      time: Int64, sender: UnsafeBufferPointer<UInt8>?, kind: InteractionKind, length: Int32,
      position: Int32)
  }

  /// One element of `messages`: a message with its reactions, or a membership event.
  private static func readEvent(
    _ scanner: inout JSONScanner, position: Int32, _ emit: (Event) -> Void
  ) {
    scanner.forEachMember { scanner, kind in
      var sender: UnsafeBufferPointer<UInt8>?
      var createdAt: UnsafeBufferPointer<UInt8>?
      var length: Int32 = 0
      var reactions: [(UnsafeBufferPointer<UInt8>?, UnsafeBufferPointer<UInt8>?)] = []
      scanner.forEachMember { scanner, key in
        if JSONScanner.key(key, is: "senderId") || JSONScanner.key(key, is: "initiatingUserId") {
          sender = scanner.rawStringValue()
        } else if JSONScanner.key(key, is: "recipientId") {
          emit(.member(scanner.rawStringValue()))
        } else if JSONScanner.key(key, is: "createdAt") {
          createdAt = scanner.rawStringValue()
        } else if JSONScanner.key(key, is: "text") {
          // Counted on the raw bytes: decoding every text to a String was most of the time.
          length = Int32(
            clamping: scanner.rawStringValue().map(JSONScanner.decodedScalarCount) ?? 0)
        } else if JSONScanner.key(key, is: "name") {
          if let name = scanner.string() { emit(.title(name)) }
        } else if JSONScanner.key(key, is: "userIds")
          || JSONScanner.key(key, is: "participantsSnapshot")
        {
          scanner.forEachElement { emit(.member($0.rawStringValue())) }
        } else if JSONScanner.key(key, is: "reactions") {
          scanner.forEachElement { scanner in
            var reactor: UnsafeBufferPointer<UInt8>?
            var time: UnsafeBufferPointer<UInt8>?
            scanner.forEachMember { scanner, key in
              if JSONScanner.key(key, is: "senderId") {
                reactor = scanner.rawStringValue()
              } else if JSONScanner.key(key, is: "createdAt") {
                time = scanner.rawStringValue()
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
      guard let time = createdAt.flatMap(Self.seconds) else {
        emit(.undated)
        return
      }
      emit(.message(time: time, sender: sender, kind: .message, length: length, position: position))
      for (reactor, at) in reactions {
        emit(
          .message(
            time: at.flatMap(Self.seconds) ?? time, sender: reactor, kind: .reaction, length: 0,
            position: position))
      }
    }
  }

  /// A raw `createdAt`; one with escapes, which no exporter writes, is decoded first.
  private static func seconds(_ raw: UnsafeBufferPointer<UInt8>) -> Int64? {
    raw.contains(0x5C) ? ISODate.seconds(JSONScanner.decode(raw)) : ISODate.seconds(raw: raw)
  }
}
