import TiesCore

/// `messages.csv` (2021+, one row per message with a conversation id, sender URL and
/// optionally recipient URLs) and the 2018 `Messages.csv` (names only, with a Direction).
struct LinkedInMessages {
  let entry: ExportEntry
  let fileIndex: Int
  let dates: LinkedInDates

  /// Column positions, resolved once per file; a class, so that handing them to each row
  /// copies a reference, not a dozen optionals.
  private final class Columns {
    let from, to, date, content: Int?
    let conversation, title, senderURL, recipientURLs, folder, messageDraft: Int?
    let direction: Int?
    /// The columns that decide a row's sender and thread (the cache key).
    let deciding: [Int]

    init(_ columns: CSVColumns) {
      from = columns.index("FROM")
      to = columns.index("TO")
      date = columns.index("DATE")
      content = columns.index("CONTENT")
      conversation = columns.index("CONVERSATION ID")
      title = columns.index("CONVERSATION TITLE")
      senderURL = columns.index("SENDER PROFILE URL")
      recipientURLs = columns.index("RECIPIENT PROFILE URLS")
      folder = columns.index("FOLDER")
      messageDraft = columns.index("IS MESSAGE DRAFT")
      direction = columns.index("DIRECTION")
      deciding = [conversation, senderURL, from, to, recipientURLs, title].compactMap { $0 }
    }
  }

  /// The sender and thread of a conversation's rows, by the raw bytes of the columns that
  /// decide them. A conversation repeats a few combinations, and resolving people and thread
  /// again per row (Strings, slugs, lookups) was most of the reader's time. Reading a row
  /// again would change nothing (identities and threads only gain what they lack, and the
  /// combination is the whole of what the row adds), so a known combination skips straight
  /// to the interaction, however many other rows came between. Files sort rows by time, so
  /// conversations interleave: combinations of earlier conversations are kept too, up to
  /// `keptCombinations`, then forgotten at once, so memory stays flat however long the file.
  private struct Resolved {
    private struct Known {
      var keys: [[UInt8]] = []
      var results: [(sender: Int, thread: Int)] = []
    }

    /// A conversation id's bytes, hashed as one run of bytes (an array hashes byte by byte).
    private struct ConversationID: Hashable {
      let bytes: [UInt8]

      func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
      }
    }

    static let keptCombinations = 16_384

    /// Each conversation's combinations, in the order conversations were first seen; the
    /// current one is `slots[current]`. Switching moves an index, never the arrays.
    private var slots: [Known] = [Known()]
    private var current = 0
    private var conversation: [UInt8] = []
    private var slotOf: [ConversationID: Int] = [:]
    private var combinations = 0
    private var key: [UInt8] = []

    /// The known result for this row, or nil; `remember` then stores the row's own.
    mutating func lookup(_ record: CSVRecord, _ columns: Columns) -> (sender: Int, thread: Int)? {
      let id = record.raw(columns.conversation ?? -1)
      if !conversation.withUnsafeBufferPointer({ ByteText.equal($0, id) }) {
        switchConversation(to: id)
      }
      let known = slots[current]
      for (index, stored) in known.keys.enumerated() where Self.matches(stored, record, columns) {
        return known.results[index]
      }
      // A combination not seen yet: its key, for `remember`.
      key.removeAll(keepingCapacity: true)
      for field in columns.deciding {
        let raw = record.raw(field)
        key.append(record.isQuoted(field) ? 1 : 0)
        withUnsafeBytes(of: UInt32(truncatingIfNeeded: raw.count).littleEndian) {
          key.append(contentsOf: $0)
        }
        key.append(contentsOf: raw)
      }
      return nil
    }

    private mutating func switchConversation(to next: UnsafeBufferPointer<UInt8>) {
      conversation = Array(next)
      let id = ConversationID(bytes: conversation)
      if let slot = slotOf[id] {
        current = slot
        return
      }
      if combinations >= Self.keptCombinations {
        slots.removeAll(keepingCapacity: true)
        slotOf.removeAll(keepingCapacity: true)
        combinations = 0
      }
      slots.append(Known())
      current = slots.count - 1
      slotOf[id] = current
    }

