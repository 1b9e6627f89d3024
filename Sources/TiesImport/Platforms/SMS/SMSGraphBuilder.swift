import TiesCore

/// Turns a read backup into identities, one thread per conversation and one interaction per
/// message or call, with every phone number in E.164 when its country is known.
struct SMSGraphBuilder {
  var backup: SMSBackup
  let entry: ExportEntry
  let fileIndex: Int
  let options: ImportOptions

  /// The owner of a phone backup: the backup never names them, so one key stands for them in
  /// every backup, beside any number of theirs that the backup shows.
  static let ownerKey = IdentityKey(platform: .sms, kind: .accountID, value: "owner")

  mutating func build(into sink: inout FileSink) {
    // National numbers stay national here: HomeRegion places them once the whole run is
    // read, so that every file of one phone agrees.
    let keys = backup.addresses.map { SMSAddress.key($0, region: options.region) }
    let owner = sink.identity(Self.ownerKey)
    sink.owner(owner)
    let (identityOf, ownerAddresses) = identities(keys, into: &sink)
    let threadOf = threads(
      keys, identityOf: identityOf, ownerAddresses: ownerAddresses, owner: owner, into: &sink)
    let count = moveInteractions(
      identityOf: identityOf, ownerAddresses: ownerAddresses, owner: owner, threadOf: threadOf,
      into: &sink)
    sink.read(records: count)
    sink.describe(as: backup.root == .calls ? SMSImporter.Role.calls : .messages)
    if let made = backup.madeAt { sink.declaredEnd(made, for: .sms) }
    report(into: &sink)
  }

  /// Every address's identity, and the addresses the backup shows to be the owner's own
  /// numbers (unless someone is talked to under them).
  private func identities(_ keys: [IdentityKey], into sink: inout FileSink) -> (
    [Int], Set<Int32>
  ) {
    var oneToOne = Set<Int32>()
    for conversation in backup.conversations where !conversation.isGroup {
      oneToOne.formUnion(conversation.members)
    }
    var identityOf = [Int](repeating: -1, count: keys.count)
    for address in backup.ownerVotes.keys.sorted() where !oneToOne.contains(address) {
      let key = keys[Int(address)]
      guard key.kind == .phone else { continue }
      identityOf[Int(address)] = sink.identity(key)
      sink.owner(identityOf[Int(address)])
    }
    let ownerAddresses = Set(backup.ownerVotes.keys.filter { !oneToOne.contains($0) })
    for (index, key) in keys.enumerated() where identityOf[index] < 0 {
      identityOf[index] = sink.identity(
        key, name: backup.names[Int32(index)], placeholder: key == SMSAddress.unknown)
    }
    return (identityOf, ownerAddresses)
  }

  /// One thread per conversation; returns each conversation's thread.
  private func threads(
    _ keys: [IdentityKey], identityOf: [Int], ownerAddresses: Set<Int32>, owner: Int,
    into sink: inout FileSink
  ) -> [Int32] {
    var threadOf = [Int32](repeating: 0, count: backup.conversations.count)
    for (index, conversation) in backup.conversations.enumerated() {
      let members = conversation.members.filter { !ownerAddresses.contains($0) }
      let people = members.map { identityOf[Int($0)] }
      let threadKey: String
      let title: String
      if conversation.isGroup {
        let sortedKeys = members.map { keys[Int($0)].value }.sorted()
        threadKey =
          "group:"
          + (conversation.raw.contains("@")
            ? conversation.raw : sortedKeys.joined(separator: "~"))
        title =
          conversation.title
          ?? members.map { sink.identity(at: identityOf[Int($0)]).bestName }.joined(
            separator: ", ")
      } else {
        let member = members.first ?? conversation.members[0]
        threadKey = keys[Int(member)].value
        title = sink.identity(at: identityOf[Int(member)]).bestName
      }
      threadOf[index] = Int32(
        sink.thread(
          ChatThread(
            platform: .sms, key: threadKey, title: title, isGroup: conversation.isGroup,
            participants: [owner] + people,
            namedAfter: conversation.isGroup ? nil : people.first,
            source: SourceRef(file: fileIndex))))
    }
    return threadOf
  }

  /// The messages and calls, mapped onto identities and threads as they are read back from
  /// where the reader held them. Returns how many.
  private mutating func moveInteractions(
    identityOf: [Int], ownerAddresses: Set<Int32>, owner: Int, threadOf: [Int32],
    into sink: inout FileSink
  ) -> Int {
    var isOwner = [Bool](repeating: false, count: identityOf.count)
    for address in ownerAddresses { isOwner[Int(address)] = true }
    sink.reserve(interactions: backup.records.count)
    backup.records.forEachChunk { chunk in
      for var interaction in chunk {
        let sender = Int(interaction.sender)
        interaction.sender = Int32(sender < 0 || isOwner[sender] ? owner : identityOf[sender])
        interaction.thread = threadOf[Int(interaction.thread)]
        sink.append(interaction)
      }
    }
    let count = backup.records.count
    backup.records = InteractionBuffer()
    return count
  }

  private func report(into sink: inout FileSink) {
    let path = entry.displayPath
    if let first = backup.firstUnclosed {
      sink.append(
        Diagnostic(
          path: path, offset: first,
          message: "\(backup.unclosedTags) tag(s) not closed before the next one; read up to it"))
    }
    if backup.undated > 0 {
      sink.append(
        Diagnostic(
          path: path,
          message: "\(backup.undated) message(s) or call(s) without a date were left out"))
    }
    if backup.senderless > 0 {
      sink.append(
        Diagnostic(
          path: path,
          message: "\(backup.senderless) group message(s) name no sender and were left out"))
    }
  }
}
