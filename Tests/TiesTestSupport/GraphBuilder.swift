import TiesCore

/// Builds small graphs by hand for analysis tests: an owner, people, chats, messages.
public struct GraphBuilder {
  public private(set) var graph = InteractionGraph()
  public let owner: Int
  private let file: Int
  public static let day: Int64 = 86_400
  /// 2025-01-01T00:00:00Z: tests count days from here.
  public static let base: Int64 = 1_735_689_600

  /// The platform of the chats: WhatsApp exports single chats with no end of their own;
  /// SMS is a whole-phone backup whose last record is its end.
  public let platform: Platform

  public init(owner: String = "Olive Owner", platform: Platform = .whatsapp) {
    self.platform = platform
    file = graph.addFile(SourceFile(path: "test.txt", platform: platform, role: "chat"))
    self.owner = graph.identity(
      IdentityKey(platform: platform, kind: .name, value: owner), name: owner)
    graph.ownerIdentities = [self.owner]
  }

  @discardableResult
  public mutating func person(
    _ name: String, platform: Platform? = nil, kind: IdentityKind = .name
  )
    -> Int
  {
    graph.identity(
      IdentityKey(platform: platform ?? self.platform, kind: kind, value: name), name: name)
  }

  public mutating func chat(with name: String) -> Int32 {
    let other = person(name)
    return Int32(
      graph.thread(
        ChatThread(
          platform: platform, key: "chat:" + name, title: name, isGroup: false,
          participants: [owner, other], source: SourceRef(file: file))))
  }

  public mutating func group(_ title: String, members: [String]) -> Int32 {
    let people = members.map { person($0) }
    return Int32(
      graph.thread(
        ChatThread(
          platform: platform, key: "group:" + title, title: title, isGroup: true,
          participants: [owner] + people, source: SourceRef(file: file))))
  }

  /// A message from `sender` (nil: the owner) at `day` days and `minute` minutes after base.
  public mutating func message(
    _ sender: String?, in thread: Int32, day: Double, minute: Double = 0, length: Int32 = 10
  ) {
    let who = sender.map { person($0) } ?? owner
    let time = Self.base + Int64(day * Double(Self.day)) + Int64(minute * 60)
    graph.interactions.append(
      Interaction(
        time: time, thread: thread, sender: Int32(who), kind: .message, length: length,
        position: Int32(graph.interactions.count)))
  }

  public mutating func call(
    _ caller: String?, in thread: Int32, day: Double, seconds: Int32, missed: Bool = false
  ) {
    let who = caller.map { person($0) } ?? owner
    graph.interactions.append(
      Interaction(
        time: Self.base + Int64(day * Double(Self.day)), thread: thread, sender: Int32(who),
        kind: .call,
        callOutcome: missed ? .missed : .completed, length: seconds,
        position: Int32(graph.interactions.count)))
  }

  public mutating func link(
    _ name: String, _ kind: LinkKind, _ direction: LinkDirection, platform: Platform = .instagram
  ) {
    let who = person(name, platform: platform, kind: .handle)
    graph.links.append(
      Link(
        platform: platform, kind: kind, direction: direction, identity: who, time: Self.base,
        source: SourceRef(file: file)))
  }

  /// A back-and-forth conversation opened by `opener` (nil: the owner) with `turns` turns.
  public mutating func conversation(
    _ opener: String?, with name: String, in thread: Int32, day: Double, turns: Int
  ) {
    for turn in 0..<turns {
      let fromOpener = turn % 2 == 0
      let sender: String? = fromOpener ? opener : (opener == nil ? name : nil)
      message(sender, in: thread, day: day, minute: Double(turn * 5))
    }
  }

  /// A one-to-one chat whose export holds only the owner's messages (a Discord DM).
  public mutating func ownerOnlyChat(with name: String, platform: Platform = .discord) -> Int32 {
    let other = person(name, platform: platform, kind: .handle)
    return Int32(
      graph.thread(
        ChatThread(
          platform: platform, key: "dm:" + name, title: name, isGroup: false,
          participants: [owner, other], onlyOwnerMessages: true, source: SourceRef(file: file))))
  }

  /// A public reply to or mention of `name` by the owner, in their own public thread.
  public mutating func publicMention(of name: String, day: Double, platform: Platform = .x) {
    let other = person(name, platform: platform, kind: .handle)
    let thread = graph.thread(
      ChatThread(
        platform: platform, key: "public/" + name, title: name, isGroup: false,
        participants: [owner, other], source: SourceRef(file: file)))
    graph.interactions.append(
      Interaction(
        time: Self.base + Int64(day * Double(Self.day)), thread: Int32(thread),
        sender: Int32(owner), kind: .publicMention, length: 0,
        position: Int32(graph.interactions.count)))
  }
}
