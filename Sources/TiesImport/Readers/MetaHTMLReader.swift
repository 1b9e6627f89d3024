import Foundation
import TiesCore

/// Turns a scanned Meta HTML page into a thread and its interactions, or into links.
struct MetaHTMLReader {
  let platform: Platform
  let threadPlatform: Platform
  let entry: ExportEntry
  let fileIndex: Int
  let zone: TimeZone?

  /// Streams the page; nil with the file marked skipped when it cannot be read.
  func scan(into graph: inout InteractionGraph) -> MetaHTMLScanner? {
    let scanner = MetaHTMLScanner()
    do {
      try HTMLStream.parse(path: entry.path, handler: scanner)
    } catch {
      graph.fail(fileIndex, path: entry.displayPath, offset: nil, reason: "\(error)")
      return nil
    }
    scanner.finish()
    return scanner
  }

  /// A converter from the page's local times to UTC: the header's offset when it states one
  /// ("UTC+06:00"), else `--timezone`, else UTC.
  func clock(_ scanner: MetaHTMLScanner) -> (String) -> Int64? {
    let offset = MetaHTMLDate.offset(scanner.header)
    let zones = zone.map(ZoneOffsets.init)
    return { text in
      guard let local = MetaHTMLDate.localSeconds(text) else { return nil }
      if let offset { return local - offset }
      return zones?.utc(fromLocal: local) ?? local
    }
  }

  /// The range a date-limited export covers, from "Contains data from X to Y".
  func coverage(_ scanner: MetaHTMLScanner, clock: (String) -> Int64?) -> ClosedRange<Int64>? {
    guard let from = scanner.header.range(of: "Contains data from ") else { return nil }
    let rest = scanner.header[from.upperBound...]
    guard let to = rest.range(of: " to ") else { return nil }
    let end = rest[to.upperBound...].prefix { $0 != "\n" }
    guard let start = clock(String(rest[..<to.lowerBound])), let stop = clock(String(end)),
      start <= stop
    else { return nil }
    return start...stop
  }

  func readThread(threadKey: String?, folder: String, into graph: inout InteractionGraph) {
    guard let scanner = scan(into: &graph) else { return }
    let time = clock(scanner)
    if let range = coverage(scanner, clock: time) { graph.addCoverage(range, for: platform) }
    let people = ThreadPeople(platform: platform, folder: folder)
    var participants: [Int] = []
    func member(_ name: String) -> Int {
      let identity = people.identity(name, in: &graph)
      if !participants.contains(identity) { participants.append(identity) }
      return identity
    }
    for name in scanner.participants { _ = member(name) }
    let title = scanner.threadTitle ?? scanner.pageTitle ?? ""
    var timed: [(index: Int, time: Int64, record: MetaHTMLScanner.Record)] = []
    var skipped = 0
    for (index, record) in scanner.records.enumerated() {
      guard record.sender != nil, let text = record.time, let at = time(text) else {
        skipped += 1
        continue
      }
      timed.append((index, at, record))
    }
    // Newest first on the page: oldest first, equal times later position first.
    timed.sort { $0.time != $1.time ? $0.time < $1.time : $0.index > $1.index }
    let senders = timed.map { member($0.record.sender ?? "") }
    let isGroup = participants.filter { !graph.identities[$0].isPlaceholder }.count > 2
    let namedAfter =
      isGroup
      ? nil
      : graph.identityIndex(of: people.key(for: title)).flatMap {
        participants.contains($0) ? $0 : nil
      }
    let thread = Int32(
      graph.thread(
        ChatThread(
          platform: threadPlatform,
          key: threadKey
            ?? MessengerThreadKey.key(participants.map { graph.identities[$0].bestName }),
          title: title, isGroup: isGroup, participants: participants, namedAfter: namedAfter,
          source: SourceRef(file: fileIndex))))
    for ((index, at, record), sender) in zip(timed, senders) {
      let position = Int32(clamping: index)
      if let interaction = Self.interaction(
        record, time: at, thread: thread, sender: Int32(sender), position: position)
      {
        graph.interactions.append(interaction)
      }
      for actor in record.reactions where !actor.isEmpty {
        graph.interactions.append(
          Interaction(
            time: at, thread: thread, sender: Int32(people.identity(actor, in: &graph)),
            kind: .reaction, length: 0, position: position))
      }
    }
    graph.files[fileIndex].records = timed.count
    if skipped > 0, timed.isEmpty {
      graph.fail(
        fileIndex, path: entry.displayPath, offset: nil, reason: "no dated messages on this page")
    }
  }

  /// A block as an interaction, by the few English wordings HTML has for what JSON marks by
  /// fields (calls, unsent messages, reactions, group events).
  static func interaction(
    _ record: MetaHTMLScanner.Record, time: Int64, thread: Int32, sender: Int32, position: Int32
  ) -> Interaction? {
    let body = record.bodyStart
    if isGroupEvent(body) { return nil }
    if body == "Liked a message"
      || (body.hasPrefix("Reacted ") && body.hasSuffix(" to your message"))
    {
      return Interaction(
        time: time, thread: thread, sender: sender, kind: .reaction, length: 0, position: position)
    }
    if isCall(body) {
      let missed = body.localizedCaseInsensitiveContains("missed")
      return Interaction(
        time: time, thread: thread, sender: sender, kind: .call,
        callOutcome: missed ? .missed : .completed, length: 0, position: position)
    }
    let unsent = body == "This message was unsent" || body == "You unsent a message"
    return Interaction(
      time: time, thread: thread, sender: sender, kind: .message,
      length: unsent ? 0 : Int32(clamping: record.bodyLength), position: position)
  }

  static func isGroupEvent(_ body: String) -> Bool {
    body.hasSuffix(" left the group.") || body.hasSuffix(" to the group.")
      || body.hasSuffix(" from the group.") || body.hasSuffix(" joined the group.")
  }

  static func isCall(_ body: String) -> Bool {
    [
      "called you.", "You called ", "missed your call", "missed a call", "The video call ended.",
      "The call ended.", "missed your video chat", "You missed a call from", "started a video chat",
    ]
    .contains { body.contains($0) }
  }

  /// A list of people (friends, followers, requests) as links of one kind.
  func readLinks(
    _ kind: LinkKind, _ direction: LinkDirection, usernames: Bool,
    into graph: inout InteractionGraph
  ) {
    guard let scanner = scan(into: &graph) else { return }
    let time = clock(scanner)
    if let range = coverage(scanner, clock: time) { graph.addCoverage(range, for: platform) }
    var count = 0
    for (index, record) in scanner.records.enumerated() {
      let key: IdentityKey
      var name: String?
      if usernames {
        guard
          let user = (record.username ?? record.sender ?? record.texts.first)?.trimmingWhitespace(),
          !user.isEmpty
        else { continue }
        key = IdentityKey(platform: platform, kind: .handle, value: user.lowercased())
      } else {
        guard let person = record.sender ?? record.texts.first,
          !NameNormalizer.isPlaceholder(person)
        else {
          continue
        }
        key = IdentityKey(platform: platform, kind: .name, value: person.trimmingWhitespace())
        name = person
      }
      let at = (record.time.flatMap(time)) ?? record.texts.lazy.compactMap(time).first
      let identity = graph.identity(key, name: name)
      graph.links.append(
        Link(
          platform: platform, kind: kind, direction: direction, identity: identity, time: at,
          source: SourceRef(file: fileIndex, position: Int32(index))))
      count += 1
    }
    graph.files[fileIndex].records = count
  }
}
