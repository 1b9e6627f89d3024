import TiesCore

/// `Connections.csv`, `Invitations.csv` and `Profile.csv`: declared links and the owner.
enum LinkedInTables {
  /// Connections are mutual by design. The header is found by content: since 2021 a
  /// `Notes:` preamble sits above it.
  static func readConnections(
    _ entry: ExportEntry, dates: LinkedInDates, into sink: inout FileSink
  ) {
    let fileIndex = sink.file
    CSVTable.read(
      entry, into: &sink,
      isHeader: { $0.has("First Name", "Last Name", "Connected On") }
    ) { record, columns, sink in
      let first = columns.index("First Name").map(record.string) ?? ""
      let last = columns.index("Last Name").map(record.string) ?? ""
      let url = columns.index("URL").map(record.string)
      let name = "\(first.trimmingWhitespace()) \(last.trimmingWhitespace())".trimmingWhitespace()
      let time = columns.index("Connected On").flatMap { dates.seconds(record.raw($0)) }
      // Hidden or closed profiles come as rows with only a date: still a connection.
      let identity =
        LinkedInPeople.identity(url: url, name: name, in: &sink)
        ?? sink.identity(
          IdentityKey(
            platform: .linkedin, kind: .name, value: "hidden profile, line \(record.line)"),
          placeholder: true)
      sink.link(
        Link(
          platform: .linkedin, kind: .connection, direction: .mutual, identity: identity,
          time: time, source: SourceRef(file: fileIndex, position: Int32(clamping: record.line))))
      return true
    }
  }

  /// Invitations sent and received, usually only recent or pending ones.
  static func readInvitations(
    _ entry: ExportEntry, dates: LinkedInDates, into sink: inout FileSink
  ) {
    let fileIndex = sink.file
    CSVTable.read(
      entry, into: &sink,
      isHeader: { $0.has("From", "To", "Direction") }
    ) { record, columns, sink in
      let direction = columns.index("Direction").map(record.string)?.uppercased() ?? ""
      let outgoing = direction.hasPrefix("OUTGOING")
      guard outgoing || direction.hasPrefix("INCOMING") else { return false }
      let nameColumn = outgoing ? "To" : "From"
      let urlColumn = outgoing ? "inviteeProfileUrl" : "inviterProfileUrl"
      let name = columns.index(nameColumn).map(record.string) ?? ""
      let url = columns.index(urlColumn).map(record.string)
      guard let identity = LinkedInPeople.identity(url: url, name: name, in: &sink) else {
        return false
      }
      let time = columns.index("Sent At").flatMap { dates.seconds(record.raw($0)) }
      sink.link(
        Link(
          platform: .linkedin, kind: outgoing ? .requestSent : .requestReceived,
          direction: outgoing ? .outgoing : .incoming, identity: identity, time: time,
          source: SourceRef(file: fileIndex, position: Int32(clamping: record.line))))
      return true
    }
  }

  /// The owner's name, for owner recognition in messages (which name nobody as "me").
  static func readProfile(_ entry: ExportEntry, into sink: inout FileSink) {
    CSVTable.read(
      entry, into: &sink,
      isHeader: { $0.has("First Name", "Last Name") }
    ) { record, columns, sink in
      let first = columns.index("First Name").map(record.string) ?? ""
      let last = columns.index("Last Name").map(record.string) ?? ""
      let name = "\(first.trimmingWhitespace()) \(last.trimmingWhitespace())".trimmingWhitespace()
      guard !name.isEmpty else { return false }
      sink.owner(name: name)
      return true
    }
  }
}
