/// The fields of one message object that ties uses, as raw bytes of the mapped file: the
/// text is only counted, never kept (formats/others.md §4.2).
struct TelegramMessage {
  enum Kind {
    case message, service, other
  }

  enum Action {
    case none, phoneCall, groupCall, conferenceCall, other
  }

  var kind = Kind.message
  var unixTime: Int64?
  var date: UnsafeBufferPointer<UInt8>?
  var from: UnsafeBufferPointer<UInt8>?
  var fromPeer: TelegramPeer?
  var actor: UnsafeBufferPointer<UInt8>?
  var actorPeer: TelegramPeer?
  var action = Action.none
  /// `duration_seconds` of calls (and of voice messages, unused), `duration` of group calls.
  var duration: Int64 = 0
  var groupCallDuration: Int64 = 0
  /// `discard_reason` is "missed" or "busy", or `is_missed` is true.
  var missed = false
  var textLength = 0

  mutating func read(_ scanner: inout JSONScanner, key: UnsafeBufferPointer<UInt8>) {
    guard let first = key.first else { return }
    // Length and first byte pick the one key to compare: this runs for every key of every
    // message of a file that can hold millions.
    switch (key.count, first) {
    case (4, 0x74):  // t
      if JSONScanner.key(key, is: "text") {
        readText(&scanner)
      } else if JSONScanner.key(key, is: "type") {
        guard let raw = Self.string(&scanner) else { return }
        kind =
          JSONScanner.key(raw, is: "message")
          ? .message : JSONScanner.key(raw, is: "service") ? .service : .other
      }
    case (4, 0x64) where JSONScanner.key(key, is: "date"): date = Self.string(&scanner)
    case (4, 0x66) where JSONScanner.key(key, is: "from"): from = Self.string(&scanner)
    case (5, 0x61) where JSONScanner.key(key, is: "actor"): actor = Self.string(&scanner)
    case (6, 0x61) where JSONScanner.key(key, is: "action"):
      guard let raw = Self.string(&scanner) else { return }
      if JSONScanner.key(raw, is: "phone_call") {
        action = .phoneCall
      } else if JSONScanner.key(raw, is: "group_call") {
        action = .groupCall
      } else if JSONScanner.key(raw, is: "conference_call") {
        action = .conferenceCall
      } else {
        action = .other
      }
    case (7, 0x66) where JSONScanner.key(key, is: "from_id"): fromPeer = Self.peer(&scanner)
    case (8, 0x61) where JSONScanner.key(key, is: "actor_id"): actorPeer = Self.peer(&scanner)
    case (8, 0x64) where JSONScanner.key(key, is: "duration"):
      groupCallDuration = scanner.int64() ?? 0
    case (9, 0x69) where JSONScanner.key(key, is: "is_missed"):
      missed = missed || scanner.bool() == true
    case (13, 0x64) where JSONScanner.key(key, is: "date_unixtime"):
      unixTime = Self.string(&scanner).flatMap(TelegramBytes.integer)
    case (13, 0x74) where JSONScanner.key(key, is: "text_entities"):
      scanner.skipBalanced()  // the same text again, split by entity
    case (14, 0x64) where JSONScanner.key(key, is: "discard_reason"):
      guard let raw = Self.string(&scanner) else { return }
      missed = missed || JSONScanner.key(raw, is: "missed") || JSONScanner.key(raw, is: "busy")
    case (16, 0x64) where JSONScanner.key(key, is: "duration_seconds"):
      duration = scanner.int64() ?? 0
    default:
      break
    }
  }

  /// `text` is a string, or an array of strings and `{type, text}` entities (§4.2).
  private mutating func readText(_ scanner: inout JSONScanner) {
    switch scanner.peek() {
    case 0x22:
      if let raw = scanner.rawString() { textLength += TelegramBytes.length(raw) }
    case 0x5B:
      var length = 0
      scanner.forEachElement { scanner in
        switch scanner.peek() {
        case 0x22:
          if let raw = scanner.rawString() { length += TelegramBytes.length(raw) }
        case 0x7B:
          scanner.forEachMember { scanner, key in
            guard JSONScanner.key(key, is: "text"), scanner.peek() == 0x22,
              let raw = scanner.rawString()
            else { return }
            length += TelegramBytes.length(raw)
          }
        default:
          break
        }
      }
      textLength += length
    default:
      break
    }
  }

  private static func string(_ scanner: inout JSONScanner) -> UnsafeBufferPointer<UInt8>? {
    scanner.peek() == 0x22 ? scanner.rawString() : nil
  }

  /// `"user123"`, or a bare number in older exports.
  private static func peer(_ scanner: inout JSONScanner) -> TelegramPeer? {
    guard let first = scanner.peek() else { return nil }
    if first == 0x22 { return scanner.rawString().flatMap(TelegramBytes.peer) }
    guard first &- 0x30 < 10 else { return nil }
    return scanner.int64().map { TelegramPeer(kind: .user, number: $0) }
  }
}
