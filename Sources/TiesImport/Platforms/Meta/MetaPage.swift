import TiesCore

/// One page of a Meta message thread, scanned: only what the analysis uses, names interned.
struct MetaPage {
  struct Message {
    var index: Int
    var sender: Int32
    /// Milliseconds since 1970: `timestamp_ms`, or the 2018 `timestamp` in seconds × 1000.
    var milliseconds: Int64
    var kind: InteractionKind
    var outcome: CallOutcome
    /// Characters of content for messages; seconds for calls.
    var length: Int32
    var reactions: [(actor: Int32, seconds: Int64?)]
  }

  var names: [String] = []
  var participants: [Int32] = []
  var title = ""
  /// `joinable_mode` or `thread_type: RegularGroup`: a group whatever its size.
  var groupHint = false
  var hasMessages = false
  var messages: [Message] = []
  /// Messages dropped as group events (joins, leaves) or for lack of a sender or time.
  var skipped = 0
  /// Trailing commas read past, to be reported with the page's path.
  var tolerated: [(offset: Int, reason: String)] = []
}

/// Scans `message_N.json` pages (formats/meta.md §2.3) with `JSONScanner`: about ten times
/// the speed of decoding a tree, which matters on exports of a gigabyte.
struct MetaPageScanner {
  private var lookup: [[UInt8]: Int32] = [:]
  private var recent: [(bytes: [UInt8], index: Int32)] = []
  private var page = MetaPage()

  /// - Returns: the page, or the offset and reason where the JSON broke.
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<MetaPage, JSONReadError> {
    var scanner = JSONScanner(bytes)
    var reader = MetaPageScanner()
    scanner.forEachMember { scanner, key in
      if JSONScanner.key(key, is: "participants") {
        scanner.forEachElement { scanner in
          if scanner.peek() == 0x7B {
            scanner.forEachMember { scanner, key in
              if JSONScanner.key(key, is: "name"), scanner.peek() == 0x22,
                let raw = scanner.rawString()
              {
                reader.page.participants.append(reader.intern(raw))
              }
            }
          } else if let raw = scanner.peek() == 0x22 ? scanner.rawString() : nil {
            reader.page.participants.append(reader.intern(raw))
          }
        }
      } else if JSONScanner.key(key, is: "messages") {
        reader.page.hasMessages = true
        var index = 0
        scanner.forEachElement { scanner in
          reader.message(&scanner, index: index)
          index += 1
        }
      } else if JSONScanner.key(key, is: "title") {
        reader.page.title = scanner.string().map(MetaText.repair) ?? ""
      } else if JSONScanner.key(key, is: "joinable_mode") {
        if scanner.peek() == 0x7B { reader.page.groupHint = true }
      } else if JSONScanner.key(key, is: "thread_type") {
        if scanner.string() == "RegularGroup" { reader.page.groupHint = true }
      }
    }
    if let failure = scanner.failure {
      return .failure(JSONReadError(message: failure.reason, offset: failure.offset))
    }
    reader.page.tolerated = scanner.tolerated
    return .success(reader.page)
  }

  /// The fields of one message object that ties reads.
  private struct Fields {
    var sender: Int32?
    var senderRaw: UnsafeBufferPointer<UInt8>?
    var milliseconds: Int64?
    var content: UnsafeBufferPointer<UInt8>?
    var duration: Int64?
    var missed: Bool?
    var type: String?
    var users = false
    var share = false
    var unsent = false
    var reactions: [(actor: Int32, seconds: Int64?)] = []
  }

  private mutating func fields(_ scanner: inout JSONScanner) -> Fields {
    var found = Fields()
    scanner.forEachMember { scanner, key in
      switch key.count {
      case 11 where JSONScanner.key(key, is: "sender_name"):
        if scanner.peek() == 0x22, let raw = scanner.rawString() {
          found.sender = intern(raw)
          found.senderRaw = raw
        }
      case 12 where JSONScanner.key(key, is: "timestamp_ms"):
        found.milliseconds = scanner.int64()
      case 9 where JSONScanner.key(key, is: "timestamp"):
        if found.milliseconds == nil, let seconds = scanner.int64(), abs(seconds) < 1 << 40 {
          found.milliseconds = seconds * 1000
        }
      case 7 where JSONScanner.key(key, is: "content"):
        found.content = scanner.peek() == 0x22 ? scanner.rawString() : nil
      case 13 where JSONScanner.key(key, is: "call_duration"):
        found.duration = scanner.int64() ?? 0
      case 6 where JSONScanner.key(key, is: "missed"):
        found.missed = scanner.bool() ?? false
      case 4 where JSONScanner.key(key, is: "type"):
        found.type = scanner.string()
      case 5 where JSONScanner.key(key, is: "users"):
        found.users = true
      case 5 where JSONScanner.key(key, is: "share"):
        found.share = true
      case 9 where JSONScanner.key(key, is: "is_unsent"):
        found.unsent = scanner.bool() ?? false
      case 9 where JSONScanner.key(key, is: "reactions") && scanner.peek() == 0x5B:
        scanner.forEachElement { scanner in
          var actor: Int32?
          var seconds: Int64?
          scanner.forEachMember { scanner, key in
            if JSONScanner.key(key, is: "actor"), scanner.peek() == 0x22,
              let raw = scanner.rawString()
            {
              actor = intern(raw)
            } else if JSONScanner.key(key, is: "timestamp") {
              seconds = scanner.int64()
            }
          }
          if let actor { found.reactions.append((actor, seconds)) }
        }
      default:
        break
      }
    }
    return found
  }

