import TiesCore

/// Google Voice pages of a Takeout (`Voice/Calls/*.html`): one call per call-log page, one
/// interaction per message of a text page (formats/others.md §6.4).
struct GoogleVoiceReader {
  let entry: ExportEntry
  let fileIndex: Int
  let options: ImportOptions

  /// Voice never names its owner: one key stands for them, beside their own number when a
  /// text page shows it (`Me`).
  static let ownerKey = IdentityKey(platform: .google, kind: .accountID, value: "owner")
  static let unknownKey = IdentityKey(platform: .google, kind: .accountID, value: "unknown")

  func read(into sink: inout FileSink) {
    let page = GoogleVoicePage()
    do {
      try HTMLStream.parse(entry, handler: page)
    } catch {
      // A read that failed part way still delivered the page up to there.
      guard page.isCallLog || page.isChatLog else { return fail("\(error)", into: &sink) }
      sink.partial("\(error)", Diagnostic(.error, path: entry.displayPath, message: "\(error)"))
    }
    let owner = sink.identity(Self.ownerKey)
    sink.owner(owner)
    if page.isCallLog {
      readCall(page, owner: owner, into: &sink)
    } else if page.isChatLog {
      readTexts(page, owner: owner, into: &sink)
    } else {
      fail("neither a call log nor a text conversation", into: &sink)
    }
  }

  private func fail(_ reason: String, into sink: inout FileSink) {
    sink.skipped(reason, Diagnostic(path: entry.displayPath, message: reason))
  }

  private func identity(_ person: GoogleVoicePage.Person, into sink: inout FileSink)
    -> Int
  {
    guard !person.number.isEmpty else { return sink.identity(Self.unknownKey, placeholder: true) }
    // Voice writes the number again where it knows no name (`++16175550151` even).
    let name =
      person.name.isEmpty
        || PhoneNumber.normalize(person.name.replacingOccurrences(of: "++", with: "+")) != nil
      ? nil : person.name
    if let phone = PhoneNumber.normalize(person.number, region: options.region) {
      return sink.identity(IdentityKey(platform: .google, kind: .phone, value: phone), name: name)
    }
    return sink.identity(
      IdentityKey(platform: .google, kind: .handle, value: person.number), name: name)
  }

  private func thread(
    key: String, title: String, isGroup: Bool, participants: [Int],
    into sink: inout FileSink
  ) -> Int32 {
    Int32(
      sink.thread(
        ChatThread(
          platform: .google, key: key, title: title, isGroup: isGroup, participants: participants,
          namedAfter: isGroup ? nil : participants.last, source: SourceRef(file: fileIndex))))
  }

  private func readCall(
    _ page: GoogleVoicePage, owner: Int, into sink: inout FileSink
  ) {
    guard let time = page.published.flatMap(ISODate.seconds) ?? fileNameTime else {
      return fail("the call has no time", into: &sink)
    }
    let kind = callKind(page.labels)
    let other = identity(page.caller ?? .init(number: "", name: ""), into: &sink)
    let thread = thread(
      key: "voice:" + sink.identity(at: other).key.value,
      title: sink.identity(at: other).bestName, isGroup: false, participants: [owner, other],
      into: &sink)
    let seconds = GoogleVoicePage.seconds(duration: page.durationTitle, text: page.durationText)
    // Voicemail is their call that no one took; a recorded call's direction is not given.
    let placed = kind == "placed"
    let answered =
      (kind == "placed" || kind == "received" || kind == "recorded") && (seconds ?? 0) > 0
    sink.append(
      Interaction(
        time: time, thread: thread, sender: Int32(placed ? owner : other), kind: .call,
        callOutcome: answered ? .completed : .missed,
        length: answered ? Int32(clamping: seconds ?? 0) : 0, position: 1))
    sink.read(records: 1)
    sink.describe(as: "call (\(kind))", isCallLog: true)
  }

