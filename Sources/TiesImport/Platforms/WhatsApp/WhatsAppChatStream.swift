import TiesCore

/// Hands a chat's records to the sink while the file is read, once nothing later in the
/// file can change what they become, so that memory does not grow with the chat.
///
/// A record's interaction depends on three whole-file facts: the day/month order, the
/// sender's identity index (identities are made in sender order at the end, without the
/// group's own name in a group) and the thread's index. The stream starts when the order
/// is settled (the style fixes it, or a field above 12 proved which field is the day) and
/// the group question is answered as far as it can be; it predicts the identity indices the
/// end will make and the thread index of a fresh sink. Until it starts, records are held as
/// before. A record that contradicts the order ends the stream at once (`Abandoned`), and
/// the builder checks every prediction at the end; either way the reader starts over from a
/// copy of the sink taken before the file and reads the file holding every record, so the
/// interactions are always those the holding read makes.
struct WhatsAppChatStream {
  struct Abandoned: Error {}

  let style: WhatsAppHeader.Style
  let entry: ExportEntry
  let options: ImportOptions
  /// Set once the stream has started.
  private(set) var maker: WhatsAppInteractionMaker?
  /// The sink's interaction count when the stream started.
  private(set) var firstInteraction = 0
  /// How many records had been read when the stream started.
  private(set) var startedAt: Int?
  /// When the parser next holds this many records, the stream looks again.
  private(set) var nextCheck: Int
  private var identityKeys: [IdentityKey: Int] = [:]
  let limits: Limits

  struct Limits {
    /// Records handed on at once; the parser never holds more once the stream runs.
    var batch = 256
    /// With a notice sender and no sign yet of a group, so many records are held before
    /// the chat is taken as one-to-one (an iOS chat with a contact, whose name writes
    /// the notice and messages too).
    var groupEvidence = 1000
    /// At most this many interactions are reserved in the sink at the start: the size of
    /// a zip member is what the archive declares.
    var reservation = 8 << 20
  }

  init(style: WhatsAppHeader.Style, entry: ExportEntry, options: ImportOptions, limits: Limits) {
    self.style = style
    self.entry = entry
    self.options = options
    self.limits = limits
    nextCheck = limits.batch
  }

  var dates: WhatsAppDates? { maker?.dates }

  /// Starts the stream when it can, and hands on every record but the last. `bytesRead`
  /// is how much of the file the parser has seen.
  mutating func step(
    _ parser: inout WhatsAppChatParser, bytesRead: Int, into sink: inout FileSink
  ) throws {
    if maker == nil {
      guard start(parser, bytesRead: bytesRead, sink: &sink) else {
        nextCheck = parser.records.count + limits.batch
        return
      }
    }
    try handOn(&parser, keepingLast: true, into: &sink)
    nextCheck = limits.batch
  }

  /// Hands on the rest at the end of the file.
  mutating func finish(_ parser: inout WhatsAppChatParser, into sink: inout FileSink) throws {
    guard maker != nil else { return }
    try handOn(&parser, keepingLast: false, into: &sink)
  }

  private mutating func start(
    _ parser: WhatsAppChatParser, bytesRead: Int, sink: inout FileSink
  ) -> Bool {
    guard
      let dates = WhatsAppDates.settled(
        style: style, override: options.dateOrder, firstOver12: parser.firstOver12,
        secondOver12: parser.secondOver12)
    else { return false }
    let members = WhatsAppChatBuilder.members(of: parser, entry: entry)
    // Only the notice sender's identity depends on whether the chat is a group.
    guard members.notice == nil || members.isGroup || parser.recordCount >= limits.groupEvidence
    else { return false }
    maker = WhatsAppInteractionMaker(
      dates: dates, zone: options.timeZone.map(ZoneOffsets.init), thread: 0, identityOf: [],
      groupName: members.groupName.map(Int32.init))
    firstInteraction = sink.interactionCount
    // Room for the whole chat at the rate of records per byte so far, as the holding read
    // reserved exactly at the end: a sink growing by doubling kept its old buffers and
    // peaked 30 MB higher on two chats of 75 MB. Untouched capacity is never resident.
    let bytesPerRecord = max(1, bytesRead / max(1, parser.recordCount))
    let rest = max(0, entry.size - bytesRead) / bytesPerRecord
    sink.reserve(interactions: min(limits.reservation, parser.recordCount + rest))
    startedAt = parser.recordCount
    return true
  }

  private mutating func handOn(
    _ parser: inout WhatsAppChatParser, keepingLast: Bool, into sink: inout FileSink
  ) throws {
    guard var maker else { return }
    self.maker = nil  // one owner of its arrays while records go through it
    let end = parser.records.count - (keepingLast ? 1 : 0)
    guard end > 0 else {
      self.maker = maker
      return
    }
    predictIdentities(of: parser.senders, into: &maker)
    for index in 0..<end {
      let record = parser.records[index]
      if maker.dates.contradicts(record, style: style, override: options.dateOrder) {
        throw Abandoned()
      }
      maker.add(record, into: &sink)
    }
    self.maker = maker
    parser.dropRecords(keepingLast: keepingLast)
  }

  /// The identity index each sender will get at the end: senders in order, by key, none
  /// for an empty label or the group's own name.
  private mutating func predictIdentities(
    of senders: [String], into maker: inout WhatsAppInteractionMaker
  ) {
    while maker.identityOf.count < senders.count {
      let index = maker.identityOf.count
      let label = senders[index]
      guard !label.isEmpty, index != maker.groupName.map(Int.init) else {
        maker.identityOf.append(-1)
        continue
      }
      let key = WhatsAppChatBuilder.key(for: label, region: options.region)
      if let known = identityKeys[key] {
        maker.identityOf.append(known)
      } else {
        identityKeys[key] = identityKeys.count
        maker.identityOf.append(identityKeys.count - 1)
      }
    }
  }
}
