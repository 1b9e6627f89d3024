import TiesCore

/// The owner (`account.js`, `manifest.js`, Grailbird's `user_details.js`) and the lists of
/// accounts (`follower.js`, `following.js`, `block.js`, `mute.js`), which carry ids only.
enum XAccounts {
  /// The identity of an account id, and of its handle when known, tied together; `seen`
  /// keeps each pair once.
  static func person(
    id: String?, handle: String?, name: String?, into sink: inout FileSink,
    seen: inout Set<SameAs>
  ) -> Int? {
    let name = name?.trimmingWhitespace()
    let named = name?.isEmpty == false ? name : nil
    let handleKey = handle.map { $0.trimmingWhitespace().lowercased() }.flatMap {
      $0.isEmpty ? nil : $0
    }
    var handleIdentity: Int?
    if let handleKey {
      handleIdentity = sink.identity(
        IdentityKey(platform: .x, kind: .handle, value: handleKey), name: named)
    }
    guard let id, !id.isEmpty else { return handleIdentity }
    let idIdentity = sink.identity(
      IdentityKey(platform: .x, kind: .accountID, value: id), name: named)
    if let handleIdentity, seen.insert(SameAs(idIdentity, handleIdentity)).inserted {
      sink.sameAs(SameAs(idIdentity, handleIdentity))
    }
    return idIdentity
  }

  static func readOwner(_ entry: ExportEntry, into sink: inout FileSink) {
    guard let document = XArchiveFile.document(entry, into: &sink)
    else {
      return
    }
    // account.js: [{"account": {…}}]; manifest.js: {"userInfo": {…}}; user_details.js: {…}.
    let record =
      document.array?.first?["account"] ?? document["userInfo"] ?? document
    let idValue = record["accountId"] ?? record["id_str"] ?? record["id"]
    let id = idValue?.string ?? idValue?.int64.map(String.init)
    let handle = (record["username"] ?? record["userName"] ?? record["screen_name"])?.string
    let name = (record["accountDisplayName"] ?? record["displayName"] ?? record["full_name"])?
      .string
    var seen: Set<SameAs> = []
    guard let owner = person(id: id, handle: handle, name: name, into: &sink, seen: &seen)
    else {
      sink.fail("no account id or username")
      return
    }
    sink.ownerWithAliases(owner)
    if let name, !name.isEmpty { sink.owner(name: name) }
    // manifest.js says when the archive was made: the end of what it covers.
    if let made = document["archiveInfo"]?["generationDate"]?.string.flatMap(ISODate.seconds) {
      sink.declaredEnd(made, for: .x)
    }
    sink.read(records: 1)
  }

  /// Followers, following, blocked and muted accounts: `accountId` and a `userLink` that
  /// names the handle only when the id is missing.
  static func readList(_ entry: ExportEntry, role: XImporter.Role, into sink: inout FileSink) {
    let fileIndex = sink.file
    let (kind, direction): (LinkKind, LinkDirection) =
      switch role {
      case .followers: (.follows, .incoming)
      case .following: (.follows, .outgoing)
      case .blocked: (.blocked, .outgoing)
      default: (.restricted, .outgoing)
      }
    var count = 0
    var skipped = 0
    var seen: Set<SameAs> = []
    XArchiveFile.scan(entry, into: &sink) { scanner, sink, release in
      scanner.forEachElement { scanner in
        defer { release(scanner.position) }
        var id: String?
        var link: String?
        scanner.forEachMember { scanner, _ in
          // {"follower": {…}}, {"following": {…}}, {"blocking": {…}}, {"muting": {…}}
          scanner.forEachMember { scanner, key in
            if JSONScanner.key(key, is: "accountId") {
              id = XArchiveFile.id(&scanner)
            } else if JSONScanner.key(key, is: "userLink") {
              link = scanner.string()
            } else {
              scanner.skipValue()
            }
          }
        }
        guard !scanner.failed else { return }  // cut off by the file's end
        let handle = link.flatMap(handleOfLink)
        guard let identity = person(id: id, handle: handle, name: nil, into: &sink, seen: &seen)
        else {
          skipped += 1
          return
        }
        sink.link(
          Link(
            platform: .x, kind: kind, direction: direction, identity: identity, time: nil,
            source: SourceRef(file: fileIndex, position: Int32(clamping: count + skipped))))
        count += 1
        sink.read(records: count)
      }
    }
    if skipped > 0 {
      sink.append(
        Diagnostic(
          path: entry.displayPath,
          message: "\(skipped) record(s) without an account id were skipped"))
    }
  }

  /// `https://twitter.com/handle` → `handle`; the `intent/user?user_id=` form names none.
  static func handleOfLink(_ link: String) -> String? {
    guard !link.contains("intent/user"), let slash = link.lastIndex(of: "/") else { return nil }
    let handle = link[link.index(after: slash)...].prefix { $0 != "?" }
    return handle.isEmpty ? nil : String(handle)
  }
}
