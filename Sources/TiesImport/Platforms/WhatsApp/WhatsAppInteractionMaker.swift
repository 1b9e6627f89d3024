import TiesCore

/// Turns records into interactions once the date order, the senders' identities and the
/// thread are known, and counts the records it leaves out and why.
struct WhatsAppInteractionMaker {
  let dates: WhatsAppDates
  let zone: ZoneOffsets?
  let thread: Int32
  /// Each sender's identity; -1 for no person.
  var identityOf: [Int]
  /// The sender whose lines are the group's own name speaking for the app, in a group.
  let groupName: Int32?
  /// Records written under the group's own name.
  private(set) var groupNameLines = 0
  /// Records whose sender has no identity.
  private(set) var unnamed = 0
  /// Records on days that do not exist in the order, and the line of the first.
  private(set) var impossibleDates = 0
  private(set) var firstImpossibleLine: Int32?
  /// The last record's date fields and its day's midnight: most records share the day
  /// of the one before. No header has a zero day or month, so the first record misses.
  private var lastDate: (Int16, Int16, Int16) = (0, 0, 0)
  private var lastMidnight: Int64?

  init(
    dates: WhatsAppDates, zone: ZoneOffsets?, thread: Int32, identityOf: [Int], groupName: Int32?
  ) {
    self.dates = dates
    self.zone = zone
    self.thread = thread
    self.identityOf = identityOf
    self.groupName = groupName
  }

  mutating func add(_ record: WhatsAppRecord, into sink: inout FileSink) {
    guard record.sender >= 0, record.kind != .notice else { return }
    if record.sender == groupName {
      groupNameLines += 1
      return
    }
    let identity = identityOf[Int(record.sender)]
    guard identity >= 0 else {
      unnamed += 1
      return
    }
    if (record.first, record.second, record.third) != lastDate {
      lastDate = (record.first, record.second, record.third)
      lastMidnight = dates.localMidnight(of: record)
    }
    guard let midnight = lastMidnight else {
      impossibleDates += 1
      if firstImpossibleLine == nil { firstImpossibleLine = record.line }
      return
    }
    let local = midnight + Int64(record.secondOfDay)
    let time = zone?.utc(fromLocal: local) ?? local
    switch record.kind {
    case .missedVoiceCall, .missedVideoCall:
      sink.append(
        Interaction(
          time: time, thread: thread, sender: Int32(identity), kind: .call,
          callOutcome: .missed, length: 0, position: record.line))
    default:
      sink.append(
        Interaction(
          time: time, thread: thread, sender: Int32(identity), kind: .message,
          length: record.length, position: record.line))
    }
  }
}
