import Foundation
import TiesCore

/// Turns a parsed chat into a thread, identities and interactions.
struct WhatsAppChatBuilder {
  let parser: WhatsAppChatParser
  let style: WhatsAppHeader.Style
  let entry: ExportEntry
  let options: ImportOptions

  /// Who is in the chat, as the parsed lines tell.
  struct Members {
    let senders: [String]
    /// The sender whose lines are the app's notices (the group's or contact's name).
    let notice: Int?
    /// Senders who wrote messages.
    let writers: Set<Int>
    /// The chat's name from the export file's name, when it carries one.
    let fileTitle: String?
    let isGroup: Bool
    /// The sender whose lines are the group's own name speaking for the app.
    var groupName: Int? { isGroup ? notice : nil }
  }

  /// Builds the chat. With `streamed`, the records were already handed to the sink as they
  /// were read; it returns false when the stream's predictions turn out wrong, and the
  /// caller must then build again from a copy of the sink taken before the file, holding
  /// every record.
  func build(into sink: inout FileSink, streamed: WhatsAppChatStream? = nil) -> Bool {
    let dates = readDates(streamed?.dates, into: &sink)
    let members = Self.members(of: parser, entry: entry)
    let identityOf = identities(members, into: &sink)
    let thread = thread(members, identityOf: identityOf, into: &sink)
    for sender in parser.ownerSenders where identityOf[Int(sender)] >= 0 {
      sink.owner(identityOf[Int(sender)])
    }
    let before: Int
    let maker: WhatsAppInteractionMaker
    if let streamed, let made = streamed.maker {
      guard made.thread == thread, made.groupName == members.groupName.map(Int32.init),
        made.identityOf == identityOf
      else { return false }
      (before, maker) = (streamed.firstInteraction, made)
    } else {
      before = sink.interactionCount
      var holding = WhatsAppInteractionMaker(
        dates: dates, zone: options.timeZone.map(ZoneOffsets.init), thread: thread,
        identityOf: identityOf, groupName: members.groupName.map(Int32.init))
      sink.reserve(interactions: parser.records.count)
      for record in parser.records { holding.add(record, into: &sink) }
      maker = holding
    }
    if let first = maker.firstImpossibleLine {
      let count = maker.impossibleDates
      sink.partial(
        "\(count) message(s) with impossible dates",
        Diagnostic(
          path: entry.displayPath, line: Int(first),
          message: "\(count) message(s) dated on days that do not exist in "
            + "\(dates.order.rawValue) order were left out"))
    }
    sink.read(records: parser.headerLines)
    var account = WhatsAppLineAccount()
    account.messages = sink.interactionCount - before
    account.groupNameLines = maker.groupNameLines
    account.unnamed = maker.unnamed
    account.impossibleDates = maker.impossibleDates
    report(account, isGroup: members.isGroup, into: &sink)
    return true
  }

  /// Decides the day/month order over the whole file, unless a stream settled it early,
  /// and says when it had to guess.
  private func readDates(_ settled: WhatsAppDates?, into sink: inout FileSink) -> WhatsAppDates {
    let dates =
      settled
      ?? WhatsAppDates(records: parser.records, style: style, override: options.dateOrder)
    sink.layout(style.layoutName(order: dates.order), for: .whatsapp)
    if dates.conflicting {
      sink.warn("dates are both day-first and month-first; read as \(dates.order.rawValue)")
    } else if !dates.decided {
      sink.warn(
        "day/month order cannot be told from the dates; read as "
          + "\(dates.order.rawValue) (set --date-order if that is wrong)")
    }
    return dates
  }

  /// Who is in the chat, from the records read so far.
  static func members(of parser: WhatsAppChatParser, entry: ExportEntry) -> Members {
    let senders = parser.senders
    let notice = parser.noticeSender.map(Int.init)
    let wrote = parser.messagesBySender
    let writers = Set(wrote.indices.filter { wrote[$0] > 0 })
    let fileTitle = title(fromFileName: entry.components)
    // A chat named after neither of its two writers is a group that only two wrote in.
    let namedAfterNeither =
      notice == nil && writers.count == 2
      && fileTitle.map { title in
        !writers.contains { names(title, senders[$0]) }
      } ?? false
    let isGroup =
      parser.sawGroupEvent || writers.count > 2 || namedAfterNeither
      || (notice.map { !writers.contains($0) } ?? false && writers.count >= 2)
    return Members(
      senders: senders, notice: notice, writers: writers, fileTitle: fileTitle, isGroup: isGroup)
  }

