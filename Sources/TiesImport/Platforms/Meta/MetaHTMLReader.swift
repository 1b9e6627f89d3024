import Foundation
import TiesCore

/// Turns a Meta HTML page into a thread and its interactions, or into links, block by block
/// as the stream delivers them.
struct MetaHTMLReader {
  let platform: Platform
  let threadPlatform: Platform
  let entry: ExportEntry
  let fileIndex: Int
  let zone: TimeZone?

  /// Converts a page's local times to UTC: the header's offset when it states one
  /// ("UTC+06:00"), else `--timezone`, else UTC. Decided at the first date, once the header
  /// (at the top of every page) has been read.
  final class Clock {
    private let zone: ZoneOffsets?
    private var offset: Int64??
    /// Not `weak`: a weak reference gives the scanner a side table, which sends every
    /// retain and release of it (several per SAX event) down the runtime's slow path. The
    /// scanner outlives every `utc` call of its page.
    unowned var scanner: MetaHTMLScanner?

    init(zone: TimeZone?) { self.zone = zone.map(ZoneOffsets.init) }

    /// `--timezone` wins, daylight saving included; the header states only the offset in
    /// force when the page was generated, which summer times may miss by an hour.
    func utc(_ text: String) -> Int64? {
      guard let local = MetaHTMLDate.localSeconds(text) else { return nil }
      if let zone { return zone.utc(fromLocal: local) }
      if offset == nil { offset = MetaHTMLDate.offset(scanner?.header ?? "") }
      return local - ((offset ?? nil) ?? 0)
    }
  }

  /// What a thread page yields, gathered outside the graph while the stream runs.
  private final class ThreadSink {
    var names: [String] = []
    var lookup: [String: Int32] = [:]
    var pending: [Interaction] = []
    var messages = 0
    var skipped = 0

    func name(_ text: String) -> Int32 {
      if let known = lookup[text] { return known }
      names.append(text)
      lookup[text] = Int32(names.count - 1)
      return Int32(names.count - 1)
    }
  }

  /// Streams the page into `onRecord`; nil with the file marked skipped when it cannot be read.
  private func scan(
    into sink: inout FileSink, clock: Clock, collectsTexts: Bool,
    onRecord: @escaping (MetaHTMLScanner.Record) -> Void
  ) -> MetaHTMLScanner? {
    let scanner = MetaHTMLScanner(collectsTexts: collectsTexts, onRecord: onRecord)
    clock.scanner = scanner
    let tail: [UInt8]
    do {
      tail = try HTMLStream.parse(entry, handler: scanner)
    } catch HTMLStream.Failure.readFailed(_, let error) {
      // What was read before the failure stands; the page is marked partly read.
      scanner.finish()
      sink.partial(
        "reading failed \(error)",
        Diagnostic(path: entry.displayPath, offset: error.offset, message: error.reason))
      return scanner
    } catch {
      sink.fail("\(error)")
      return nil
    }
    scanner.finish()
    if let range = coverage(scanner, clock: clock) { sink.coverage(range, for: platform) }
    if !Self.endsLikeAPage(tail) {
      // libxml2 closes what is open at the end: only the missing </html> tells a cut page.
      let reason = "the page ends before </html>: it may be truncated"
      sink.partial(reason, Diagnostic(path: entry.displayPath, message: reason))
    }
    return scanner
  }

  /// Whether the last bytes of the file close the page.
  static func endsLikeAPage(_ tail: [UInt8]) -> Bool {
    String(decoding: tail, as: UTF8.self).lowercased().contains("</html>")
  }

  /// The range a date-limited export covers, from "Contains data from X to Y".
  private func coverage(_ scanner: MetaHTMLScanner, clock: Clock) -> ClosedRange<Int64>? {
    guard let from = scanner.header.range(of: "Contains data from ") else { return nil }
    let rest = scanner.header[from.upperBound...]
    guard let to = rest.range(of: " to ") else { return nil }
    let end = rest[to.upperBound...].prefix { $0 != "\n" }
    guard let start = clock.utc(String(rest[..<to.lowerBound])), let stop = clock.utc(String(end)),
      start <= stop
    else { return nil }
    return start...stop
  }

  func readThread(threadKey: String?, folder: String, into sink: inout FileSink) {
    let clock = Clock(zone: zone)
    let page = ThreadSink()
    let found = scan(into: &sink, clock: clock, collectsTexts: false) { record in
      guard let sender = record.sender, let text = record.time, let time = clock.utc(text) else {
        page.skipped += 1
        return
      }
      let position = Int32(clamping: record.index)
      let who = page.name(sender)
      page.messages += 1
      if let interaction = Self.interaction(record, time: time, sender: who, position: position) {
        page.pending.append(interaction)
      }
      for actor in record.reactions where !actor.isEmpty {
        page.pending.append(
          Interaction(
            time: time, thread: 0, sender: page.name(actor), kind: .reaction, length: 0,
            position: position))
      }
    }
    guard let scanner = found else { return }
    let (thread, identityOf) = pageThread(
      scanner, senders: page.names, threadKey: threadKey, folder: folder, into: &sink)
    // Pages list the newest first: oldest first, equal times the later block first, is the
    // order they were written in.
    page.pending.sort { $0.time != $1.time ? $0.time < $1.time : $0.position > $1.position }
    sink.reserve(interactions: page.pending.count)
    for var interaction in page.pending {
      interaction.thread = thread
      interaction.sender = Int32(identityOf[Int(interaction.sender)])
      sink.append(interaction)
    }
    if let owner = scanner.generatedBy { sink.owner(name: owner) }
    sink.read(records: page.messages)
    if page.messages == 0, page.skipped > 0 {
      sink.fail("no dated messages on this page")
    }
  }

