import Foundation

/// vCard 2.1 and 3.0 as Google Contacts, phones and Voice write them (formats/others.md
/// §6.1): folded lines, quoted-printable values with soft line breaks, `itemN.` groups,
/// escaped `\,` `\;` `\n`. Streams line by line; keeps only what names and reaches a person.
struct VCardReader {
  struct Card {
    var formattedName: String?
    /// `N`: family; given; middle; prefix; suffix.
    var structuredName: [String] = []
    var organization: String?
    var phones: [String] = []
    var emails: [String] = []
    var categories: [String] = []
    /// The line the card begins on.
    var line = 0

    /// The name to show: `FN`, else `N` in reading order, else the organization.
    var name: String? {
      if let formattedName, !formattedName.isEmpty { return formattedName }
      let parts =
        structuredName.count >= 2
        ? [structuredName[1], structuredName.count > 2 ? structuredName[2] : "", structuredName[0]]
        : structuredName
      let joined = parts.filter { !$0.isEmpty }.joined(separator: " ")
      if !joined.isEmpty { return joined }
      return organization.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Google's `CATEGORIES:myContacts,starred`; Android's favorites.
    var isStarred: Bool {
      categories.contains { ["starred", "favorites", "favourites"].contains($0.lowercased()) }
    }
  }

  private(set) var cards: [Card] = []
  private(set) var unterminated = 0
  private var current: Card?
  private var pending: [UInt8] = []
  private var pendingLine = 0
  /// The pending line is a quoted-printable value ending in `=`: the next line continues it.
  private var softBreak = false

  /// A property folded over more lines than this is cut: no contact field is that long, and
  /// a hostile file of endless continuation lines must not gather in memory.
  static let maximumProperty = 1 << 20

  mutating func consume(_ line: UnsafeBufferPointer<UInt8>, number: Int) {
    var bytes = Array(line)
    if bytes.last == 0x0D { bytes.removeLast() }
    if softBreak {
      pending.removeLast()  // the `=`
      if pending.count + bytes.count <= Self.maximumProperty { pending.append(contentsOf: bytes) }
      softBreak = Self.endsSoftBreak(pending)
      return
    }
    if let first = bytes.first, first == 0x20 || first == 0x09, !pending.isEmpty {
      if pending.count + bytes.count <= Self.maximumProperty {
        pending.append(contentsOf: bytes.dropFirst())
      }
      softBreak = Self.endsSoftBreak(pending)
      return
    }
    flush()
    pending = bytes
    pendingLine = number
    softBreak = Self.endsSoftBreak(pending)
  }

  mutating func finish() {
    flush()
    if current != nil { unterminated += 1 }
    current = nil
  }

  private static func endsSoftBreak(_ line: [UInt8]) -> Bool {
    guard line.last == 0x3D, let colon = line.firstIndex(of: 0x3A) else { return false }
    return String(decoding: line[..<colon], as: UTF8.self).uppercased().contains("QUOTED-PRINTABLE")
  }

  private mutating func flush() {
    guard !pending.isEmpty else { return }
    defer { pending.removeAll() }
    guard let colon = pending.firstIndex(of: 0x3A) else { return }
    let head = String(decoding: pending[..<colon], as: UTF8.self)
    var raw = Array(pending[(colon + 1)...])
    var parameters = head.split(separator: ";").map(String.init)
    guard var property = parameters.first?.uppercased() else { return }
    parameters.removeFirst()
    // `item1.EMAIL` → `EMAIL`: the group only ties a custom label to the property.
    if let dot = property.lastIndex(of: ".") {
      property = String(property[property.index(after: dot)...])
    }
    let upper = parameters.map { $0.uppercased() }
    if upper.contains(where: { $0 == "ENCODING=QUOTED-PRINTABLE" || $0 == "QUOTED-PRINTABLE" }) {
      raw = Self.decodeQuotedPrintable(raw)
    }
    let value = String(decoding: raw, as: UTF8.self)
    switch property {
    case "BEGIN" where value.uppercased() == "VCARD":
      if current != nil { unterminated += 1 }
      current = Card(line: pendingLine)
    case "END" where value.uppercased() == "VCARD":
      if let card = current { cards.append(card) }
      current = nil
    case "FN": current?.formattedName = Self.unescape(value).trimmingWhitespace()
    case "N": current?.structuredName = Self.components(value, separator: ";")
    case "ORG": current?.organization = Self.components(value, separator: ";").first
    case "TEL":
      let phone = Self.unescape(value).trimmingWhitespace()
      if !phone.isEmpty { current?.phones.append(phone) }
    case "EMAIL":
      let email = Self.unescape(value).trimmingWhitespace().lowercased()
      if email.contains("@") { current?.emails.append(email) }
    case "CATEGORIES":
      current?.categories += Self.components(value, separator: ",")
    case "X-STARRED", "X-FAVORITE":
      if value == "1" || value.lowercased() == "true" { current?.categories.append("starred") }
    default: break
    }
  }

  /// Splits at unescaped separators, then unescapes each part.
  static func components(_ value: String, separator: Character) -> [String] {
    var parts: [String] = []
    var current = ""
    var escaped = false
    for character in value {
      if escaped {
        current.append("\\")
        current.append(character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == separator {
        parts.append(unescape(current).trimmingWhitespace())
        current = ""
      } else {
        current.append(character)
      }
    }
    parts.append(unescape(current).trimmingWhitespace())
    return parts
  }

  static func unescape(_ value: String) -> String {
    guard value.contains("\\") else { return value }
    var out = ""
    var escaped = false
    for character in value {
      if escaped {
        out.append(character == "n" || character == "N" ? "\n" : character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else {
        out.append(character)
      }
    }
    return out
  }

  /// `=C3=A9` → `é`; a malformed escape stays as written.
  static func decodeQuotedPrintable(_ bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    var index = 0
    func hex(_ byte: UInt8) -> UInt8? {
      switch byte {
      case 0x30...0x39: return byte - 0x30
      case 0x41...0x46: return byte - 0x41 + 10
      case 0x61...0x66: return byte - 0x61 + 10
      default: return nil
      }
    }
    while index < bytes.count {
      if bytes[index] == 0x3D, index + 2 < bytes.count, let high = hex(bytes[index + 1]),
        let low = hex(bytes[index + 2])
      {
        out.append(high << 4 | low)
        index += 3
      } else {
        out.append(bytes[index])
        index += 1
      }
    }
    return out
  }
}
