import TiesCore

/// One event filed under the person it counts for, in the order the measurement reads them:
/// by person, then time, then the interaction's place in the run. Small and fixed-size, so
/// that a run's events can be sorted on disk (`ExternalSorter`) instead of held per person.
struct PersonEvent: SortedRecord {
  /// What an event is to the person it is filed under.
  enum Role: UInt8 {
    /// A one-to-one event with the owner: the conversation analysis reads these.
    case direct
    /// Their message in a group.
    case group
    /// A message of the owner's in an export that holds the owner's side only.
    case ownerOnly
    /// Their message in a chat whose other side is not known.
    case unattributed
  }

  var time: Int64
  var person: Int32
  /// The interaction's index in the run: equal times keep file order.
  var order: UInt32
  var length: Int32
  private var info: UInt8

  init(
    person: Int, time: Int64, order: Int, length: Int32 = 0, role: Role,
    kind: InteractionKind = .message, outcome: CallOutcome = .none, fromOwner: Bool = false
  ) {
    self.person = Int32(person)
    self.time = time
    self.order = UInt32(truncatingIfNeeded: order)
    self.length = length
    info = kind.rawValue | outcome.rawValue << 2 | (fromOwner ? 1 << 4 : 0) | role.rawValue << 5
  }

  var role: Role { Role(rawValue: info >> 5) ?? .direct }
  var kind: InteractionKind { InteractionKind(rawValue: info & 3) ?? .message }
  var outcome: CallOutcome { CallOutcome(rawValue: info >> 2 & 3) ?? .none }
  var fromOwner: Bool { info & 1 << 4 != 0 }

  /// The event as the conversation analysis reads it.
  var direct: DirectEvent {
    DirectEvent(time: time, length: length, fromOwner: fromOwner, kind: kind, outcome: outcome)
  }

  static func < (lhs: PersonEvent, rhs: PersonEvent) -> Bool {
    (lhs.person, lhs.time, lhs.order) < (rhs.person, rhs.time, rhs.order)
  }

  static func == (lhs: PersonEvent, rhs: PersonEvent) -> Bool {
    (lhs.person, lhs.time, lhs.order) == (rhs.person, rhs.time, rhs.order)
  }
}

/// A sorted run's events come person by person in time: the info byte's free high bit says
/// the person is the one before's, then the time and the place in the run follow as steps
/// from the one before's, and the length whole: 4 to 7 bytes an event.
extension PersonEvent: PackedRecord {
  static let origin = PersonEvent(person: 0, time: 0, order: 0, role: .direct)
  static var maxPackedBytes: Int { 1 + 5 + 10 + 5 + 5 }

  private static let samePerson: UInt8 = 1 << 7

  func pack(after previous: PersonEvent, into bytes: inout PackedBytes.Writer) {
    let same = person == previous.person
    bytes.byte(info | (same ? Self.samePerson : 0))
    if !same { bytes.delta(Int64(person), from: Int64(previous.person)) }
    bytes.delta(time, from: previous.time)
    bytes.delta(Int64(order), from: Int64(previous.order))
    bytes.signed(Int64(length))
  }

  @inline(__always)
  init(unpacking bytes: inout PackedBytes.Reader, after previous: PersonEvent) {
    let head = bytes.byte()
    info = head & ~Self.samePerson
    person =
      head & Self.samePerson != 0
      ? previous.person : Int32(truncatingIfNeeded: bytes.delta(from: Int64(previous.person)))
    time = bytes.delta(from: previous.time)
    order = UInt32(truncatingIfNeeded: bytes.delta(from: Int64(previous.order)))
    length = Int32(truncatingIfNeeded: bytes.signed())
  }
}

/// A run of events is filed in the order of the run: each person's events come thread by
/// thread, mostly in time order already. Counting them out by person first (stable) leaves
/// each person's events nearly sorted, which the sort of each person's stretch finds in
/// runs, instead of comparing all of them: about a third of the work of sorting the run.
extension PersonEvent {
  static func sortRun(_ records: inout [PersonEvent]) {
    var (low, high) = (Int32.max, Int32.min)
    for event in records {
      low = min(low, event.person)
      high = max(high, event.person)
    }
    // Few records, or more people than records (the counts would outweigh the run): a
    // comparison sort is as good.
    guard records.count > 64, low >= 0, Int(high) < records.count else {
      records.sort()
      return
    }
    let people = Int(high) + 1
    var starts = [Int](repeating: 0, count: people + 1)
    for event in records { starts[Int(event.person) + 1] += 1 }
    for person in 0..<people { starts[person + 1] += starts[person] }
    let bounds = starts
    let byPerson = [PersonEvent](unsafeUninitializedCapacity: records.count) { slots, count in
      for event in records {
        slots.initializeElement(at: starts[Int(event.person)], to: event)
        starts[Int(event.person)] += 1
      }
      count = records.count
    }
    records.withUnsafeMutableBufferPointer { out in
      _ = out.update(fromContentsOf: byPerson)
      for person in 0..<people where bounds[person + 1] - bounds[person] > 1 {
        out[bounds[person]..<bounds[person + 1]].sort()
      }
    }
  }
}
