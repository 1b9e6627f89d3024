import Foundation
import TiesCore

/// One channel's `messages.csv` (before 2024) or `messages.json` (after): the owner's own
/// messages only, with the channel's kind and members from the `channel.json` beside it.
struct DiscordMessages {
  let entry: ExportEntry
  let fileIndex: Int

  func read(into sink: inout FileSink) {
    let folder = URL(fileURLWithPath: entry.path).deletingLastPathComponent()
    let (thread, owner) = Self.channelThread(
      entry, channel: DiscordPackage.channel(inFolder: folder), warn: true, fileIndex: fileIndex,
      into: &sink)
    var undated = 0
    func add(_ sink: inout FileSink, time: Int64?, length: Int, position: Int) {
      guard let time else {
        undated += 1
        return
      }
      sink.append(
        Interaction(
          time: time, thread: Int32(thread), sender: Int32(owner), kind: .message,
          length: Int32(clamping: length), position: Int32(clamping: position)))
    }
    if entry.fileExtension == "csv" {
      readCSV(into: &sink, add)
    } else {
      readJSON(into: &sink, add)
    }
    sink.read(records: sink.interactionCount)
    if undated > 0 {
      sink.append(
        Diagnostic(
          path: entry.displayPath,
          message: "\(undated) message(s) without a readable Timestamp were skipped"))
    }
  }

  /// The rows of `messages.csv`.
  private func readCSV(
    into sink: inout FileSink,
    _ add: (inout FileSink, Int64?, Int, Int) -> Void
  ) {
    CSVTable.read(
      entry, into: &sink, isHeader: { $0.has("ID", "Timestamp") }
    ) { record, columns, sink in
      let time = columns.index("Timestamp").flatMap { ISODate.seconds(record.string($0)) }
      add(&sink, time, columns.index("Contents").map(record.characterCount) ?? 0, record.line)
      return true
    }
  }

  /// The objects of `messages.json`, streamed; a broken file keeps what came before the break.
  private func readJSON(
    into sink: inout FileSink,
    _ add: (inout FileSink, Int64?, Int, Int) -> Void
  ) {
    guard let data = JSONFile.bytes(entry, into: &sink) else { return }
    var index = 0
    let failure = data.withUnsafeBytes { raw -> (offset: Int, reason: String)? in
      var scanner = JSONScanner(raw.bindMemory(to: UInt8.self))
      scanner.forEachElement { scanner in
        var time: Int64?
        var length = 0
        scanner.forEachMember { scanner, key in
          if JSONScanner.key(key, is: "Timestamp") {
            time = scanner.string().flatMap(ISODate.seconds)
          } else if JSONScanner.key(key, is: "Contents") {
            length = scanner.string()?.unicodeScalars.count ?? 0
          } else {
            scanner.skipValue()
          }
        }
        if !scanner.failed { add(&sink, time, length, index) }
        index += 1
      }
      sink.append(diagnostics: scanner.toleratedDiagnostics(path: entry.displayPath))
      return scanner.failure
    }
    if let failure {
      sink.brokeOff(
        keptRecords: sink.interactionCount > 0,
        "not valid JSON at byte \(failure.offset) (\(failure.reason))",
        Diagnostic(
          path: entry.displayPath, offset: failure.offset,
          message: "not valid JSON (\(failure.reason)); read up to there"))
    }
  }

  /// The thread of the channel a file sits in, from the `channel.json` beside it and the
  /// package's owner; `channel.json` itself is read this way too, so that a channel with no
  /// messages still tells who shares it.
  static func channelThread(
    _ entry: ExportEntry, channel: DiscordPackage.Channel?, warn: Bool, fileIndex: Int,
    into sink: inout FileSink
  ) -> (thread: Int, owner: Int) {
    let folder = URL(fileURLWithPath: entry.path).deletingLastPathComponent()
    // The folder is the channel id, with a "c" prefix since mid-2021.
    var folderID = folder.lastPathComponent
    if folderID.hasPrefix("c") { folderID.removeFirst() }
    let key = channel?.id ?? folderID
    let owner: Int
    if let id = DiscordPackage.ownerID(forChannelFolder: folder) {
      owner = sink.identity(IdentityKey(platform: .discord, kind: .accountID, value: id))
    } else {
      owner = sink.identity(
        IdentityKey(platform: .discord, kind: .name, value: "package owner"), placeholder: true)
      // Inside a zip the package's user.json is read as its own entry, not looked up here.
      if warn, entry.archive == nil {
        sink.append(
          Diagnostic(
            path: entry.displayPath,
            message: "no user.json in the package: its messages are taken to be the owner's"))
      }
    }
    sink.owner(owner)
    if channel == nil, warn, entry.archive == nil {
      sink.append(
        Diagnostic(
          path: entry.displayPath,
          message: "no channel.json beside it: read as a channel of unknown kind"))
    }
    let kind = channel?.kind ?? .unknown
    var participants = [owner]
    for id in channel?.recipients ?? [] {
      let member = sink.identity(IdentityKey(platform: .discord, kind: .accountID, value: id))
      if !participants.contains(member) { participants.append(member) }
    }
    // A DM names two recipients, a group more; servers name none: not one-to-one contact.
    // Without channel.json (or inside a zip, where it is read on its own) nothing is
    // claimed: the channel.json of the same channel decides when it is read.
    let isGroup =
      kind == .group || kind == .server || (kind == .unknown && participants.count > 2)
    let thread = sink.thread(
      ChatThread(
        platform: .discord, key: key, title: channel?.name ?? "", isGroup: isGroup,
        participants: participants, onlyOwnerMessages: true,
        source: SourceRef(file: fileIndex)))
    return (thread, owner)
  }
}