  /// The page's thread, with the identities of its message senders by sender index.
  private func pageThread(
    _ scanner: MetaHTMLScanner, senders: [String], threadKey: String?, folder: String,
    into sink: inout FileSink
  ) -> (Int32, [Int]) {
    let people = ThreadPeople(platform: platform, folder: folder)
    let identityOf = senders.map { people.identity($0, in: &sink) }
    var participants: [Int] = []
    for identity in scanner.participants.map({ people.identity($0, in: &sink) }) + identityOf
    where !participants.contains(identity) {
      participants.append(identity)
    }
    let title = scanner.threadTitle ?? scanner.pageTitle ?? ""
    let isGroup = participants.count > 2
    let namedAfter =
      isGroup
      ? nil
      : sink.identityIndex(of: people.key(for: title)).flatMap {
        participants.contains($0) ? $0 : nil
      }
    let thread = Int32(
      sink.thread(
        ChatThread(
          platform: threadPlatform,
          key: threadKey
            ?? MetaThreadKey.key(participants.map { sink.identity(at: $0).bestName }),
          title: title, isGroup: isGroup, participants: participants, namedAfter: namedAfter,
          source: SourceRef(file: fileIndex))))
    return (thread, identityOf)
  }

  /// A block as an interaction, by the few English wordings HTML has for what JSON marks by
  /// fields (calls, unsent messages, reactions, group events). Only short bodies can be such
  /// notices, so long ones cost nothing here.
  static func interaction(
    _ record: MetaHTMLScanner.Record, time: Int64, sender: Int32, position: Int32
  ) -> Interaction? {
    let body = record.bodyStart
    if body.utf8.count < 60 {
      if isGroupEvent(body) {
        let firstName = record.sender?.split(separator: " ").first.map(String.init) ?? ""
        if !firstName.isEmpty, body.hasPrefix(firstName) { return nil }
      }
      if body == "Liked a message"
        || (body.hasPrefix("Reacted ") && body.hasSuffix(" to your message"))
      {
        return Interaction(
          time: time, thread: 0, sender: sender, kind: .reaction, length: 0, position: position)
      }
      if let missed = call(body) {
        return Interaction(
          time: time, thread: 0, sender: sender, kind: .call,
          callOutcome: missed ? .missed : .completed,
          length: 0, position: position)
      }
      if body == "This message was unsent" || body == "You unsent a message" {
        return Interaction(
          time: time, thread: 0, sender: sender, kind: .message, length: 0, position: position)
      }
    }
    return Interaction(
      time: time, thread: 0, sender: sender, kind: .message,
      length: Int32(clamping: record.bodyLength),
      position: position)
  }

  static func isGroupEvent(_ body: String) -> Bool {
    // Each wording ends in a period: most bodies are ruled out by their last byte.
    guard body.utf8.last == UInt8(ascii: ".") else { return false }
    return body.hasSuffix(" left the group.") || body.hasSuffix(" to the group.")
      || body.hasSuffix(" from the group.") || body.hasSuffix(" joined the group.")
  }

  /// Whether a body is a call notice, and whether the call was missed.
  static func call(_ body: String) -> Bool? {
    // Each wording starts with "You " or "The " or ends in a period.
    guard
      body.utf8.last == UInt8(ascii: ".") || body.utf8.starts(with: "You ".utf8)
        || body.utf8.starts(with: "The ".utf8)
    else { return nil }
    if body.hasPrefix("You missed a call from") || body.hasSuffix(" missed your call.")
      || body.hasSuffix(" missed your video chat.") || body.hasPrefix("You missed a video chat")
    {
      return true
    }
    if body.hasSuffix(" called you.") || body.hasPrefix("You called ")
      || body == "The video call ended."
      || body == "The call ended." || body.hasSuffix(" started a video chat.")
    {
      return false
    }
    return nil
  }

  /// A list of people (friends, followers, requests) as links of one kind.
  func readLinks(
    _ kind: LinkKind, _ direction: LinkDirection, usernames: Bool,
    into sink: inout FileSink
  ) {
    let clock = Clock(zone: zone)
    final class Box { var records: [MetaHTMLScanner.Record] = [] }
    let box = Box()
    guard
      let scanner = scan(
        into: &sink, clock: clock, collectsTexts: true, onRecord: { box.records.append($0) })
    else { return }
    var count = 0
    for record in box.records {
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
      // The date is a plain text of the block; the username (the link's text) is not one,
      // whatever it looks like ("jan.12.1990").
      let dates = record.texts.lazy.filter {
        $0.lowercased() != record.username && $0 != record.sender
      }
      let at = record.time.flatMap(clock.utc) ?? dates.compactMap(clock.utc).first
      let identity = sink.identity(key, name: name)
      sink.link(
        Link(
          platform: platform, kind: kind, direction: direction, identity: identity, time: at,
          source: SourceRef(file: fileIndex, position: Int32(clamping: record.index))))
      count += 1
    }
    sink.read(records: count)
    withExtendedLifetime(scanner) {}
  }
}
