/// The attributes ties reads, and how: kept (decoded), counted (characters only: message
/// text never leaves the scanner) or skipped unseen (a 16 MB base64 `data` attribute).
enum SMSAttribute: UInt8 {
  case address, contactName, contentType, date, type, messageBox, messageType, duration, text
  case backupDate
  case other

  init(_ name: UnsafeBufferPointer<UInt8>) {
    // By length and first letter first: a backup has some twenty attributes per message.
    guard let first = name.first else {
      self = .other
      return
    }
    switch (name.count, first) {
    case (7, 0x61) where name.matches("address"): self = .address
    case (6, 0x6E) where name.matches("number"): self = .address
    case (12, 0x63) where name.matches("contact_name"): self = .contactName
    case (2, 0x63) where name.matches("ct"): self = .contentType
    case (4, 0x64) where name.matches("date"): self = .date
    case (4, 0x74) where name.matches("type"): self = .type
    case (4, 0x74) where name.matches("text"): self = .text
    case (4, 0x62) where name.matches("body"): self = .text
    case (7, 0x6D) where name.matches("msg_box"): self = .messageBox
    case (6, 0x6D) where name.matches("m_type"): self = .messageType
    case (8, 0x64) where name.matches("duration"): self = .duration
    case (11, 0x62) where name.matches("backup_date"): self = .backupDate
    default: self = .other
    }
  }

  /// The most bytes kept of a value; longer values are cut (a group address of hundreds of
  /// numbers is still whole).
  var keptLimit: Int {
    switch self {
    case .address: return 65_536
    case .contactName: return 4096
    case .text, .other: return 0
    default: return 64
    }
  }
}
