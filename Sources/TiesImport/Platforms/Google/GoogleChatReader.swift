import TiesCore

/// Google Chat in a Takeout (formats/others.md §6.2): `Groups/<DM or Space id>/messages.json`
/// with the messages, `group_info.json` beside it with the members, and
/// `Users/User <id>/user_info.json` naming the owner. People are keyed by e-mail address;
/// each file is read on its own and the merge joins a conversation's files by their folder.
struct GoogleChatReader {
  let entry: ExportEntry
  let fileIndex: Int
  let role: String

  func read(into graph: inout InteractionGraph) {
    guard let document = JSONFile.load(entry, fileIndex: fileIndex, into: &graph) else { return }
    switch role {
    case "chat user":
      guard let user = document["user"], let owner = person(user, into: &graph) else {
        return fail("no user in the file", into: &graph)
      }
      graph.ownerIdentities.insert(owner)
      if let name = user["name"]?.string, !name.isEmpty { graph.ownerNames.insert(name) }
      graph.files[fileIndex].records = 1
    case "chat members":
      let members = (document["members"]?.array ?? []).compactMap { person($0, into: &graph) }
      let name = document["name"]?.string ?? ""
      _ = thread(
        title: name, isGroup: isSpace || members.count > 2 || !name.isEmpty, members: members,
        into: &graph)
      graph.files[fileIndex].records = members.count
    default:
      readMessages(document, into: &graph)
    }
  }

  /// A Space folder holds a group; a DM folder two people (folder names are not localized).
  private var isSpace: Bool { entry.folders.last?.hasPrefix("Space") ?? false }

  private func fail(_ reason: String, into graph: inout InteractionGraph) {
    graph.fail(fileIndex, path: entry.displayPath, offset: nil, reason: reason)
  }

  private func person(_ value: JSONValue, into graph: inout InteractionGraph) -> Int? {
    let name = value["name"]?.string.flatMap { $0.isEmpty ? nil : $0 }
    if let email = value["email"]?.string?.lowercased(), email.contains("@") {
      return graph.identity(IdentityKey(platform: .google, kind: .email, value: email), name: name)
    }
    guard let name else { return nil }
    return graph.identity(IdentityKey(platform: .google, kind: .name, value: name), name: name)
  }

  private func thread(
    title: String, isGroup: Bool, members: [Int], into graph: inout InteractionGraph
  ) -> Int32 {
    let key = "chat:" + entry.components.dropLast().suffix(2).joined(separator: "/")
    return Int32(
      graph.thread(
        ChatThread(
          platform: .google, key: key, title: title.isEmpty ? (entry.folders.last ?? "") : title,
          isGroup: isGroup, participants: members, source: SourceRef(file: fileIndex))))
  }

  private func readMessages(_ document: JSONValue, into graph: inout InteractionGraph) {
    let messages = document["messages"]?.array ?? []
    var senders: [Int?] = []
    for message in messages {
      senders.append(message["creator"].flatMap { person($0, into: &graph) })
    }
    let writers = Set(senders.compactMap { $0 })
    let thread = thread(
      title: "", isGroup: isSpace || writers.count > 2, members: writers.sorted(), into: &graph)
    var deleted = 0
    var undated = 0
    for (position, (message, sender)) in zip(messages, senders).enumerated() {
      guard let sender else {
        deleted += 1  // a deleted message keeps no creator and no date
        continue
      }
      guard let text = message["created_date"]?.string, let time = GoogleChatDate.seconds(text)
      else {
        undated += 1
        continue
      }
      graph.interactions.append(
        Interaction(
          time: time, thread: thread, sender: Int32(sender), kind: .message,
          length: Int32(clamping: message["text"]?.string?.count ?? 0),
          position: Int32(position)))
    }
    graph.files[fileIndex].records = messages.count - deleted - undated
    if undated > 0 {
      graph.diagnostics.append(
        Diagnostic(
          path: entry.displayPath,
          message: "\(undated) message(s) dated in a language ties does not read were left out"))
      graph.files[fileIndex].status = .partial
      graph.files[fileIndex].reason = "dates in another language"
    }
  }
}

/// Google Chat's English dates: `Tuesday, March 7, 2023 at 3:04:05 PM UTC`, also 24-hour
/// (`at 17:13:43 UTC`) and with U+202F before the meridiem.
enum GoogleChatDate {
  static func seconds(_ text: String) -> Int64? {
    let words = text.replacingOccurrences(of: "\u{202F}", with: " ")
      .replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
    guard let monthIndex = words.firstIndex(where: { months[$0.lowercased()] != nil }),
      let month = months[words[monthIndex].lowercased()], monthIndex + 4 < words.count,
      let day = Int(words[monthIndex + 1]), let year = Int(words[monthIndex + 2]),
      words[monthIndex + 3] == "at", CivilTime.isValid(year: year, month: month, day: day)
    else { return nil }
    let clock = words[monthIndex + 4].split(separator: ":").compactMap { Int($0) }
    guard clock.count == 3, clock[1] < 60, clock[2] < 61 else { return nil }
    var hour = clock[0]
    let meridiem = monthIndex + 5 < words.count ? words[monthIndex + 5].uppercased() : ""
    if meridiem == "AM" || meridiem == "PM" {
      guard (1...12).contains(hour) else { return nil }
      hour = hour % 12 + (meridiem == "PM" ? 12 : 0)
    }
    guard hour < 24 else { return nil }
    return CivilTime.seconds(
      year: year, month: month, day: day, hour: hour, minute: clock[1], second: clock[2])
  }

  private static let months: [String: Int] = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
  ]
}
