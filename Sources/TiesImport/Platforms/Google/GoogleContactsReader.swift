import TiesCore

/// A contacts file (`Contacts/<group>/<group>.vcf`): every saved person becomes a `contact`
/// link, starred ones a `close-friend` link too, keyed by their phone numbers and e-mail
/// addresses so that they meet the same person in messages and calls.
struct GoogleContactsReader {
  let entry: ExportEntry
  let fileIndex: Int
  let options: ImportOptions

  func read(into sink: inout FileSink) {
    var reader = VCardReader()
    var lines = ByteLineReader(entry: entry)
    do {
      try lines.forEachLine { line, number in reader.consume(line, number: number) }
    } catch {
      sink.partial("\(error)", Diagnostic(.error, path: entry.displayPath, message: "\(error)"))
    }
    reader.finish()
    // National numbers stay national unless --region says: HomeRegion places them.
    let region = options.region
    // One file per group: a starred contact is in "Starred in Android" (or the German
    // "Markiert in Android"), whatever its categories say.
    let starredGroup = entry.folders.contains { $0.lowercased().hasPrefix("starred") }
    for card in reader.cards {
      let name = card.name
      var keys: [IdentityKey] = []
      for phone in card.phones {
        guard let number = PhoneNumber.normalize(phone, region: region) else { continue }
        keys.append(IdentityKey(platform: .google, kind: .phone, value: number))
      }
      keys += card.emails.map { IdentityKey(platform: .google, kind: .email, value: $0) }
      if keys.isEmpty, let name {
        keys = [IdentityKey(platform: .google, kind: .name, value: name)]
      }
      var seen = Set<IdentityKey>()
      let identities = keys.filter { seen.insert($0).inserted }.map {
        sink.identity($0, name: name)
      }
      guard let primary = identities.first else { continue }
      for other in identities.dropFirst() { sink.sameAs(SameAs(primary, other)) }
      let source = SourceRef(file: fileIndex, position: Int32(clamping: card.line))
      sink.link(
        Link(
          platform: .google, kind: .contact, direction: .outgoing, identity: primary, time: nil,
          source: source))
      if card.isStarred || starredGroup {
        sink.link(
          Link(
            platform: .google, kind: .closeFriend, direction: .outgoing, identity: primary,
            time: nil, source: source))
      }
    }
    sink.read(records: reader.cards.count)
    if reader.unterminated > 0 {
      sink.partial(
        "cards without END:VCARD",
        Diagnostic(
          path: entry.displayPath,
          message: "\(reader.unterminated) card(s) without END:VCARD were left out"))
    }
  }
}