  /// One message: skipped when it is a notice rather than something someone did.
  private mutating func message(_ scanner: inout JSONScanner, index: Int) {
    let fields = self.fields(&scanner)
    let (sender, milliseconds, content) = (fields.sender, fields.milliseconds, fields.content)
    let (duration, missed, type, users) = (
      fields.duration, fields.missed, fields.type, fields.users
    )
    let (share, unsent, senderRaw) = (fields.share, fields.unsent, fields.senderRaw)
    guard let sender, let milliseconds else {
      page.skipped += 1
      return
    }
    var kind = InteractionKind.message
    var outcome = CallOutcome.none
    var length: Int32 = 0
    if type == "Subscribe" || type == "Unsubscribe" || (users && content == nil) {
      page.skipped += 1
      return
    }
    if duration != nil || missed != nil || type == "Call" {
      kind = .call
      let seconds = duration ?? 0
      outcome = (missed ?? false) || seconds == 0 ? .missed : .completed
      length = Int32(clamping: seconds)
    } else if let content {
      // "Dan left the group." names its actor (by first name) first: a message that merely
      // ends so does not.
      if !share, let raw = senderRaw, Self.startsWithFirstName(content, of: raw),
        MetaPhrases.isGroupEvent(content)
      {
        page.skipped += 1
        return
      }
      if MetaPhrases.isReactionNotice(content) {
        kind = .reaction
      } else if !unsent {
        length = Int32(clamping: JSONScanner.repairedLength(content))
      }
    }
    page.messages.append(
      MetaPage.Message(
        index: index, sender: sender, milliseconds: milliseconds, kind: kind, outcome: outcome,
        length: length, reactions: fields.reactions))
  }

  /// Whether `content` starts with the sender's first name (the raw name up to its first
  /// space), compared on the raw bytes.
  private static func startsWithFirstName(
    _ content: UnsafeBufferPointer<UInt8>, of sender: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    let first = sender.firstIndex(of: 0x20) ?? sender.count
    guard first > 0, content.count >= first else { return false }
    return ByteText.equal(
      UnsafeBufferPointer(rebasing: content[..<first]),
      UnsafeBufferPointer(rebasing: sender[..<first]))
  }

  /// The index of a name; the same raw bytes are decoded and repaired once per page.
  private mutating func intern(_ raw: UnsafeBufferPointer<UInt8>) -> Int32 {
    for entry in recent
    where entry.bytes.count == raw.count
      && entry.bytes.withUnsafeBufferPointer({ ByteText.equal($0, raw) })
    {
      return entry.index
    }
    let key = Array(raw)
    let index: Int32
    if let known = lookup[key] {
      index = known
    } else {
      index = Int32(page.names.count)
      page.names.append(MetaText.repair(JSONScanner.decode(raw)))
      lookup[key] = index
    }
    if recent.count < 8 {
      recent.append((key, index))
    } else {
      recent[Int(index) % 8] = (key, index)
    }
    return index
  }
}

/// English phrases the exporter writes as content for one-click acts and group events
/// (formats/meta.md §6, pitfall 8), matched on the raw JSON bytes.
enum MetaPhrases {
  static func isReactionNotice(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
    if JSONScanner.hasSuffix(raw, " to your message ")
      || JSONScanner.hasSuffix(raw, " to your message")
    {
      return raw.starts(with: "Reacted ".utf8)
    }
    return raw.elementsEqual("Liked a message".utf8)
  }

  static func isGroupEvent(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
    JSONScanner.hasSuffix(raw, " left the group.") || JSONScanner.hasSuffix(raw, " left the chat")
      || JSONScanner.hasSuffix(raw, " to the group.")
      || JSONScanner.hasSuffix(raw, " from the group.")
      || JSONScanner.hasSuffix(raw, " joined the group.")
      || JSONScanner.hasSuffix(raw, " joined the group via invite link.")
  }
}
