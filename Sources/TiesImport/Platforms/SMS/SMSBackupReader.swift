import TiesCore

/// What one SMS Backup & Restore file holds, before phone numbers are normalized: the raw
/// addresses met, conversations by their raw `address`, and one record per message or call.
struct SMSBackup {
  /// A conversation: one address, several (`+1…~+1…`) or an RCS group (`group_8@rcs…`).
  struct Conversation {
    var raw: String
    var members: [Int32]
    var isGroup: Bool
    var title: String?
  }

  var root: SMSElement = .other
  /// When the backup was made (`backup_date`): the end of what it covers.
  var madeAt: Int64?
  var addresses: [String] = []
  var addressIndex: [String: Int32] = [:]
  /// The names the backup gives each address (`contact_name`), first seen first.
  var names: [Int32: String] = [:]
  var conversations: [Conversation] = []
  var conversationIndex: [String: Int32] = [:]
  /// One interaction per message or call, in file order, with the conversation's index as
  /// its thread and the sending address's index as its sender (-1: the owner) until the
  /// builder maps them: held in a scratch file past 65,536, so that a backup of millions
  /// of messages does not grow memory.
  var records = InteractionBuffer()
  /// Addresses the backup shows to be the owner's own number, with how often.
  var ownerVotes: [Int32: Int] = [:]
  /// Counts of what was read but is no exchange: drafts, queued and failed messages.
  var unsent = 0
  var undated = 0
  /// Group messages received whose sender is not among the addresses.
  var senderless = 0
  var unclosedTags = 0
  var firstUnclosed: Int?

  mutating func address(_ raw: String) -> Int32 {
    if let known = addressIndex[raw] { return known }
    addresses.append(raw)
    addressIndex[raw] = Int32(addresses.count - 1)
    return Int32(addresses.count - 1)
  }

  mutating func conversation(_ raw: String, members: [Int32], isGroup: Bool) -> Int32 {
    if let known = conversationIndex[raw] {
      for member in members where !conversations[Int(known)].members.contains(member) {
        conversations[Int(known)].members.append(member)
      }
      return known
    }
    conversations.append(Conversation(raw: raw, members: members, isGroup: isGroup))
    conversationIndex[raw] = Int32(conversations.count - 1)
    return Int32(conversations.count - 1)
  }

  mutating func name(_ bytes: [UInt8], for address: Int32) {
    guard names[address] == nil, let name = Self.contactName(bytes) else { return }
    names[address] = name
  }

  /// A saved contact's name; nil for the app's "(Unknown)", "null" and blanks.
  static func contactName(_ bytes: [UInt8]) -> String? {
    let name = String(decoding: bytes, as: UTF8.self).trimmingWhitespace()
    guard !name.isEmpty, name != "(Unknown)", name != "null" else { return nil }
    return name
  }
}

/// Reads an SMS Backup & Restore file tag by tag into an `SMSBackup`.
struct SMSBackupReader {
  private(set) var backup = SMSBackup()
  private var mms: PendingMMS?
  private var conversationOfBytes: [SMSBytesKey: Int32] = [:]
  /// Address indices by their bytes (-1: blank), so that an MMS's `addr`s cost no `String`.
  private var addressOfBytes: [SMSBytesKey: Int32] = [:]

  /// An MMS between its start and end tags.
  private struct PendingMMS {
    var tag: SMSTag
    var addrs: [(address: Int32, type: Int)] = []
    var textLength = 0
  }

