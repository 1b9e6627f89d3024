import Foundation
import TiesCore

/// Messenger's end-to-end-encrypted download: flat `<Name>_<N>.json` files with camelCase
/// keys and millisecond times (formats/meta.md §4).
public struct MessengerImporter: PlatformImporter {
  public let platform = Platform.messenger
  static let layout = "end-to-end-encrypted download (camelCase JSON)"

  public init() {}

  public enum Role: FileRole {
    /// One thread's file.
    case messages

    public var label: String { "messages" }
  }

  public func recognize(_ entry: ExportEntry, in context: ExportContext) -> Recognition? {
    guard entry.fileExtension == "json" else { return nil }
    guard entry.prefixContains("\"participants\""),
      entry.prefixContains("\"threadName\"") || entry.prefixContains("\"senderName\"")
    else { return nil }
    return Recognition(
      platform: .messenger, role: Role.messages, confidence: 90, layout: Self.layout)
  }

  public func read(
    _ entry: ExportEntry, as role: Role, options: ImportOptions, into sink: inout FileSink
  ) {
    switch role {
    case .messages: readThread(entry, into: &sink)
    }
  }

  private func readThread(_ entry: ExportEntry, into sink: inout FileSink) {
    guard let document = JSONFile.load(entry, into: &sink) else {
      return
    }
    guard let messages = document["messages"]?.array else {
      return sink.fail("no messages array in this thread file")
    }
    // The encoding of this download is not documented; the guarded repair leaves correct
    // text alone (formats/meta.md §4).
    let names = (document["participants"]?.array ?? []).compactMap {
      ($0.string ?? $0["name"]?.string).map(MetaText.repair)
    }
    let people = ThreadPeople(platform: .facebook, folder: entry.name)
    let participants = names.map { people.identity($0, in: &sink) }
    let title = MetaText.repair(document["threadName"]?.string ?? "")
    let isGroup = Set(participants).count > 2
    let thread = sink.thread(
      ChatThread(
        platform: .messenger, key: MetaThreadKey.key(names), title: title, isGroup: isGroup,
        participants: participants, source: SourceRef(file: sink.file)))
    var count = 0
    for (index, message) in messages.enumerated() {
      guard let name = message["senderName"]?.string, let milliseconds = message["timestamp"]?.int64
      else { continue }
      let sender = people.identity(MetaText.repair(name), in: &sink)
      let time = milliseconds / 1000
      let text = message["text"]?.string.map(MetaText.repair)
      let unsent = message["isUnsent"]?.bool ?? false
      sink.append(
        Interaction(
          time: time, thread: Int32(thread), sender: Int32(sender), kind: .message,
          length: unsent ? 0 : Int32(clamping: text?.unicodeScalars.count ?? 0),
          position: Int32(index)))
      for reaction in message["reactions"]?.array ?? [] {
        guard let actor = reaction["actor"]?.string else { continue }
        let who = people.identity(MetaText.repair(actor), in: &sink)
        sink.append(
          Interaction(
            time: time, thread: Int32(thread), sender: Int32(who), kind: .reaction, length: 0,
            position: Int32(index)))
      }
      count += 1
    }
    sink.read(records: count)
  }

  public func finalize(_ graph: inout InteractionGraph, options: ImportOptions) {
    // With a Facebook export in the run, its finalizer already did this for both.
    guard !graph.files.contains(where: { $0.platform == .facebook }) else { return }
    OwnerInference.markByName(&graph, platforms: [.facebook])
    OwnerInference.participantOfEveryThread(
      &graph, platforms: [.facebook, .messenger], label: "Messenger")
    // One one-to-one thread per pair holds within a download, not across the two downloads.
    MetaNameSplitter.split(&graph, platforms: [.facebook])
    MetaNameSplitter.split(&graph, platforms: [.messenger])
  }
}
