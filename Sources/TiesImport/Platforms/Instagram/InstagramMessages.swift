import TiesCore

/// Direct-message threads: `message_N.json` pages (the Facebook message schema, §2.3 and
/// §3.3 of formats/meta.md) and the 2018–2020 `messages.json`.
enum InstagramMessages {
  static func readPage(
    _ bytes: UnsafeBufferPointer<UInt8>, entry: ExportEntry, into sink: inout FileSink
  ) {
    let location = MetaThreadLocation(instagram: entry)
    MetaThreadReader(
      platform: .instagram, threadPlatform: location.platform, threadKey: location.key,
      folder: location.folder, fileIndex: sink.file, path: sink.path
    ).read(bytes, into: &sink)
  }

  /// The 2018–2020 `messages.json`: usernames, not display names, and ISO dates.
  static func readLegacy(
    _ document: JSONValue, into sink: inout FileSink
  ) {
    guard let conversations = document.array else {
      sink.fail("expected an array of conversations")
      return
    }
    var count = 0
    for conversation in conversations {
      let usernames = (conversation["participants"]?.array ?? []).compactMap(\.string)
      let participants = usernames.map {
        sink.identity(
          IdentityKey(platform: .instagram, kind: .handle, value: $0.lowercased()))
      }
      let thread = sink.thread(
        ChatThread(
          platform: .instagram, key: "legacy/" + usernames.sorted().joined(separator: ","),
          title: usernames.joined(separator: ", "), isGroup: participants.count > 2,
          participants: participants, source: SourceRef(file: sink.file)))
      for message in conversation["conversation"]?.array ?? [] {
        guard let sender = message["sender"]?.string,
          let time = message["created_at"]?.string.flatMap(ISODate.seconds)
        else { continue }
        let identity = sink.identity(
          IdentityKey(platform: .instagram, kind: .handle, value: sender.lowercased()))
        let text = message["text"]?.string
        // A heart or like with no text is a one-click act, not a composed message.
        let liked = text == nil && (message["heart"] != nil || message["likes"] != nil)
        sink.append(
          Interaction(
            time: time, thread: Int32(thread), sender: Int32(identity),
            kind: liked ? .reaction : .message,
            length: text.map { Int32(clamping: $0.unicodeScalars.count) } ?? 0,
            position: Int32(count)))
        count += 1
      }
    }
    sink.read(records: count)
  }
}
