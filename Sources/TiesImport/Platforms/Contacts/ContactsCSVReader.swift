import TiesCore

/// Reads one contacts CSV: each row with a name and a number or address is a saved person.
struct ContactsCSVReader {
  let entry: ExportEntry
  let fileIndex: Int
  let options: ImportOptions

  func read(into sink: inout FileSink) {
    var mapping: ContactsColumns?
    let region = options.region
    CSVTable.read(
      entry, into: &sink,
      isHeader: { columns in
        mapping = ContactsColumns(header: columns.names)
        return mapping != nil
      },
      body: { record, _, sink in
        guard let columns = mapping else { return false }
        return Self.add(record, columns, region: region, fileIndex: fileIndex, into: &sink)
      })
  }

  /// Google writes several values of one field in one cell, separated by ` ::: `.
  private static func values(_ record: CSVRecord, _ indexes: [Int]) -> [String] {
    indexes.flatMap { record.string($0).components(separatedBy: ":::") }
      .map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
  }

  private static func name(_ record: CSVRecord, _ columns: ContactsColumns) -> String? {
    if let index = columns.fullName {
      let full = record.string(index).trimmingWhitespace()
      if !full.isEmpty { return full }
    }
    let parts = [columns.firstName, columns.middleName, columns.lastName].compactMap { $0 }
      .map { record.string($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    if !parts.isEmpty { return parts.joined(separator: " ") }
    let organization = columns.organization.map { record.string($0).trimmingWhitespace() }
    return organization?.isEmpty == false ? organization : nil
  }

  /// Adds one saved person; false when the row names nobody and no way to reach anyone.
  private static func add(
    _ record: CSVRecord, _ columns: ContactsColumns, region: PhoneRegion?, fileIndex: Int,
    into sink: inout FileSink
  ) -> Bool {
    let name = name(record, columns)
    var keys: [IdentityKey] = []
    for phone in values(record, columns.phones) {
      guard let number = PhoneNumber.normalize(phone, region: region) else { continue }
      keys.append(IdentityKey(platform: .contacts, kind: .phone, value: number))
    }
    for email in values(record, columns.emails) where email.contains("@") {
      keys.append(IdentityKey(platform: .contacts, kind: .email, value: email.lowercased()))
    }
    if keys.isEmpty, let name {
      keys = [IdentityKey(platform: .contacts, kind: .name, value: name)]
    }
    var seen = Set<IdentityKey>()
    let identities = keys.filter { seen.insert($0).inserted }.map { sink.identity($0, name: name) }
    guard let primary = identities.first else { return false }
    // One row is one person: every number and address of it names them.
    for other in identities.dropFirst() { sink.sameAs(SameAs(primary, other)) }
    let source = SourceRef(file: fileIndex, position: Int32(clamping: record.line))
    sink.link(
      Link(
        platform: .contacts, kind: .contact, direction: .outgoing, identity: primary, time: nil,
        source: source))
    return true
  }
}
