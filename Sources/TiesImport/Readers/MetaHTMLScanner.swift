/// Reads the blocks of a Meta HTML page (Facebook and Instagram, every markup generation of
/// formats/meta.md §2.4 and §3.4) from a SAX stream: by class tokens, never whole class
/// strings or tags, which changed between generations.
final class MetaHTMLScanner: HTMLEventHandler {
  /// One block: a message, or a person in a relationship list.
  struct Record {
    var sender: String?
    /// From a profile link (`instagram.com/_u/name`) in the block.
    var username: String?
    var time: String?
    /// Characters of the body text, a `<br>` counting as one.
    var bodyLength = 0
    /// The start of the body, for the few English notices told apart by wording.
    var bodyStart = ""
    var reactions: [String] = []
    /// The first texts of the block, whatever their part (Instagram puts list dates in
    /// plain `<div>`s).
    var texts: [String] = []

    var isEmpty: Bool { sender == nil && username == nil && time == nil && bodyLength == 0 }
  }

  private enum Role {
    case block, sender, heading, body, time, reactions, reaction, header, title, anchor
  }

  private(set) var records: [Record] = []
  private(set) var pageTitle: String?
  private(set) var threadTitle: String?
  private(set) var headings: [String] = []
  private(set) var header = ""

  private var stack: [Role?] = []
  private var current = Record()
  private var buffer = ""

  // Role tokens of the generations: 2023+ (`_a6-*`, `_a72d`), pre-2022 (`_2lek`, `_2let`,
  // `_2lem`, `uiBoxWhite`), Instagram (`_a6-*` on h2 and plain divs).
  private static let roleOfToken: [String: Role] = [
    "_a6-g": .block, "uiBoxWhite": .block, "_a6-i": .sender, "_2pio": .sender,
    "_a6-h": .heading, "_2lek": .heading, "_3b0d": .heading, "_a70e": .heading,
    "_a6-p": .body, "_2let": .body, "_a72d": .time, "_a6-o": .time, "_2lem": .time,
    "_a6-q": .reactions, "_tqp": .reactions, "_aoaa": .header,
  ]
  // When an element carries several tokens, the most specific wins.
  private static let precedence: [Role] = [
    .sender, .time, .reactions, .header, .block, .heading, .body,
  ]

  func start(_ name: UnsafePointer<UInt8>, attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?)
  {
    let tag = Self.lowercase(name)
    var classes: String?
    var href: String?
    var index = 0
    while let attributes, let key = attributes[index] {
      let value = attributes[index + 1].map { String(cString: $0) }
      switch Self.lowercase(key) {
      case "class": classes = value
      case "href": href = value
      default: break
      }
      index += 2
    }
    var role: Role?
    if let classes {
      let roles = Set(classes.split(separator: " ").compactMap { Self.roleOfToken[String($0)] })
      role = Self.precedence.first { roles.contains($0) }
    }
    switch tag {
    case "title": role = .title
    case "li" where stack.contains { $0 == .reactions }: role = .reaction
    case "a":
      if let href, let user = Self.profileUser(href) { current.username = current.username ?? user }
    case "br": if innermost == .body { current.bodyLength += 1 }
    default: break
    }
    if role == .block {
      flush()
    } else if role == .sender, current.sender != nil || current.time != nil {
      flush()
    }
    if role != nil, role != .block, role != .body, role != .reactions { buffer = "" }
    stack.append(role)
  }

  func end(_ name: UnsafePointer<UInt8>) {
    guard let role = stack.popLast() else { return }
    let text = buffer.trimmingWhitespace()
    switch role {
    case .sender?: if !text.isEmpty { current.sender = text }
    case .time?: if !text.isEmpty, current.time == nil { current.time = text }
    case .reaction?: if !text.isEmpty { current.reactions.append(Self.actor(text)) }
    case .heading?: if !text.isEmpty { headings.append(text) }
    case .title?: if pageTitle == nil { pageTitle = text }
    case .header?: header += text + "\n"
    case .block?: flush()
    default: break
    }
    if role == .heading, threadTitle == nil, !text.isEmpty, !text.contains(": "),
      !stack.contains(where: { $0 == .block })
    {
      threadTitle = text
    }
    if role != nil { buffer = "" }
  }

  func text(_ bytes: UnsafeBufferPointer<UInt8>) {
    let text = String(decoding: bytes, as: UTF8.self)
    if current.texts.count < 8, stack.contains(where: { $0 == .block }) {
      let trimmed = text.trimmingWhitespace()
      if !trimmed.isEmpty { current.texts.append(trimmed) }
    }
    switch innermost {
    case .body:
      let trimmed = text.trimmingWhitespace()
      guard !trimmed.isEmpty else { return }
      current.bodyLength += trimmed.unicodeScalars.count
      if current.bodyStart.unicodeScalars.count < 80 { current.bodyStart += trimmed }
    case .header:
      buffer += text
      header += text
    default:
      buffer += text
    }
  }

  /// Call once the stream ends.
  func finish() { flush() }

  private var innermost: Role? {
    for role in stack.reversed() where role != nil && role != .block { return role }
    return nil
  }

  private func flush() {
    if !current.isEmpty { records.append(current) }
    current = Record()
  }

  /// The names of a "Participants: A, B and C" heading, in the languages seen.
  var participants: [String] {
    for heading in headings {
      guard let colon = heading.firstIndex(of: ":") else { continue }
      let label = heading[..<colon].lowercased()
      guard Self.participantLabels.contains(label) else { continue }
      var names: [String] = []
      for part in heading[heading.index(after: colon)...].components(separatedBy: ", ") {
        var piece = part
        for word in [" and ", " und ", " et ", " y ", " e ", " en ", " и "] {
          piece = piece.replacingOccurrences(of: word, with: "\u{0}")
        }
        names += piece.split(separator: "\u{0}").map { String($0).trimmingWhitespace() }
      }
      return names.filter { !$0.isEmpty }
    }
    return []
  }

  private static let participantLabels: Set<String> = [
    "participants", "teilnehmer", "participantes", "partecipanti", "deelnemers", "участники",
    "người tham gia",
  ]

  /// "❤Reactor Name" or "❤Reactor (Jan 19, 2025 7:56 pm)": the name alone.
  static func actor(_ text: String) -> String {
    var name = Substring(text)
    if let open = name.lastIndex(of: "("), name.hasSuffix(")") { name = name[..<open] }
    let start = name.unicodeScalars.firstIndex {
      $0.properties.isAlphabetic || ("0"..."9").contains($0)
    }
    return start.map { String(name.unicodeScalars[$0...]) }?.trimmingWhitespace() ?? ""
  }

  /// The username of an Instagram profile link.
  static func profileUser(_ href: String) -> String? {
    guard href.contains("instagram.com/") else { return nil }
    return InstagramRecord.handle(fromURL: href)
  }

  private static func lowercase(_ name: UnsafePointer<UInt8>) -> String {
    String(cString: name).lowercased()
  }
}
