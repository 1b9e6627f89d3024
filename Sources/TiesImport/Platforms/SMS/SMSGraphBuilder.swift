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

  mutating func build(into graph: inout InteractionGraph) {
    let path = entry.displayPath
    let region = options.region ?? Self.inferRegion(backup.addresses)
    let keys = backup.addresses.map { SMSAddress.key($0, region: region) }
    let owner = graph.identity(Self.ownerKey)
    graph.ownerIdentities.insert(owner)

    // Numbers the backup shows to be the owner's, unless someone is talked to under them.
    var oneToOne = Set<Int32>()
    for conversation in backup.conversations where !conversation.isGroup {
      oneToOne.formUnion(conversation.members)
    }
    var identityOf = [Int](repeating: -1, count: keys.count)
    for address in backup.ownerVotes.keys.sorted() where !oneToOne.contains(address) {
      let key = keys[Int(address)]
      guard key.kind == .phone else { continue }
      identityOf[Int(address)] = graph.identity(key)
      graph.ownerIdentities.insert(identityOf[Int(address)])
    }
    let ownerAddresses = Set(backup.ownerVotes.keys.filter { !oneToOne.contains($0) })

    for (index, key) in keys.enumerated() where identityOf[index] < 0 {
      identityOf[index] = graph.identity(
        key, name: backup.names[Int32(index)], placeholder: key == SMSAddress.unknown)
    }

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
          ?? members.map { graph.identities[identityOf[Int($0)]].bestName }.joined(
            separator: ", ")
      } else {
        let member = members.first ?? conversation.members[0]
        threadKey = keys[Int(member)].value
        title = graph.identities[identityOf[Int(member)]].bestName
      }
      threadOf[index] = Int32(
        graph.thread(
          ChatThread(
            platform: .sms, key: threadKey, title: title, isGroup: conversation.isGroup,
            participants: [owner] + people,
            namedAfter: conversation.isGroup ? nil : people.first,
            source: SourceRef(file: fileIndex))))
    }

    // Map the records in place: a backup of a million messages is held once.
    var interactions = backup.records
    backup.records = []
    var isOwner = [Bool](repeating: false, count: keys.count)
    for address in ownerAddresses { isOwner[Int(address)] = true }
    for index in interactions.indices {
      let sender = Int(interactions[index].sender)
      interactions[index].sender = Int32(sender < 0 || isOwner[sender] ? owner : identityOf[sender])
      interactions[index].thread = threadOf[Int(interactions[index].thread)]
    }
    let count = interactions.count
    if graph.interactions.isEmpty {
      graph.interactions = interactions
    } else {
      graph.interactions.append(contentsOf: interactions)
    }

    graph.files[fileIndex].records = count
    graph.files[fileIndex].role = backup.root == .calls ? "call log" : "messages"
    let national = keys.filter { $0.kind == .phone && !$0.value.hasPrefix("+") }.count
    if national > 0 {
      graph.diagnostics.append(
        Diagnostic(
          path: path,
          message: region == nil
            ? "\(national) national number(s) kept without a country code, since no number "
              + "in the file says which country; pass --region (like DE or US)"
            : "\(national) number(s) too short for \(region?.code ?? "") kept as written"))
    }
    if let made = backup.madeAt { graph.addDeclaredEnd(made, for: .sms) }
    report(into: &graph)
  }

  private func report(into graph: inout InteractionGraph) {
    let path = entry.displayPath
    if let first = backup.firstUnclosed {
      graph.diagnostics.append(
        Diagnostic(
          path: path, offset: first,
          message: "\(backup.unclosedTags) tag(s) not closed before the next one; read up to it"))
    }
    if backup.undated > 0 {
      graph.diagnostics.append(
        Diagnostic(
          path: path,
          message: "\(backup.undated) message(s) or call(s) without a date were left out"))
    }
    if backup.senderless > 0 {
      graph.diagnostics.append(
        Diagnostic(
          path: path,
          message: "\(backup.senderless) group message(s) name no sender and were left out"))
    }
  }

  /// The country most international numbers of the file belong to: the owner's, since most
  /// people one texts live where one does.
  static func inferRegion(_ addresses: [String]) -> PhoneRegion? {
    var votes: [String: Int] = [:]
    for address in addresses {
      guard let number = PhoneNumber.normalize(address), number.hasPrefix("+"),
        let region = PhoneRegion.of(international: number)
      else { continue }
      votes[region.code, default: 0] += 1
    }
    let best = votes.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }
    return best.flatMap { PhoneRegion.named($0.key) }
  }
}
