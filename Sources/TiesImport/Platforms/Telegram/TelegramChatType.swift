/// The `type` of a Telegram chat (formats/others.md §4.2), as ties treats it.
enum TelegramChatType: Equatable {
  /// One-to-one with a person.
  case personal
  /// Several people; ordinary groups and supergroups.
  case group
  /// A broadcast: its posts speak for the channel, not for a person.
  case channel
  /// The owner alone (saved messages, replies, verification codes) or a bot: not a tie.
  case notPeople
  /// Not said (chat-miner style exports, hand-made files): judged from the senders.
  case unknown

  init(raw: UnsafeBufferPointer<UInt8>) {
    func equals(_ name: StaticString) -> Bool { JSONScanner.key(raw, is: name) }
    if equals("personal_chat") {
      self = .personal
    } else if equals("private_group") || equals("private_supergroup")
      || equals("public_supergroup")
    {
      self = .group
    } else if equals("private_channel") || equals("public_channel") {
      self = .channel
    } else if equals("saved_messages") || equals("replies") || equals("bot_chat")
      || equals("verification_codes")
    {
      self = .notPeople
    } else {
      self = .unknown
    }
  }
}
