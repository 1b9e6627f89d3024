import TiesCore

/// Google Chat in a Takeout (formats/others.md §6.2): `Groups/<DM or Space id>/messages.json`
/// with the messages, `group_info.json` beside it with the members, and
/// `Users/User <id>/user_info.json` naming the owner. People are keyed by e-mail address;
/// each file is read on its own and the merge joins a conversation's files by their folder.
struct GoogleChatReader {
  let entry: ExportEntry
  let fileIndex: Int
  let part: GoogleImporter.ChatPart

  func read(into sink: inout FileSink) {
    if part == .messages { return readMessages(into: &sink) }
    guard let document = JSONFile.load(entry, into: &sink) else {
      return
    }
    switch part {
    case .user:
      guard let user = document["user"], let owner = person(user, into: &sink) else {
        return fail("no user in the file", into: &sink)
      }
      sink.owner(owner)
      if let name = user["name"]?.string, !name.isEmpty { sink.owner(name: name) }
      sink.read(records: 1)
    case .members:
      let members = (document["members"]?.array ?? []).compactMap { person($0, into: &sink) }
      let name = document["name"]?.string ?? ""
      _ = thread(
        title: name, isGroup: isSpace || members.count > 2 || !name.isEmpty, members: members,
        into: &sink)
      sink.read(records: members.count)
    case .messages:
      break
    }
  }

  /// A Space folder holds a group; a DM folder two people (folder names are not localized).
  private var isSpace: Bool { entry.folders.last?.hasPrefix("Space") ?? false }

  private func fail(_ reason: String, into sink: inout FileSink) {
    sink.fail(reason)
  }

  private func person(_ value: JSONValue, into sink: inout FileSink) -> Int? {
    person(name: value["name"]?.string, email: value["email"]?.string, into: &sink)
  }

  private func person(name: String?, email: String?, into sink: inout FileSink) -> Int? {
    let name = name.flatMap { $0.isEmpty ? nil : $0 }
    if let email = email?.lowercased(), Self.hasAt(email) {
      return sink.identity(IdentityKey(platform: .google, kind: .email, value: email), name: name)
    }
    guard let name else { return nil }
    return sink.identity(IdentityKey(platform: .google, kind: .name, value: name), name: name)
  }

  private func thread(
    title: String, isGroup: Bool, members: [Int], into sink: inout FileSink
  ) -> Int32 {
    let key = "chat:" + entry.components.dropLast().suffix(2).joined(separator: "/")
    return Int32(
      sink.thread(
        ChatThread(
          platform: .google, key: key, title: title.isEmpty ? (entry.folders.last ?? "") : title,
          isGroup: isGroup, participants: members, source: SourceRef(file: fileIndex))))
  }

  /// `messages.json` grows with years of a conversation: mapped and streamed with the pull
  /// scanner, pages handed back behind it.
  private func readMessages(into sink: inout FileSink) {
    var thread: Int32 = 0
    var writers: [Int] = []
    var messages = 0
    var deleted = 0
    var undated = 0
    var failure: (offset: Int, reason: String)?
    var mapped = false
    var creators = GoogleChatCreators()
    JSONFile.mapped(entry, into: &sink) { bytes, release, sink in
      mapped = true
      thread = self.thread(title: "", isGroup: isSpace, members: [], into: &sink)
      var scanner = JSONScanner(bytes)
      scanner.forEachMember { scanner, key in
        guard JSONScanner.key(key, is: "messages") else { return scanner.skipValue() }
        scanner.forEachElement { scanner in
          guard scanner.peek() == 0x7B else { return scanner.skipValue() }
          messages += 1
          let (name, email, time, length) = Self.message(&scanner)
          defer { release(scanner.position) }
          let known = creators.sender(name: name, email: email)
          let creator =
            known
            ?? person(
              name: name.map(JSONScanner.decode), email: email.map(JSONScanner.decode),
              into: &sink)
          if known == nil { creators.remember(name: name, email: email, sender: creator) }
          // A deleted message keeps no creator and no date.
          guard let sender = creator else {
            deleted += 1
            return
          }
          guard let time else {
            undated += 1
            return
          }
          if !writers.contains(sender) { writers.append(sender) }
          sink.append(
            Interaction(
              time: time, thread: thread, sender: Int32(sender), kind: .message,
              length: Int32(clamping: length), position: Int32(clamping: messages)))
        }
      }
      sink.append(diagnostics: scanner.toleratedDiagnostics(path: entry.displayPath))
      failure = scanner.failure
    }
    guard mapped else { return }
    sink.updateThread(
      Int(thread), isGroup: isSpace || writers.count > 2, participants: writers.sorted())
    if let failure {
      sink.partial(
        failure.reason,
        Diagnostic(.error, path: entry.displayPath, offset: failure.offset, message: failure.reason)
      )
    }
    sink.read(records: messages - deleted - undated)
    if undated > 0 {
      sink.partial(
        "dates in another language",
        Diagnostic(
          path: entry.displayPath,
          message: "\(undated) message(s) dated in a language ties does not read were left out"))
    }
  }

  /// One message object's creator (the raw bytes of their name and email), time and text
  /// length.
  private static func message(_ scanner: inout JSONScanner) -> (
    name: UnsafeBufferPointer<UInt8>?, email: UnsafeBufferPointer<UInt8>?, time: Int64?,
    length: Int
  ) {
    var name: UnsafeBufferPointer<UInt8>?
    var email: UnsafeBufferPointer<UInt8>?
    var time: Int64?
    var length = 0
    scanner.forEachMember { scanner, key in
      if JSONScanner.key(key, is: "creator"), scanner.peek() == 0x7B {
        scanner.forEachMember { scanner, key in
          if JSONScanner.key(key, is: "name") {
            name = scanner.rawStringValue()
          } else if JSONScanner.key(key, is: "email") {
            email = scanner.rawStringValue()
          } else {
            scanner.skipValue()
          }
        }
      } else if JSONScanner.key(key, is: "created_date") {
        // Parsed on the raw bytes: a String per date was most of this reader's time.
        time = scanner.rawStringValue().flatMap { GoogleChatDate.seconds(raw: $0) }
      } else if JSONScanner.key(key, is: "text") {
        length = scanner.rawStringValue().map(Self.characterCount) ?? 0
      } else {
        scanner.skipValue()
      }
    }
    return (name, email, time, length)
  }

  /// Whether an address holds `@`: on the bytes when ASCII (Foundation's `contains` was a
  /// tenth of the reader); otherwise as before, where a combining mark after `@` hides it.
  private static func hasAt(_ email: String) -> Bool {
    email.utf8.allSatisfy { $0 < 0x80 } ? email.utf8.contains(0x40) : email.contains("@")
  }

  /// Characters (grapheme clusters, as `String.count`) of a raw JSON string. Plain ASCII is
  /// counted on the bytes: there only CR LF forms one cluster of two scalars.
  static func characterCount(_ raw: UnsafeBufferPointer<UInt8>) -> Int {
    var pairs = 0
    var previous: UInt8 = 0
    for byte in raw {
      guard byte < 0x80, byte != 0x5C else { return JSONScanner.decode(raw).count }
      if byte == 0x0A, previous == 0x0D { pairs += 1 }
      previous = byte
    }
    return raw.count - pairs
  }
}
