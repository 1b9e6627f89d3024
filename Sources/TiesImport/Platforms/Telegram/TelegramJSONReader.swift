import Foundation
import TiesCore

/// Reads a Telegram Desktop `result.json` (formats/others.md §4.2) in one pass over its
/// bytes: the whole-account export (`personal_information`, `contacts`, `frequent_contacts`,
/// `chats`, `left_chats`) or a single chat, whose root is the chat itself. Nothing but the
/// graph is built; pages behind the scanner are released, so memory stays flat.
struct TelegramJSONReader {
  let path: String
  let fileIndex: Int
  let zone: ZoneOffsets?
  /// The zone behind `zone`, for a second thread's own cache.
  let timeZone: TimeZone?
  /// Hands back the pages before an offset once they are read (nil for in-memory input).
  let release: ((Int) -> Void)?
  /// A release cursor of its own from an offset, for a second thread (nil: no split).
  let cursor: ((Int) -> (Int) -> Void)?
  var sink: FileSink
  var people: TelegramPeople
  /// The exporter, from `personal_information`.
  var ownerPeer: TelegramPeer?
  var isFullExport = false
  var chatCount = 0
  /// Message objects of every kind, the file's records.
  var records = 0
  var localTimesOnly = 0
  var undated = 0
  var withoutSender = 0
  var contacts = 0
  /// Arrays of a single chat from this many bytes on are read by two threads.
  var splitMinimum = TelegramSplit.minimumBytes

  init(
    path: String, timeZone: TimeZone?, release: ((Int) -> Void)?,
    cursor: ((Int) -> (Int) -> Void)? = nil, sink: FileSink
  ) {
    self.path = path
    self.fileIndex = sink.file
    self.timeZone = timeZone
    self.zone = timeZone.map(ZoneOffsets.init)
    self.release = release
    self.cursor = cursor
    self.sink = sink
    self.people = TelegramPeople(scope: path)
  }

  mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
    var scanner = JSONScanner(bytes)
    guard scanner.peek() == 0x7B else {
      sink.fail("not a JSON object", offset: scanner.position)
      return
    }
    readChat(&scanner, isRoot: true)
    sink.append(diagnostics: scanner.toleratedDiagnostics(path: path))
    if let failure = scanner.failure {
      sink.brokeOff(
        keptRecords: records + contacts > 0, failure.reason,
        Diagnostic(.error, path: path, offset: failure.offset, message: failure.reason))
    }
    report()
  }

  /// A chat object, or the root, whose chat keys make it a single-chat export.
  mutating func readChat(_ scanner: inout JSONScanner, isRoot: Bool) {
    var chat = TelegramChat(ordinal: chatCount)
    chatCount += 1
    scanner.forEachMember { scanner, key in
      switch key.count {
      case 2 where JSONScanner.key(key, is: "id"): chat.id = scanner.int64()
      case 4 where JSONScanner.key(key, is: "name"): chat.name = scanner.string()
      case 4 where JSONScanner.key(key, is: "type"):
        if scanner.peek() == 0x22, let raw = scanner.rawString() {
          chat.type = TelegramChatType(raw: raw)
          chat.typeName = String(decoding: raw, as: UTF8.self)
        }
      case 8 where JSONScanner.key(key, is: "messages"):
        readMessages(&scanner, chat: &chat, isRoot: isRoot)
      default:
        guard isRoot else { return }
        readSection(&scanner, key: key)
      }
    }
    if chat.sawMessages { finish(&chat) }
  }

  private mutating func readSection(_ scanner: inout JSONScanner, key: UnsafeBufferPointer<UInt8>) {
    if JSONScanner.key(key, is: "personal_information") {
      isFullExport = true
      readProfile(&scanner)
    } else if JSONScanner.key(key, is: "contacts") {
      isFullExport = true
      forEachListItem(&scanner) { reader, scanner in reader.readContact(&scanner) }
    } else if JSONScanner.key(key, is: "frequent_contacts") {
      isFullExport = true
      forEachListItem(&scanner) { reader, scanner in reader.readFrequent(&scanner) }
    } else if JSONScanner.key(key, is: "chats") || JSONScanner.key(key, is: "left_chats") {
      isFullExport = true
      forEachListItem(&scanner) { reader, scanner in reader.readChat(&scanner, isRoot: false) }
    }
  }

  /// The items of `{"about": …, "list": [ … ]}`.
  private mutating func forEachListItem(
    _ scanner: inout JSONScanner, _ body: (inout TelegramJSONReader, inout JSONScanner) -> Void
  ) {
    guard scanner.peek() == 0x7B else { return }
    scanner.forEachMember { scanner, key in
      guard JSONScanner.key(key, is: "list"), scanner.peek() == 0x5B else { return }
      scanner.forEachElement { scanner in
        guard scanner.peek() == 0x7B else { return }
        body(&self, &scanner)
      }
    }
  }

  private mutating func readProfile(_ scanner: inout JSONScanner) {
    guard scanner.peek() == 0x7B else { return }
    var fields = TelegramPerson()
    scanner.forEachMember { scanner, key in fields.read(&scanner, key: key) }
    guard let id = fields.userID else { return }
    let peer = TelegramPeer(kind: .user, number: id)
    ownerPeer = peer
    let name = fields.fullName
    let owner = people.identity(peer, displayName: name, in: &sink)
    sink.owner(owner)
    if let name { sink.owner(name: name) }
    if let phone = fields.phone {
      let index = sink.identity(
        IdentityKey(platform: .telegram, kind: .phone, value: phone), name: name)
      sink.owner(index)
    }
    if let username = fields.username {
      let index = sink.identity(
        IdentityKey(platform: .telegram, kind: .handle, value: username), name: name)
      sink.owner(index)
    }
  }

  /// A saved contact: the owner chose to keep them (a `contact` link from the owner).
  private mutating func readContact(_ scanner: inout JSONScanner) {
    var fields = TelegramPerson()
    scanner.forEachMember { scanner, key in fields.read(&scanner, key: key) }
    contacts += 1
    let name = fields.fullName
    var primary: Int?
    if let id = fields.userID, id != 0 {
      primary = people.identity(
        TelegramPeer(kind: .user, number: id), displayName: name, in: &sink)
    }
    if let phone = fields.phone {
      let index = sink.identity(
        IdentityKey(platform: .telegram, kind: .phone, value: phone), name: name)
      if let primary { sink.sameAs(SameAs(primary, index)) }
      primary = primary ?? index
    }
    if primary == nil, let name {
      primary = people.identity(named: name, in: &sink)
    }
    guard let primary else { return }
    let time = fields.unixTime ?? fields.localTime.map { zone?.utc(fromLocal: $0) ?? $0 }
    sink.link(
      Link(
        platform: .telegram, kind: .contact, direction: .outgoing, identity: primary, time: time,
        source: SourceRef(file: fileIndex, position: Int32(clamping: contacts - 1))))
  }

  /// A frequent contact names a peer; only people are kept, for their names.
  private mutating func readFrequent(_ scanner: inout JSONScanner) {
    var id: Int64?
    var name: String?
    var isUser = false
    scanner.forEachMember { scanner, key in
      if JSONScanner.key(key, is: "id") {
        id = scanner.int64()
      } else if JSONScanner.key(key, is: "name") {
        name = scanner.string()
      } else if JSONScanner.key(key, is: "type"), scanner.peek() == 0x22,
        let raw = scanner.rawString()
      {
        isUser = JSONScanner.key(raw, is: "user")
      }
    }
    if isUser, let id, id != 0 {
      _ = people.identity(TelegramPeer(kind: .user, number: id), displayName: name, in: &sink)
    }
  }

  private mutating func report() {
    sink.read(records: records + contacts)
    let role: TelegramImporter.Role = isFullExport ? .accountExport : .chat
    sink.describe(as: role.label)
    if localTimesOnly > 0 {
      let reading = zone == nil ? "read as UTC (set --timezone)" : "read in the --timezone zone"
      sink.append(
        Diagnostic(
          path: path,
          message: "\(localTimesOnly) message(s) carry only a local time without zone "
            + "(no date_unixtime, Telegram Desktop before 3.7.6); \(reading)"))
      sink.layout("local times only (before Telegram Desktop 3.7.6)", for: .telegram)
    }
    if undated > 0 {
      sink.append(
        Diagnostic(
          path: path, message: "\(undated) message(s) without a readable date were left out"))
    }
    if withoutSender > 0 {
      sink.append(
        Diagnostic(
          path: path, message: "\(withoutSender) message(s) name no sender and were left out"))
    }
  }
}

/// The person fields shared by `personal_information` and contacts.
struct TelegramPerson {
  var userID: Int64?
  var firstName = ""
  var lastName = ""
  var phone: String?
  var username: String?
  var unixTime: Int64?
  var localTime: Int64?

  var fullName: String? {
    let name = [firstName, lastName].filter { !$0.isEmpty }.joined(separator: " ")
      .trimmingWhitespace()
    return name.isEmpty ? nil : name
  }

  mutating func read(_ scanner: inout JSONScanner, key: UnsafeBufferPointer<UInt8>) {
    if JSONScanner.key(key, is: "user_id") {
      userID = scanner.peek() == 0x22 ? scanner.string().flatMap { Int64($0) } : scanner.int64()
    } else if JSONScanner.key(key, is: "first_name") {
      firstName = scanner.string() ?? ""
    } else if JSONScanner.key(key, is: "last_name") {
      lastName = scanner.string() ?? ""
    } else if JSONScanner.key(key, is: "phone_number") {
      phone = scanner.string().flatMap(PhoneNumber.normalize)
    } else if JSONScanner.key(key, is: "username") {
      let handle = (scanner.string() ?? "").trimmingWhitespace()
      let bare = handle.hasPrefix("@") ? String(handle.dropFirst()) : handle
      username = bare.isEmpty ? nil : bare.lowercased()
    } else if JSONScanner.key(key, is: "date_unixtime"), scanner.peek() == 0x22,
      let raw = scanner.rawString()
    {
      unixTime = TelegramBytes.integer(raw)
    } else if JSONScanner.key(key, is: "date"), scanner.peek() == 0x22,
      let raw = scanner.rawString()
    {
      localTime = TelegramBytes.localTime(raw)
    }
  }
}
