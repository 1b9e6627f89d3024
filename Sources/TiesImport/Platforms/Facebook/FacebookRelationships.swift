import TiesCore

/// Friends, requests, followers, following and blocks: lists of `{name, timestamp}` under a
/// key that changed with every generation (`friends`, `friends_v2`, ...).
enum FacebookRelationships {
  /// Each list key, without its `_v2`/`_v3` suffix, and the link it declares.
  static let lists: [String: (LinkKind, LinkDirection)] = [
    "friends": (.friend, .mutual),
    "deleted_friends": (.removed, .outgoing),
    "received_requests": (.requestReceived, .incoming),
    "sent_requests": (.requestSent, .outgoing),
    "rejected_requests": (.requestRejected, .incoming),
    "followers": (.follows, .incoming),
    "following": (.follows, .outgoing),
    "messenger_contacts_blocked": (.blocked, .outgoing),
  ]

  /// Whether a file's first bytes open one of the lists as a JSON key: `{"friends_v2": [`
  /// or `"friends":[`. One pass over the prefix: every JSON file of an export is asked, and
  /// searching it once per key and spelling cost more than reading a message page.
  static func opensWithList(_ entry: ExportEntry) -> Bool {
    let prefix = entry.prefix
    var index = 0
    while index + 2 < prefix.count {
      defer { index += 1 }
      // `":` then `[`, with or without one space between: the key is the quoted text before.
      guard prefix[index] == 0x22, prefix[index + 1] == 0x3A else { continue }
      let open = prefix[index + 2] == 0x20 ? index + 3 : index + 2
      guard open < prefix.count, prefix[open] == 0x5B else { continue }
      guard let quote = prefix[..<index].lastIndex(of: 0x22) else { continue }
      if isListKey(prefix[(quote + 1)..<index]) { return true }
    }
    return false
  }

  /// A list key with one of its version suffixes (`friends`, `friends_v2`, `friends_v3`).
  private static func isListKey(_ bytes: ArraySlice<UInt8>) -> Bool {
    var key = String(decoding: bytes, as: UTF8.self)
    if key.hasSuffix("_v2") || key.hasSuffix("_v3") { key.removeLast(3) }
    return lists[key] != nil
  }

  /// The list key of a document, with its version suffix, when it is one of ours.
  static func listKey(in document: JSONValue) -> (key: String, base: String)? {
    guard let members = document.object else { return nil }
    for key in members.keys.sorted() {
      let base = key.replacingOccurrences(of: "_v2", with: "").replacingOccurrences(
        of: "_v3", with: "")
      if lists[base] != nil, members[key]?.array != nil { return (key, base) }
    }
    return nil
  }

  static func read(
    _ document: JSONValue, into sink: inout FileSink
  ) {
    guard let (key, base) = listKey(in: document), let records = document[key]?.array,
      let (kind, direction) = lists[base]
    else {
      sink.fail("no relationship list in this file")
      return
    }
    var count = 0
    for (index, record) in records.enumerated() {
      let name = MetaText.repair(record["name"]?.string ?? record["title"]?.string ?? "")
      guard !NameNormalizer.isPlaceholder(name) else { continue }
      let identity = sink.identity(
        IdentityKey(platform: .facebook, kind: .name, value: name.trimmingWhitespace()), name: name)
      let time =
        record["timestamp"]?.int64
        ?? record["entries"]?.array?.first?["timestamp"]?.int64
      sink.link(
        Link(
          platform: .facebook, kind: kind, direction: direction, identity: identity, time: time,
          source: SourceRef(file: sink.file, position: Int32(index))))
      count += 1
    }
    sink.read(records: count)
    if count < records.count {
      sink.append(
        Diagnostic(
          path: sink.path,
          message: "\(records.count - count) record(s) without a usable name were skipped"))
    }
  }
}
