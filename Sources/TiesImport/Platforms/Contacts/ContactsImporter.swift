import Foundation
import TiesCore

/// Contact archives in CSV: what contacts.google.com exports (its "Google CSV" and "Outlook
/// CSV" flavours), Outlook's own export with headers in the user's language, and any CSV
/// whose header names a person and their phone numbers or e-mail addresses. Every saved
/// person is a `contact` link; numbers and addresses are identity keys, so a contact meets
/// the same person in messages and calls, and a contact with no other evidence stays one.
public struct ContactsImporter: PlatformImporter {
  public let platform = Platform.contacts

  public init() {}

  public enum Role: FileRole {
    case contacts

    public var label: String { "contacts" }
  }

  public func recognize(_ entry: ExportEntry, in context: ExportContext) -> Recognition? {
    guard entry.fileExtension == "csv",
      let columns = ContactsColumns(header: Self.header(of: entry.prefix))
    else { return nil }
    let layout = columns.layout
    // Other platforms' CSVs with names and e-mails (LinkedIn's connections) claim theirs
    // with more confidence; a table known only by its header comes last.
    let confidence = layout.hasPrefix("contacts CSV") ? 30 : 70
    return Recognition(
      platform: .contacts, role: Role.contacts, confidence: confidence, layout: layout)
  }

  public func read(
    _ entry: ExportEntry, as role: Role, options: ImportOptions, into sink: inout FileSink
  ) {
    switch role {
    case .contacts:
      ContactsCSVReader(entry: entry, fileIndex: sink.file, options: options).read(into: &sink)
    }
  }

  /// The first line's fields, quotes undone and a byte-order mark dropped.
  static func header(of prefix: [UInt8]) -> [String] {
    let line = prefix.prefix { $0 != 0x0A && $0 != 0x0D }
    var text = String(decoding: line, as: UTF8.self)
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    var fields: [String] = []
    var field = ""
    var quoted = false
    for character in text {
      switch character {
      case "\"": quoted.toggle()
      case "," where !quoted:
        fields.append(field)
        field = ""
      default: field.append(character)
      }
    }
    fields.append(field)
    return fields
  }
}