  mutating func read(_ scanner: inout SMSXMLScanner) throws {
    var tag = SMSTag()
    while try scanner.next(&tag) {
      if tag.unclosed {
        backup.unclosedTags += 1
        if backup.firstUnclosed == nil { backup.firstUnclosed = tag.offset }
      }
      switch tag.element {
      case .smses, .calls:
        if !tag.isEnd, backup.root == .other {
          backup.root = tag.element
          backup.madeAt = Self.seconds(tag.backupDate)
        }
      case .sms:
        if !tag.isEnd {
          finishMMS()
          readSMS(tag)
        }
      case .call:
        if !tag.isEnd {
          finishMMS()
          readCall(tag)
        }
      case .mms:
        finishMMS()
        if !tag.isEnd {
          mms = PendingMMS(tag: tag)
          if tag.selfClosing { finishMMS() }
        }
      case .part:
        guard !tag.isEnd, mms != nil else { continue }
        if tag.hasText, Self.isPlainText(tag.contentType) { mms?.textLength += tag.textLength }
      case .addr:
        guard !tag.isEnd, mms != nil, let type = tag.type else { continue }
        if let address = addressIndex(tag.address) { mms?.addrs.append((address, type)) }
      case .other:
        continue
      }
    }
    finishMMS()
  }

  private static func isPlainText(_ contentType: [UInt8]) -> Bool {
    contentType.starts(with: "text/plain".utf8)
  }

  private mutating func readSMS(_ tag: SMSTag) {
    guard let time = Self.seconds(tag.date) else { return backup.undated += 1 }
    // 1 received, 2 sent; drafts (3), outbox (4), failed (5) and queued (6) reached no one.
    guard tag.type == 1 || tag.type == 2 else { return backup.unsent += 1 }
    let (conversation, members) = open(tag.address, name: tag.contactName)
    // A received text in a group (`a~b`) does not say which member wrote it: crediting the
    // first would invent a tie, so it is counted and left out, as for MMS without a sender.
    if tag.type == 1 && members.count > 1 { return backup.senderless += 1 }
    let sender: Int32 = tag.type == 2 ? -1 : members.first ?? -1
    append(time, conversation, sender, Int32(clamping: tag.textLength))
  }

  private mutating func readCall(_ tag: SMSTag) {
    guard let time = Self.seconds(tag.date) else { return backup.undated += 1 }
    let (conversation, members) = open(tag.address, name: tag.contactName)
    let duration = Int32(clamping: max(0, tag.duration ?? 0))
    // 1 incoming, 2 outgoing, 3 missed, 4 voicemail, 5 rejected, 6 refused by a block list;
    // only an outgoing call is the owner's. Voicemail is their call that no one took.
    let outgoing = tag.type == 2
    let answered = (tag.type == 1 || tag.type == 2) && duration > 0
    backup.records.append(
      Interaction(
        time: time, thread: conversation, sender: outgoing ? -1 : members.first ?? -1,
        kind: .call, callOutcome: answered ? .completed : .missed,
        length: answered ? duration : 0,
        position: Int32(truncatingIfNeeded: backup.records.count + 1)))
  }

  private mutating func finishMMS() {
    guard let pending = mms else { return }
    mms = nil
    let tag = pending.tag
    guard let time = Self.seconds(tag.date) else { return backup.undated += 1 }
    // msg_box 1 inbox, 2 sent; without one, m_type 132 (retrieved) or 128 (sent).
    let box = tag.messageBox ?? (tag.messageType == 128 ? 2 : tag.messageType == 132 ? 1 : 0)
    guard box == 1 || box == 2 else { return backup.unsent += 1 }
    let conversation: Int32
    let members: [Int32]
    if !tag.address.isEmpty, !tag.address.contains(0x40) {
      (conversation, members) = open(tag.address, name: tag.contactName)
    } else {
      // An RCS group address, or none: the addresses inside the MMS say who is in it.
      var raw = String(decoding: tag.address, as: UTF8.self).trimmingWhitespace()
      if raw.isEmpty {
        raw = pending.addrs.filter { box == 2 ? $0.type != 137 : $0.type == 137 }
          .map { backup.addresses[Int($0.address)] }.joined(separator: "~")
      }
      (conversation, members) = open(raw, addrs: pending.addrs, name: tag.contactName)
    }
    // The owner's own number: the sender of what they sent, the one recipient of what they
    // got; never an address the conversation is with.
    let own = pending.addrs.filter { box == 2 ? $0.type == 137 : $0.type == 151 }
    if own.count == 1, !members.contains(own[0].address),
      !Self.isToken(backup.addresses[Int(own[0].address)])
    {
      backup.ownerVotes[own[0].address, default: 0] += 1
    }
    var sender: Int32 = -1
    if box == 1 {
      let from = pending.addrs.first { $0.type == 137 }?.address
      if let from, members.contains(from) {
        sender = from
      } else if members.count == 1 {
        sender = members[0]
      } else if let from, backup.conversations[Int(conversation)].isGroup {
        sender = from
      } else {
        return backup.senderless += 1
      }
    }
    append(time, conversation, sender, Int32(clamping: pending.textLength))
  }

