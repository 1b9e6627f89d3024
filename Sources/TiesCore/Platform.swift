/// A source of exported social data that ties can read.
public enum Platform: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
  case facebook
  case instagram
  case messenger
  case x
  case linkedin
  case whatsapp
  case telegram
  case discord
  case google
  case sms
  /// Contact archives in CSV (Google, Outlook, any address-book table).
  case contacts
  case generic

  public static func < (lhs: Platform, rhs: Platform) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The name people know the platform by, for reports.
  public var displayName: String {
    switch self {
    case .facebook: return "Facebook"
    case .instagram: return "Instagram"
    case .messenger: return "Messenger"
    case .x: return "X"
    case .linkedin: return "LinkedIn"
    case .whatsapp: return "WhatsApp"
    case .telegram: return "Telegram"
    case .discord: return "Discord"
    case .google: return "Google"
    case .sms: return "SMS"
    case .contacts: return "Contacts"
    case .generic: return "Generic CSV"
    }
  }
}
