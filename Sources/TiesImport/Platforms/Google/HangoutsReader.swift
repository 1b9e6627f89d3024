import Foundation
import TiesCore

/// The legacy `Hangouts/Hangouts.json` (formats/others.md §6.3), both its layouts
/// (`conversations` and the older `conversation_state`), streamed with the pull scanner over
/// the mapped file, since one file holds every conversation of an account for years. Calls
/// are `HANGOUT_EVENT`s: a start by the caller, an end with the duration.
struct HangoutsReader {
  let entry: ExportEntry
  let fileIndex: Int

  /// One conversation as read; events wait here until its participants are known.
  private struct Conversation {
    var id = ""
    var name = ""
    var isGroup = false
    var participants: [(id: String, name: String?, phone: String?)] = []
    var owner: String?
    var events: [Event] = []
  }

  private struct Event {
    var sender = ""
    var time: Int64 = 0
    /// The microseconds of the timestamp: the order within a second, and with the time
    /// what tells one event from another in overlapping files.
    var micros: Int32 = 0
    var kind: Kind = .other
    var length = 0
    var duration: Int64?

    enum Kind { case message, hangoutStart, hangoutEnd, other }
  }

  func read(into sink: inout FileSink) {
    guard let data = JSONFile.bytes(entry, into: &sink) else { return }
    var conversations = 0
    var records = 0
    let failure: (offset: Int, reason: String)? = data.withUnsafeBytes { raw in
      var scanner = JSONScanner(raw.bindMemory(to: UInt8.self))
      scanner.forEachMember { scanner, key in
        guard
          JSONScanner.key(key, is: "conversations")
            || JSONScanner.key(key, is: "conversation_state")
        else { return scanner.skipValue() }
        scanner.forEachElement { scanner in
          var conversation = Conversation()
          Self.readObject(&scanner, into: &conversation, depth: 0)
          records += add(conversation, into: &sink)
          conversations += 1
        }
      }
      sink.append(diagnostics: scanner.toleratedDiagnostics(path: entry.displayPath))
      return scanner.failure
    }
    sink.read(records: records)
    sink.describe(as: "hangouts (\(conversations) conversations)")
    if let failure {
      sink.brokeOff(
        keptRecords: records > 0, failure.reason,
        Diagnostic(.error, path: entry.displayPath, offset: failure.offset, message: failure.reason)
      )
    }
  }

  /// Reads a conversation entry, whichever layout nests it how deep.
  private static func readObject(
    _ scanner: inout JSONScanner, into conversation: inout Conversation, depth: Int
  ) {
    guard scanner.peek() == 0x7B else { return scanner.skipValue() }
    scanner.forEachMember { scanner, key in
      if JSONScanner.key(key, is: "conversation_id") || JSONScanner.key(key, is: "id") {
        if let id = Self.field(&scanner, "id") { conversation.id = id }
      } else if JSONScanner.key(key, is: "conversation")
        || JSONScanner.key(key, is: "conversation_state"), depth < 3
      {
        readObject(&scanner, into: &conversation, depth: depth + 1)
      } else if JSONScanner.key(key, is: "type") {
        conversation.isGroup = scanner.string() == "GROUP"
      } else if JSONScanner.key(key, is: "name") {
        conversation.name = scanner.string() ?? ""
      } else if JSONScanner.key(key, is: "participant_data") {
        scanner.forEachElement { scanner in readParticipant(&scanner, into: &conversation) }
      } else if JSONScanner.key(key, is: "self_conversation_state") {
        conversation.owner = selfID(&scanner)
      } else if JSONScanner.key(key, is: "events") || JSONScanner.key(key, is: "event") {
        scanner.forEachElement { scanner in conversation.events.append(readEvent(&scanner)) }
      } else {
        scanner.skipValue()
      }
    }
  }

  /// The `key` string of the object here (`{"id": "…"}`, `{"gaia_id": "…"}`).
  private static func field(_ scanner: inout JSONScanner, _ name: StaticString) -> String? {
    guard scanner.peek() == 0x7B else {
      scanner.skipValue()
      return nil
    }
    var value: String?
    scanner.forEachMember { scanner, key in
      if JSONScanner.key(key, is: name) { value = scanner.string() } else { scanner.skipValue() }
    }
    return value
  }