  /// The conversation of a text or call: looked up by the address's bytes first, since a
  /// backup holds a few hundred addresses and hundreds of thousands of messages.
  private mutating func open(_ address: [UInt8], name: [UInt8]) -> (Int32, [Int32]) {
    let key = SMSBytesKey(address)
    if let known = conversationOfBytes[key] {
      let index = Int(known)
      if !backup.conversations[index].isGroup, !name.isEmpty {
        let member = backup.conversations[index].members[0]
        if backup.names[member] == nil { backup.name(name, for: member) }
      }
      return (known, backup.conversations[index].members)
    }
    let raw = String(decoding: address, as: UTF8.self).trimmingWhitespace()
    let opened = open(raw, addrs: [], name: name)
    conversationOfBytes[key] = opened.0
    return opened
  }

  private mutating func addressIndex(_ bytes: [UInt8]) -> Int32? {
    let key = SMSBytesKey(bytes)
    if let known = addressOfBytes[key] { return known < 0 ? nil : known }
    let text = String(decoding: bytes, as: UTF8.self).trimmingWhitespace()
    let index = text.isEmpty ? -1 : backup.address(text)
    addressOfBytes[key] = index
    return index < 0 ? nil : index
  }

  /// The conversation a raw address names, and its member addresses.
  private mutating func open(_ raw: String, addrs: [(address: Int32, type: Int)], name: [UInt8])
    -> (Int32, [Int32])
  {
    let parts = raw.split(separator: "~").map { String($0).trimmingWhitespace() }.filter {
      !$0.isEmpty
    }
    let rcsGroup = parts.count == 1 && parts[0].contains("@") && parts[0].hasPrefix("group")
    var members: [Int32]
    if rcsGroup {
      members = addrs.map(\.address)
    } else {
      members = parts.map { backup.address($0) }
    }
    if members.isEmpty { members = [backup.address("")] }
    let isGroup = rcsGroup || parts.count > 1
    let conversation = backup.conversation(raw, members: members, isGroup: isGroup)
    if isGroup {
      let title = SMSBackup.contactName(name)
      if backup.conversations[Int(conversation)].title == nil {
        backup.conversations[Int(conversation)].title = title
      }
      // A group's contact_name lists its members' names in the order of its addresses.
      let names = title?.split(separator: ",").map { Array($0.utf8) } ?? []
      if !rcsGroup, names.count == members.count {
        for (member, name) in zip(members, names) { backup.name(name, for: member) }
      }
    } else {
      backup.name(name, for: members[0])
    }
    return (conversation, members)
  }

  private static func isToken(_ address: String) -> Bool {
    address == "insert-address-token" || address.isEmpty
  }

  private mutating func append(
    _ time: Int64, _ conversation: Int32, _ sender: Int32, _ length: Int32
  ) {
    backup.records.append(
      Interaction(
        time: time, thread: conversation, sender: sender, kind: .message, length: length,
        position: Int32(truncatingIfNeeded: backup.records.count + 1)))
  }

  /// The backup read, handed over so that it is not held twice.
  mutating func take() -> SMSBackup {
    defer { backup = SMSBackup() }
    return backup
  }

  /// `date` is milliseconds since 1970 (formats/others.md §7.2); a value below 10^11 would
  /// be 1973 in milliseconds, and is a producer's seconds (MMS `date_sent` is in seconds).
  private static func seconds(_ milliseconds: Int64?) -> Int64? {
    guard let milliseconds, milliseconds > 0 else { return nil }
    return milliseconds < 100_000_000_000 ? milliseconds : milliseconds / 1000
  }
}
