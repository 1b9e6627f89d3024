/// A spilled run's interactions come thread by thread in file order: most have the thread
/// and sender of the one before and the next line. A first byte holds the kind, the
/// outcome and which of those three are the same; only the fields that differ follow, each
/// as its difference from the one before. An ordinary message takes 3 to 5 bytes.
extension Interaction: PackedRecord {
  public static let origin = Interaction(
    time: 0, thread: 0, sender: 0, kind: .message, length: 0, position: 0)
  public static var maxPackedBytes: Int { 1 + 10 + 5 + 5 + 5 + 5 }

  private static let sameThread: UInt8 = 1 << 4
  private static let sameSender: UInt8 = 1 << 5
  private static let nextPosition: UInt8 = 1 << 6

  public func pack(after previous: Interaction, into bytes: inout PackedBytes.Writer) {
    var head = kind.rawValue | callOutcome.rawValue << 2
    if thread == previous.thread { head |= Self.sameThread }
    if sender == previous.sender { head |= Self.sameSender }
    if Int64(position) == Int64(previous.position) + 1 { head |= Self.nextPosition }
    bytes.byte(head)
    bytes.delta(time, from: previous.time)
    if head & Self.sameThread == 0 { bytes.delta(Int64(thread), from: Int64(previous.thread)) }
    if head & Self.sameSender == 0 { bytes.delta(Int64(sender), from: Int64(previous.sender)) }
    bytes.signed(Int64(length))
    if head & Self.nextPosition == 0 {
      bytes.delta(Int64(position), from: Int64(previous.position))
    }
  }

  @inline(__always)
  public init(unpacking bytes: inout PackedBytes.Reader, after previous: Interaction) {
    let head = bytes.byte()
    kind = InteractionKind(rawValue: head & 3) ?? .message
    callOutcome = CallOutcome(rawValue: head >> 2 & 3) ?? .none
    time = bytes.delta(from: previous.time)
    thread =
      head & Self.sameThread != 0
      ? previous.thread : Int32(truncatingIfNeeded: bytes.delta(from: Int64(previous.thread)))
    sender =
      head & Self.sameSender != 0
      ? previous.sender : Int32(truncatingIfNeeded: bytes.delta(from: Int64(previous.sender)))
    length = Int32(truncatingIfNeeded: bytes.signed())
    position =
      head & Self.nextPosition != 0
      ? previous.position &+ 1
      : Int32(truncatingIfNeeded: bytes.delta(from: Int64(previous.position)))
  }
}
