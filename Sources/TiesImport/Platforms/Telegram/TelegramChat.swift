/// What is known of one chat while its messages stream past.
struct TelegramChat {
  let ordinal: Int
  var name: String?
  var type = TelegramChatType.unknown
  var typeName = ""
  var id: Int64?
  var sawMessages = false
  /// The thread, made at the first interaction.
  var thread: Int32?
  /// Identities that wrote, called or acted in the chat, in first-seen order.
  var members: [Int] = []
  private var memberSet: Set<Int> = []
  private var lastMember = -1

  init(ordinal: Int) { self.ordinal = ordinal }

  mutating func addMember(_ identity: Int) {
    guard identity != lastMember else { return }
    lastMember = identity
    if memberSet.insert(identity).inserted { members.append(identity) }
  }

  /// The other person of a personal chat: the chat's id is their user id.
  var partner: TelegramPeer? {
    guard type == .personal, let id, id > 0 else { return nil }
    return TelegramPeer(kind: .user, number: id)
  }

  /// Unique across exports of the same account, so that a chat exported alone and within
  /// the whole export is one thread.
  func key(path: String) -> String {
    if let id, !typeName.isEmpty { return "\(typeName):\(id)" }
    return "\(path)#\(ordinal)"
  }
}