  private static func readParticipant(
    _ scanner: inout JSONScanner, into conversation: inout Conversation
  ) {
    var id: String?
    var name: String?
    var phone: String?
    guard scanner.peek() == 0x7B else { return scanner.skipValue() }
    scanner.forEachMember { scanner, key in
      if JSONScanner.key(key, is: "id") {
        id = field(&scanner, "gaia_id")
      } else if JSONScanner.key(key, is: "fallback_name") {
        name = scanner.string()
      } else if JSONScanner.key(key, is: "phone_number") {
        phone = field(&scanner, "e164")
      } else {
        scanner.skipValue()
      }
    }
    if let id { conversation.participants.append((id, name, phone)) }
  }

  private static func selfID(_ scanner: inout JSONScanner) -> String? {
    var owner: String?
    guard scanner.peek() == 0x7B else {
      scanner.skipValue()
      return nil
    }
    scanner.forEachMember { scanner, key in
      if JSONScanner.key(key, is: "self_read_state"), scanner.peek() == 0x7B {
        scanner.forEachMember { scanner, key in
          if JSONScanner.key(key, is: "participant_id") {
            owner = field(&scanner, "gaia_id")
          } else {
            scanner.skipValue()
          }
        }
      } else {
        scanner.skipValue()
      }
    }
    return owner
  }

  private static func readEvent(_ scanner: inout JSONScanner) -> Event {
    var event = Event()
    guard scanner.peek() == 0x7B else {
      scanner.skipValue()
      return event
    }
    scanner.forEachMember { scanner, key in
      if JSONScanner.key(key, is: "sender_id") {
        event.sender = field(&scanner, "gaia_id") ?? ""
      } else if JSONScanner.key(key, is: "timestamp") {
        // Microseconds since 1970, as a string (or, rarely, a number).
        let micros =
          scanner.peek() == 0x22 ? scanner.string().flatMap { Int64($0) } : scanner.int64()
        event.time = (micros ?? 0) / 1_000_000
        event.micros = Int32((micros ?? 0) % 1_000_000)
      } else if JSONScanner.key(key, is: "chat_message") {
        event.kind = .message
        event.length = textLength(&scanner)
      } else if JSONScanner.key(key, is: "hangout_event"), scanner.peek() == 0x7B {
        scanner.forEachMember { scanner, key in
          if JSONScanner.key(key, is: "event_type") {
            switch scanner.string() {
            case "START_HANGOUT": event.kind = .hangoutStart
            case "END_HANGOUT": event.kind = .hangoutEnd
            default: break
            }
          } else if JSONScanner.key(key, is: "hangout_duration_secs") {
            event.duration =
              scanner.peek() == 0x22 ? scanner.string().flatMap { Int64($0) } : scanner.int64()
          } else {
            scanner.skipValue()
          }
        }
      } else {
        scanner.skipValue()
      }
    }
    return event
  }

  /// Characters of a chat message's text segments; a line break counts as one.
  private static func textLength(_ scanner: inout JSONScanner) -> Int {
    var length = 0
    func walk(_ scanner: inout JSONScanner, depth: Int) {
      switch scanner.peek() {
      case 0x7B where depth < 8:
        scanner.forEachMember { scanner, key in
          if JSONScanner.key(key, is: "text") {
            length += scanner.string()?.count ?? 0
          } else if JSONScanner.key(key, is: "type"), scanner.peek() == 0x22 {
            if scanner.string() == "LINE_BREAK" { length += 1 }
          } else {
            walk(&scanner, depth: depth + 1)
          }
        }
      case 0x5B where depth < 8:
        scanner.forEachElement { walk(&$0, depth: depth + 1) }
      default:
        scanner.skipValue()
      }
    }
    walk(&scanner, depth: 0)
    return length
  }