    /// Whether a stored key is this row's, compared field by field where the row lies,
    /// without building the row's key (most rows repeat a combination).
    private static func matches(_ known: [UInt8], _ record: CSVRecord, _ columns: Columns)
      -> Bool
    {
      known.withUnsafeBufferPointer { stored in
        guard let base = stored.baseAddress else { return columns.deciding.isEmpty }
        var offset = 0
        for field in columns.deciding {
          let raw = record.raw(field)
          guard offset + 5 <= stored.count, stored[offset] == (record.isQuoted(field) ? 1 : 0)
          else { return false }
          var length = 0
          for shift in 0..<4 { length |= Int(stored[offset + 1 + shift]) << (8 * shift) }
          offset += 5
          guard length == raw.count, offset + length <= stored.count,
            ByteText.equal(UnsafeBufferPointer(start: base + offset, count: length), raw)
          else { return false }
          offset += length
        }
        return offset == stored.count
      }
    }

    /// A group's rows give one combination per sender; past a few dozen, stop remembering.
    mutating func remember(_ result: (sender: Int, thread: Int)) {
      guard slots[current].keys.count < 64 else { return }
      slots[current].keys.append(key)
      slots[current].results.append(result)
      combinations += 1
    }
  }

  func read(into sink: inout FileSink) {
    var cache = Resolved()
    var resolved: Columns?
    CSVTable.read(
      entry, into: &sink,
      isHeader: { $0.has("FROM", "TO", "DATE", "CONTENT") }
    ) { record, columns, sink in
      let columns = resolved ?? Columns(columns)
      resolved = columns
      guard let time = columns.date.flatMap({ dates.seconds(record.raw($0)) }) else {
        return false
      }
      if columns.direction != nil, columns.conversation == nil {
        return readLegacy(record, columns, time: time, into: &sink)
      }
      return readCurrent(record, columns, time: time, cache: &cache, into: &sink)
    }
  }

  private func readCurrent(
    _ record: CSVRecord, _ columns: Columns, time: Int64, cache: inout Resolved,
    into sink: inout FileSink
  ) -> Bool {
    if let draft = columns.messageDraft,
      Self.matches(record, draft, { $0.lowercased() }, "yes")
        || Self.matches(record, draft, { $0.lowercased() }, "true")
    {
      return true  // never sent
    }
    if let folder = columns.folder, Self.matches(record, folder, { $0.uppercased() }, "SPAM") {
      return true
    }
    if let known = cache.lookup(record, columns) {
      append(record, columns, time: time, thread: known.thread, sender: known.sender, into: &sink)
      return true
    }
    let conversation = columns.conversation.map(record.string) ?? ""
    guard !conversation.isEmpty,
      let sender = LinkedInPeople.identity(
        url: columns.senderURL.map(record.string),
        name: columns.from.map(record.string) ?? "", in: &sink)
    else { return false }
    var participants = [sender]
    let names = columns.to.map(record.string) ?? ""
    let urls = (columns.recipientURLs.map(record.string) ?? "").utf8.split(separator: 0x2C)
      .map { String(decoding: $0, as: UTF8.self).trimmingWhitespace() }.filter { !$0.isEmpty }
    if urls.isEmpty {
      // Without URLs, TO is read as one name: names may themselves hold ", ".
      if let other = LinkedInPeople.identity(url: nil, name: names, in: &sink) {
        participants.append(other)
      }
    } else {
      let split = urls.count == 1 ? [] : names.components(separatedBy: ", ")
      let paired = urls.count == 1 ? [names] : split.count == urls.count ? split : []
      for (offset, url) in urls.enumerated() {
        let name = offset < paired.count ? paired[offset] : ""
        if let other = LinkedInPeople.identity(url: url, name: name, in: &sink) {
          participants.append(other)
        }
      }
    }
    let thread = sink.thread(
      ChatThread(
        platform: .linkedin, key: conversation,
        title: columns.title.map(record.string) ?? "", isGroup: false,
        participants: participants,
        source: SourceRef(file: fileIndex, position: Int32(clamping: record.line))))
    cache.remember((sender, thread))
    append(record, columns, time: time, thread: thread, sender: sender, into: &sink)
    return true
  }

  /// Whether a field, case-mapped, is `word` (upper- or lower-case ASCII). ASCII fields are
  /// compared on their bytes; others take the `String` path, whose case mappings reach ASCII
  /// from a few other letters (`ſ` upper-cases to `S`).
  private static func matches(
    _ record: CSVRecord, _ field: Int, _ caseMapped: (String) -> String, _ word: StaticString
  ) -> Bool {
    let raw = record.raw(field)
    guard raw.allSatisfy({ $0 < 0x80 }) else {
      return caseMapped(record.string(field)) == "\(word)"
    }
    guard raw.count == word.utf8CodeUnitCount else { return false }
    for offset in 0..<raw.count {
      let byte = raw[offset]
      let lower = byte | 0x20
      guard lower >= 0x61, lower <= 0x7A, lower == word.utf8Start[offset] | 0x20 else {
        return false
      }
    }
    return true
  }

  /// 2018: no ids at all; Direction says which side the owner is.
  private func readLegacy(
    _ record: CSVRecord, _ columns: Columns, time: Int64, into sink: inout FileSink
  ) -> Bool {
    let direction = columns.direction.map(record.string)?.uppercased() ?? ""
    let outgoing = direction.hasPrefix("OUTGOING")
    guard outgoing || direction.hasPrefix("INCOMING"),
      let from = LinkedInPeople.identity(
        url: nil, name: columns.from.map(record.string) ?? "", in: &sink),
      let to = LinkedInPeople.identity(
        url: nil, name: columns.to.map(record.string) ?? "", in: &sink)
    else { return false }
    let (owner, other) = outgoing ? (from, to) : (to, from)
    sink.owner(owner)
    let thread = sink.thread(
      ChatThread(
        platform: .linkedin, key: "legacy/" + sink.identity(at: other).key.value,
        title: sink.identity(at: other).bestName, isGroup: false, participants: [owner, other],
        source: SourceRef(file: fileIndex, position: Int32(clamping: record.line))))
    append(record, columns, time: time, thread: thread, sender: from, into: &sink)
    return true
  }

  private func append(
    _ record: CSVRecord, _ columns: Columns, time: Int64, thread: Int, sender: Int,
    into sink: inout FileSink
  ) {
    let length = columns.content.map(record.characterCount) ?? 0
    sink.append(
      Interaction(
        time: time, thread: Int32(thread), sender: Int32(sender), kind: .message,
        length: Int32(clamping: length), position: Int32(clamping: record.line)))
  }

  /// After all files: recipients named only by name become the profile (URL) identity of
  /// that name when exactly one is known; a conversation of more than two is a group; the
  /// owner is the profile's name, else the one person in every conversation.
  static func finalize(_ graph: inout InteractionGraph) {
    OwnerInference.markByName(&graph, platforms: [.linkedin])
    var byName: [String: [Int]] = [:]
    var keyOf = NameKeys()
    for (index, identity) in graph.identities.enumerated()
    where identity.key.platform == .linkedin && identity.key.kind == .handle {
      for name in Set(identity.displayNames.map { keyOf.key($0) }) where !name.isEmpty {
        byName[name, default: []].append(index)
      }
    }
    // By index, not over `graph.threads` itself: holding the array while updating it would
    // copy every thread of the run.
    for index in graph.threads.indices {
      let thread = graph.threads[index]
      guard thread.platform == .linkedin, !thread.key.hasPrefix("legacy/") else { continue }
      var participants: [Int] = []
      func unique(_ name: String) -> Int? {
        guard let matches = byName[keyOf.key(name)], matches.count == 1 else {
          return nil
        }
        return matches.first
      }
      for participant in thread.participants {
        var resolved = [participant]
        let identity = graph.identities[participant]
        if identity.key.kind == .name {
          // "Sam Patel, Chen Wei" is two recipients when every part is a known profile.
          let parts = identity.key.value.components(separatedBy: ", ").map(unique)
          if let match = unique(identity.key.value) {
            resolved = [match]
          } else if parts.count > 1, parts.allSatisfy({ $0 != nil }) {
            resolved = parts.compactMap { $0 }
          }
          if resolved.count == 1, graph.ownerIdentities.contains(participant) {
            graph.ownerIdentities.insert(resolved[0])
          }
        }
        for member in resolved where !participants.contains(member) { participants.append(member) }
      }
      graph.updateThread(index, isGroup: participants.count > 2, participants: participants)
    }
    OwnerInference.participantOfEveryThread(&graph, platforms: [.linkedin], label: "LinkedIn")
  }
}
