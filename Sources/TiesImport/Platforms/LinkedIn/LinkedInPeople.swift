import TiesCore

/// How LinkedIn rows name people: the profile URL's slug (`/in/jane-doe`) is the key when a
/// file has it; older files and hidden profiles have only a name.
enum LinkedInPeople {
  /// The slug of a profile URL, lower-cased, or nil when the text is not one.
  static func slug(_ url: String) -> String? {
    // On bytes: Foundation's range(of:) dominated the reading of large message files.
    var text = url
    return text.withUTF8 { bytes -> String? in
      let marker: [UInt8] = [0x2F, 0x69, 0x6E, 0x2F]  // "/in/"
      guard bytes.count > marker.count else { return nil }
      var start: Int?
      for index in 0...(bytes.count - marker.count)
      where bytes[index] == 0x2F && bytes[index + 1] == 0x69 && bytes[index + 2] == 0x6E
        && bytes[index + 3] == 0x2F
      {
        start = index + marker.count
        break
      }
      guard var end = start, let begin = start else { return nil }
      while end < bytes.count, ![0x2F, 0x3F, 0x23, 0x20].contains(bytes[end]) { end += 1 }
      guard end > begin else { return nil }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[begin..<end]), as: UTF8.self)
        .lowercased()
    }
  }

  /// The identity of a person, by slug when there is one, else by name; nil for neither.
  static func identity(
    url: String?, name: String, in sink: inout FileSink
  ) -> Int? {
    let name = name.trimmingWhitespace()
    if let url, let slug = slug(url) {
      return sink.identity(
        IdentityKey(platform: .linkedin, kind: .handle, value: slug),
        name: name.isEmpty ? nil : name)
    }
    guard !name.isEmpty else { return nil }
    // Sponsored mail and closed accounts come as "LinkedIn Member": not one person.
    let placeholder = name == "LinkedIn Member"
    return sink.identity(
      IdentityKey(platform: .linkedin, kind: .name, value: name), name: name,
      placeholder: placeholder)
  }
}

/// The layout eras of LinkedIn exports, as the report names them.
enum LinkedInLayout {
  static let era2018 = "2018: no preamble, Messages.csv with Direction"
  static let era2021 = "2021–2023: Notes preamble, messages.csv with conversation ids"
  static let era2023 = "2023+: profile URL columns"
}