  /// Adds one conversation; returns the interactions it gave.
  private func add(_ conversation: Conversation, into sink: inout FileSink) -> Int {
    var identityOf: [String: Int] = [:]
    func identity(_ id: String, name: String? = nil) -> Int {
      if let known = identityOf[id] {
        if let name { sink.displayName(name, to: known) }
        return known
      }
      let index = sink.identity(
        IdentityKey(platform: .google, kind: .accountID, value: id), name: name)
      identityOf[id] = index
      return index
    }
    for participant in conversation.participants {
      let index = identity(participant.id, name: participant.name)
      if let phone = participant.phone.flatMap(PhoneNumber.normalize) {
        let other = sink.identity(IdentityKey(platform: .google, kind: .phone, value: phone))
        sink.sameAs(SameAs(index, other))
      }
    }
    if let owner = conversation.owner { sink.owner(identity(owner)) }
    let members = conversation.participants.map { identity($0.id) }
    let isGroup = conversation.isGroup || members.count > 2
    let others = members.filter { $0 != conversation.owner.map { identity($0) } }
    let title =
      isGroup && !conversation.name.isEmpty
      ? conversation.name : others.map { sink.identity(at: $0).bestName }.joined(separator: ", ")
    let thread = Int32(
      sink.thread(
        ChatThread(
          platform: .google, key: "hangouts:" + conversation.id, title: title, isGroup: isGroup,
          participants: members, namedAfter: isGroup ? nil : others.first,
          source: SourceRef(file: fileIndex))))
    var started: Event?
    var count = 0
    // A call is paired start to end in time order, whatever order the file lists them in.
    let events = conversation.events.sorted { ($0.time, $0.micros) < ($1.time, $1.micros) }
    for event in events where !event.sender.isEmpty {
      let sender = Int32(identity(event.sender))
      switch event.kind {
      case .message:
        sink.append(
          Interaction(
            time: event.time, thread: thread, sender: sender, kind: .message,
            length: Int32(clamping: event.length), position: event.micros))
        count += 1
      case .hangoutStart:
        if let open = started { count += call(open, nil, thread: thread, into: &sink) }
        started = event
      case .hangoutEnd:
        count += call(started ?? event, event.duration, thread: thread, into: &sink)
        started = nil
      case .other:
        continue
      }
    }
    if let open = started { count += call(open, nil, thread: thread, into: &sink) }
    return count
  }

  /// A call by whoever started it, answered when it lasted.
  private func call(
    _ start: Event, _ duration: Int64?, thread: Int32, into sink: inout FileSink
  ) -> Int {
    let sender = sink.identity(
      IdentityKey(platform: .google, kind: .accountID, value: start.sender))
    let seconds = max(0, duration ?? 0)
    sink.append(
      Interaction(
        time: start.time, thread: thread, sender: Int32(sender), kind: .call,
        callOutcome: seconds > 0 ? .completed : .missed, length: Int32(clamping: seconds),
        position: start.micros))
    return 1
  }

  /// A 2014 takeout can hold `Hangouts.json` and a `Hangouts2.json` that repeats most of it
  /// (purarue/google_takeout_parser#14): an event met twice, same conversation, sender,
  /// kind and microsecond, is counted once.
  static func dropRepeats(_ graph: inout InteractionGraph) {
    let hangouts = Set(
      graph.threads.indices.filter {
        graph.threads[$0].platform == .google && graph.threads[$0].key.hasPrefix("hangouts:")
      }.map(Int32.init))
    guard !hangouts.isEmpty else { return }
    struct Event: Hashable {
      let time: Int64
      let thread: Int32
      let sender: Int32
      let kind: InteractionKind
      let micros: Int32
    }
    var seen = Set<Event>()
    let before = graph.interactionCount
    graph.transformInteractions { interaction in
      guard hangouts.contains(interaction.thread) else { return true }
      let event = Event(
        time: interaction.time, thread: interaction.thread, sender: interaction.sender,
        kind: interaction.kind, micros: interaction.position)
      return seen.insert(event).inserted
    }
    let repeated = before - graph.interactionCount
    guard repeated > 0 else { return }
    let path = graph.files.first { $0.role.hasPrefix("hangouts") }?.path
    graph.diagnostics.append(
      Diagnostic(
        path: path ?? "Hangouts",
        message: "\(repeated) Hangouts event(s) found in more than one file were counted once"))
  }
}
