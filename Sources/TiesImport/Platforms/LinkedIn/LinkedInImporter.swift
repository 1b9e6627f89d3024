import TiesCore

/// LinkedIn's data export (formats/others.md §2): connections, messages, invitations and the
/// profile, in all three eras of its CSV files.
public struct LinkedInImporter: PlatformImporter {
  public let platform = Platform.linkedin

  public init() {}

  public enum Role: FileRole {
    case connections
    case messages
    case invitations
    case profile

    public var label: String {
      switch self {
      case .connections: "connections"
      case .messages: "messages"
      case .invitations: "invitations"
      case .profile: "profile"
      }
    }
  }

  public func recognize(_ entry: ExportEntry, in context: ExportContext) -> Recognition? {
    guard entry.fileExtension == "csv" else { return nil }
    let name = entry.name.lowercased()
    let text = entry.prefixText.uppercased()
    switch name {
    case "connections.csv" where text.contains("FIRST NAME") && text.contains("CONNECTED ON"):
      let layout =
        text.contains(",URL,")
        ? LinkedInLayout.era2023
        : text.hasPrefix("NOTES:") ? LinkedInLayout.era2021 : LinkedInLayout.era2018
      return Recognition(
        platform: .linkedin, role: Role.connections, confidence: 95, layout: layout)
    case "messages.csv" where text.contains("CONVERSATION ID") && text.contains("CONTENT"):
      let layout =
        text.contains("RECIPIENT PROFILE URLS") ? LinkedInLayout.era2023 : LinkedInLayout.era2021
      return Recognition(
        platform: .linkedin, role: Role.messages, confidence: 95, layout: layout)
    case "messages.csv" where text.hasPrefix("FROM,TO,DATE,SUBJECT,CONTENT,DIRECTION"):
      return Recognition(
        platform: .linkedin, role: Role.messages, confidence: 95,
        layout: LinkedInLayout.era2018)
    case "invitations.csv" where text.contains("SENT AT") && text.contains("DIRECTION"):
      return Recognition(platform: .linkedin, role: Role.invitations, confidence: 95)
    case "profile.csv" where text.contains("FIRST NAME") && text.contains("HEADLINE"):
      return Recognition(platform: .linkedin, role: Role.profile, confidence: 90)
    default:
      return nil
    }
  }

  public func read(
    _ entry: ExportEntry, as role: Role, options: ImportOptions, into sink: inout FileSink
  ) {
    let dates = LinkedInDates(zone: options.timeZone.map(ZoneOffsets.init))
    switch role {
    case .connections:
      LinkedInTables.readConnections(entry, dates: dates, into: &sink)
    case .invitations:
      LinkedInTables.readInvitations(entry, dates: dates, into: &sink)
    case .profile:
      LinkedInTables.readProfile(entry, into: &sink)
    case .messages:
      LinkedInMessages(entry: entry, fileIndex: sink.file, dates: dates).read(into: &sink)
    }
  }

  public func finalize(_ graph: inout InteractionGraph, options: ImportOptions) {
    LinkedInMessages.finalize(&graph)
  }
}
