/// A spilled run's interactions come thread by thread in file order: the same thread, one
/// of a few senders, a later time and the next line, a few bytes each.
extension Interaction: PackedRecord {
  public static let origin = Interaction(
    time: 0, thread: 0, sender: 0, kind: .message, length: 0, position: 0)
  public static var maxPackedBytes: Int { 10 + 5 + 5 + 1 + 5 + 5 }

  public func pack(after previous: Interaction, into bytes: inout PackedBytes.Writer) {
    bytes.delta(time, from: previous.time)
    bytes.delta(Int64(thread), from: Int64(previous.thread))
    bytes.delta(Int64(sender), from: Int64(previous.sender))
    bytes.byte(kind.rawValue | callOutcome.rawValue << 4)
    bytes.signed(Int64(length))
    bytes.delta(Int64(position), from: Int64(previous.position))
  }

  public init(unpacking bytes: inout PackedBytes.Reader, after previous: Interaction) {
    time = bytes.delta(from: previous.time)
    thread = Int32(truncatingIfNeeded: bytes.delta(from: Int64(previous.thread)))
    sender = Int32(truncatingIfNeeded: bytes.delta(from: Int64(previous.sender)))
    let info = bytes.byte()
    kind = InteractionKind(rawValue: info & 0xF) ?? .message
    callOutcome = CallOutcome(rawValue: info >> 4) ?? .none
    length = Int32(truncatingIfNeeded: bytes.signed())
    position = Int32(truncatingIfNeeded: bytes.delta(from: Int64(previous.position)))
  }
}
