/// Wording of group events in system lines, in the languages seen in real exports. A match
/// marks the chat as a group even when only two people ever wrote in it.
enum WhatsAppGroupEvents {
  static func matches(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    let line = String(decoding: text, as: UTF8.self)
    return phrases.contains { line.contains($0) }
  }

  private static let phrases = [
    "created group", "added you", " added ", " removed ", " left", "changed the subject",
    "changed this group", "changed the group", "group's invite link", "this group",
    "Gruppe", "hinzugefügt", "groupe", "grupo", "groep", "группу", "группы", "gruppo",
  ]
}