  /// Each sender's identity; -1 for the group's own name, which speaks for the app
  /// (`Boris added you`) and is no person.
  private func identities(_ members: Members, into sink: inout FileSink) -> [Int] {
    var identityOf = [Int](repeating: -1, count: members.senders.count)
    for (index, label) in members.senders.enumerated() where !label.isEmpty {
      if members.isGroup, index == members.notice { continue }
      identityOf[index] = sink.identity(
        Self.key(for: label, region: options.region), name: label)
    }
    return identityOf
  }

  private func thread(_ members: Members, identityOf: [Int], into sink: inout FileSink) -> Int32 {
    let (notice, fileTitle) = (members.notice, members.fileTitle)
    let title = notice.map { members.senders[$0] } ?? fileTitle ?? entry.name
    var participants = members.writers.sorted().map { identityOf[$0] }.filter { $0 >= 0 }
    var namedAfter: Int?
    if !members.isGroup {
      let titleKey = Self.key(for: title, region: options.region)
      namedAfter = sink.identityIndex(of: titleKey)
      if namedAfter == nil, members.writers.count < 2, !title.isEmpty,
        notice != nil || fileTitle != nil
      {
        // The other person never wrote: the chat's name is all we know of them.
        namedAfter = sink.identity(titleKey, name: title)
      }
      if let other = namedAfter, !participants.contains(other) { participants.append(other) }
    }
    return Int32(
      sink.thread(
        ChatThread(
          platform: .whatsapp, key: entry.displayPath, title: title, isGroup: members.isGroup,
          participants: participants, namedAfter: namedAfter,
          source: SourceRef(file: sink.file))))
  }

  /// The file's line counts, a warning when many lines may be misread, and its label.
  private func report(_ account: WhatsAppLineAccount, isGroup: Bool, into sink: inout FileSink) {
    let counts = account.counts(of: parser)
    sink.lineCounts(counts)
    if counts.suspectShareExceeded, let first = counts.firstSuspectLine {
      sink.warn(
        "\(counts.suspect) of \(counts.lines) lines may be misread (text before the "
          + "first message, dates in another header style, senders seen once); check them",
        line: first)
    }
    let era = style.bracketed ? "iOS" : "Android"
    sink.describe(as: isGroup ? "group chat (\(era))" : "chat (\(era))")
  }

  /// Whether a chat title names a sender: equal, or one contains the other once normalized
  /// (a renamed export file keeps the contact's name inside it).
  static func names(_ title: String, _ sender: String) -> Bool {
    let (a, b) = (NameNormalizer.normalize(title), NameNormalizer.normalize(sender))
    guard !a.isEmpty, !b.isEmpty else { return false }
    return a == b || a.contains(b) || b.contains(a)
  }

  /// Phone-number labels become phone identities, so that they meet the same number from
  /// other sources; every other label is a name as the exporter saved it.
  static func key(for label: String, region: PhoneRegion? = nil) -> IdentityKey {
    if let phone = PhoneNumber.normalize(label, region: region) {
      return IdentityKey(platform: .whatsapp, kind: .phone, value: phone)
    }
    return IdentityKey(platform: .whatsapp, kind: .name, value: label)
  }

  /// The chat's name from the file name the app gives the export, in the languages seen.
  static func title(fromFileName components: [String]) -> String? {
    guard var name = components.last else { return nil }
    if name == "_chat.txt", components.count >= 2 { name = components[components.count - 2] }
    name = name.replacingOccurrences(of: "\u{00A0}", with: " ")
    for suffix in [".txt", ".zip"] where name.hasSuffix(suffix) { name.removeLast(suffix.count) }
    for prefix in titlePrefixes where name.hasPrefix(prefix) {
      let title = String(name.dropFirst(prefix.count)).trimmingWhitespace()
      return title.isEmpty ? nil : title
    }
    return nil
  }

  private static let titlePrefixes = [
    "WhatsApp Chat with ", "WhatsApp Chat - ", "WhatsApp-Chat mit ", "Chat de WhatsApp con ",
    "Discussion WhatsApp avec ", "Chat WhatsApp con ", "WhatsApp-chat met ",
    "Чат WhatsApp с контактом ", "Chat WhatsApp s uživatelem ", "Conversa do WhatsApp com ",
  ]
}
