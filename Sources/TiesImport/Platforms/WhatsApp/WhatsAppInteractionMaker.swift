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
    guard let time = dates.time(of: record, zone: zone) else {
      impossibleDates += 1
      if firstImpossibleLine == nil { firstImpossibleLine = record.line }
      return
    }
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
