import Foundation
import TiesCore

/// The blocks of one HTML chat turned into a thread, identities and interactions.
struct TelegramHTMLChat {
  let path: String
  let fileIndex: Int
  let zone: ZoneOffsets?
  var sink: FileSink
  private let people: TelegramPeople
  private let threadKey: String
  private var thread: Int32?
  private var title = ""
  private var page = 0
  /// The exporter starts every page without a previous message: nothing joins across pages.
  private var lastSender: Int?
  private var writers: [Int] = []
  private var writerSet: Set<Int> = []
  private var outgoingCallers: Set<Int> = []
  private var groupEvents = 0
  private var messages = 0
  /// Blocks left out, counted, with the first kept for the diagnostic.
  private var orphans = (count: 0, first: (page: 0, block: 0))
  private var undated = (count: 0, first: (page: 0, block: 0))
  private var naive = 0
  private var identities: [String: Int] = [:]

  init(path: String, zone: ZoneOffsets?, sink: FileSink, scope: String) {
    self.path = path
    self.fileIndex = sink.file
    self.zone = zone
    self.sink = sink
    self.people = TelegramPeople(scope: scope.isEmpty ? path : scope)
    self.threadKey = "html:" + (path as NSString).deletingLastPathComponent
  }

  /// A page read up to a failure, or cut short: what was read stands.
  mutating func partlyRead(_ page: String, _ reason: String) {
    sink.partial(reason, Diagnostic(path: page, message: reason))
  }

  mutating func startPage(_ number: Int) {
    page = number
    lastSender = nil
  }

  mutating func add(_ block: TelegramHTMLScanner.Block, title pageTitle: String?) {
    if title.isEmpty, let pageTitle { title = pageTitle }
    if block.isService {
      if Self.groupPhrases.contains(where: block.serviceText.contains) { groupEvents += 1 }
      return
    }
    messages += 1
    var sender: Int?
    if let name = block.sender {
      sender = identities[name] ?? people.identity(named: name, in: &sink)
      identities[name] = sender
    } else if block.isJoined {
      sender = lastSender
    }
    guard let sender else {
      if orphans.count == 0 { orphans.first = (page, block.index) }
      orphans.count += 1
      return
    }
    lastSender = sender
    if writerSet.insert(sender).inserted { writers.append(sender) }
    guard let text = block.time, let parsed = TelegramHTMLDate.parse(text) else {
      if undated.count == 0 { undated.first = (page, block.index) }
      undated.count += 1
      return
    }
    var time = parsed.seconds
    if !parsed.hasOffset {
      naive += 1
      time = zone?.utc(fromLocal: time) ?? time
    }
    var kind = InteractionKind.message
    var outcome = CallOutcome.none
    var length = Int32(clamping: block.textLength)
    if block.isCall {
      let call = TelegramHTMLDate.call(status: block.callStatus)
      kind = .call
      length = Int32(clamping: call.seconds)
      outcome = call.missed || call.seconds == 0 ? .missed : .completed
      if call.outgoing { outgoingCallers.insert(sender) }
    }
    let thread =
      self.thread
      ?? Int32(
        sink.thread(
          ChatThread(
            platform: .telegram, key: threadKey, title: title, isGroup: false, participants: [],
            source: SourceRef(file: fileIndex))))
    self.thread = thread
    sink.append(
      Interaction(
        time: time, thread: thread, sender: Int32(sender), kind: kind, callOutcome: outcome,
        length: length, position: Int32(clamping: page * 100_000 + block.index)))
  }

  /// Service texts only groups have (the exporter writes them in English).
  private static let groupPhrases = [
    " created group", " invited ", " joined group", " removed ", " changed group ",
    "converted this group", " left the group",
  ]

  mutating func finish(pages: Int) {
    sink.read(records: messages)
    if pages > 1 { sink.describe(as: "chat (\(pages) pages)") }
    defer { report() }
    guard let thread else {
      if messages == 0 {
        sink.append(
          Diagnostic(path: path, message: "no Telegram messages on this page"))
      }
      return
    }
    // A one-to-one chat is named after the other person; more than two writers, a group
    // event, or two writers neither of whom is the chat's name make a group.
    let named = writers.first { sink.identity(at: $0).displayNames.contains(title) }
    let persons = writers.filter { !sink.identity(at: $0).isPlaceholder }.count
    let isGroup =
      groupEvents > 0 || persons > 2 || (persons == 2 && named == nil && !title.isEmpty)
    var participants = writers
    var namedAfter: Int?
    if !isGroup {
      namedAfter = named
      if namedAfter == nil, !title.isEmpty, !NameNormalizer.isPlaceholder(title) {
        // The other person never wrote: the chat's name is all that is known of them.
        let other = people.identity(named: title, in: &sink)
        namedAfter = other
        participants.append(other)
      }
      if let other = namedAfter {
        for writer in writers where writer != other { sink.owner(writer) }
      }
    }
    // An outgoing call was placed by the exporter.
    for caller in outgoingCallers { sink.owner(caller) }
    sink.updateThread(Int(thread), isGroup: isGroup, participants: participants)
    sink.setNamedAfter(Int(thread), namedAfter)
  }

  private mutating func report() {
    if orphans.count > 0 {
      let first = orphans.first
      sink.append(
        Diagnostic(
          path: path,
          message: "\(orphans.count) joined message(s) (first: page \(first.page + 1), block "
            + "\(first.block)) follow no named sender and were left out"))
    }
    if undated.count > 0 {
      let first = undated.first
      sink.append(
        Diagnostic(
          path: path,
          message: "\(undated.count) message(s) (first: page \(first.page + 1), block "
            + "\(first.block)) have no readable date and were left out"))
    }
    if naive > 0 {
      let reading = zone == nil ? "read as UTC (set --timezone)" : "read in the --timezone zone"
      sink.append(
        Diagnostic(
          path: path,
          message: "\(naive) message time(s) have no UTC offset (older export); \(reading)"))
      sink.layout("local times only (HTML without UTC offset)", for: .telegram)
    }
  }
}