  private func readTexts(_ page: GoogleVoicePage, owner: Int, into sink: inout FileSink) {
    // A conversation repeats a few senders thousands of times, and each is a phone number
    // to parse: each person is looked up once (adding the same name again changes nothing).
    var known: [GoogleVoicePage.Person: Int] = [:]
    func identity(_ person: GoogleVoicePage.Person, into sink: inout FileSink) -> Int {
      if let found = known[person] { return found }
      let found = self.identity(person, into: &sink)
      known[person] = found
      return found
    }
    for message in page.messages where message.isOwner && !message.sender.number.isEmpty {
      sink.owner(identity(message.sender, into: &sink))
    }
    let isGroup = !page.participants.isEmpty
    var people = page.participants.map { identity($0, into: &sink) }
    for message in page.messages where !message.isOwner {
      let person = identity(message.sender, into: &sink)
      if !people.contains(person) { people.append(person) }
    }
    let key: String
    let title: String
    if isGroup {
      key = "voice-group:" + entry.stem
      title = people.map { sink.identity(at: $0).bestName }.joined(separator: ", ")
    } else {
      if people.isEmpty, let number = fileNameNumber {
        people = [identity(.init(number: number, name: ""), into: &sink)]
      } else if people.isEmpty, let name = fileNameName {
        // Only the owner wrote ("Me to Ada Example"): the page is named after the person.
        people = [
          sink.identity(IdentityKey(platform: .google, kind: .name, value: name), name: name)
        ]
      }
      let other = people.first ?? sink.identity(Self.unknownKey, placeholder: true)
      people = [other]
      key = "voice:" + sink.identity(at: other).key.value
      title = sink.identity(at: other).bestName
    }
    let thread = thread(
      key: key, title: title, isGroup: isGroup, participants: [owner] + people, into: &sink)
    var undated = 0
    for (position, message) in page.messages.enumerated() {
      guard let time = message.time.flatMap(ISODate.seconds) else {
        undated += 1
        continue
      }
      let sender = message.isOwner ? owner : identity(message.sender, into: &sink)
      sink.append(
        Interaction(
          time: time, thread: thread, sender: Int32(sender), kind: .message,
          length: Int32(clamping: message.length), position: Int32(position + 1)))
    }
    if undated > 0 {
      sink.append(
        Diagnostic(path: entry.displayPath, message: "\(undated) message(s) without a time"))
    }
    sink.read(records: page.messages.count - undated)
    sink.describe(as: isGroup ? "group texts" : "texts")
  }

  /// `placed`, `received`, `missed`, `voicemail` or `recorded`, from the labels or else the
  /// file name (`… - Placed - …`); a page with neither is a placed call, as the samples show.
  private func callKind(_ labels: [String]) -> String {
    let kinds = ["placed", "received", "missed", "voicemail", "recorded"]
    if let label = labels.first(where: kinds.contains) { return label }
    let parts = entry.stem.components(separatedBy: " - ").map { $0.lowercased() }
    return parts.first(where: kinds.contains) ?? "placed"
  }

  /// The leading `+14045550102` of `+14045550102 - Placed - 2019-03-01T16_28_19Z.html`.
  private var fileNameNumber: String? {
    let first = entry.name.components(separatedBy: " - ").first ?? ""
    return PhoneNumber.normalize(first) != nil ? first : nil
  }

  /// The contact name leading `Ada Example - Text - 2023-05-02T09_00_00Z.html`, the same
  /// name as the page's title `Me to Ada Example`.
  private var fileNameName: String? {
    let parts = entry.name.components(separatedBy: " - ")
    guard parts.count >= 3, let first = parts.first?.trimmingWhitespace(), !first.isEmpty,
      first != "Group Conversation", PhoneNumber.normalize(first) == nil
    else { return nil }
    return first
  }

  /// The UTC time at the end of the file name, `2019-03-01T16_28_19Z`.
  private var fileNameTime: Int64? {
    let base = entry.name.components(separatedBy: " - ").last ?? ""
    return ISODate.seconds(String(base.prefix(20)).replacingOccurrences(of: "_", with: ":"))
  }
}
