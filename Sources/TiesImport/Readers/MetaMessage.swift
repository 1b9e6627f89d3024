import TiesCore

/// One message of Meta's `message_N.json` schema, shared by Instagram, Facebook and
/// Messenger: calls by `call_duration`/`missed`, never by the vanished `type` field.
enum MetaMessage {
  /// The interaction a message stands for, or nil for group events (joins, leaves).
  static func interaction(
    _ message: JSONValue, time: Int64, thread: Int32, sender: Int32, position: Int32
  ) -> Interaction? {
    if let type = message["type"]?.string, type == "Subscribe" || type == "Unsubscribe" {
      return nil
    }
    if message["users"] != nil, message["content"] == nil { return nil }
    let duration = message["call_duration"]?.int64
    let missed = message["missed"]?.bool ?? false
    if duration != nil || message["missed"] != nil || message["type"]?.string == "Call" {
      let seconds = duration ?? 0
      return Interaction(
        time: time, thread: thread, sender: sender, kind: .call,
        callOutcome: missed || seconds == 0 ? .missed : .completed,
        length: Int32(clamping: seconds), position: position)
    }
    let content = message["content"]?.string.map(MetaText.repair)
    if let content, message["share"] == nil, isGroupEvent(content) { return nil }
    if let content, isReactionNotice(content) {
      return Interaction(
        time: time, thread: thread, sender: sender, kind: .reaction, length: 0, position: position)
    }
    let length = content.map { Int32(clamping: $0.unicodeScalars.count) } ?? 0
    return Interaction(
      time: time, thread: thread, sender: sender, kind: .message, length: length,
      position: position)
  }

  /// Joins, leaves and renames that 2023+ exports write as content, in English (the wording
  /// follows the exporter's UI language; other languages count as messages).
  static func isGroupEvent(_ content: String) -> Bool {
    let text = content.trimmingWhitespace()
    return text.hasSuffix(" left the group.") || text.hasSuffix(" left the chat")
      || (text.contains(" added ") && text.hasSuffix(" to the group."))
      || (text.contains(" removed ") && text.hasSuffix(" from the group."))
      || text.hasSuffix(" joined the group.") || text.contains(" named the group ")
      || text.hasSuffix(" joined the group via invite link.")
  }

  /// "Liked a message", "Reacted ❤ to your message ": one-click acts that the English
  /// exporter writes as content (formats/meta.md §6, pitfall 8).
  static func isReactionNotice(_ content: String) -> Bool {
    let trimmed = content.trimmingWhitespace()
    return trimmed == "Liked a message"
      || (trimmed.hasPrefix("Reacted ") && trimmed.hasSuffix(" to your message"))
  }
}
