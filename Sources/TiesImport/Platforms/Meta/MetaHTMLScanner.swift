/// Reads the blocks of a Meta HTML page (Facebook and Instagram, every markup generation of
/// formats/meta.md §2.4 and §3.4) from a SAX stream: by class tokens, never whole class
/// strings or tags, which changed between generations. Each block is handed on as soon as it
/// ends, so a page of any size holds one block at a time; work per event stays on bytes.
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
    /// Position of the block on the page.
    var index = 0

    var isEmpty: Bool { sender == nil && username == nil && time == nil && bodyLength == 0 }
  }

  private enum Role: UInt8 {
    case block, sender, heading, body, time, reactions, reaction, header, title
  }

  private(set) var pageTitle: String?
  private(set) var threadTitle: String?
  private(set) var headings: [String] = []
  private(set) var header = ""

  private let onRecord: (Record) -> Void
  private var stack: [Role?] = []
  /// The role text inherits at each depth (the innermost role but `block`), kept beside the
  /// stack so that each event costs the same however deep the page nests.
  private var effective: [Role?] = []
  private var openReactionLists = 0
  private var blockDepth = 0
  private var current = Record()
  private var buffer: [UInt8] = []
  private var count = 0

  init(onRecord: @escaping (Record) -> Void) { self.onRecord = onRecord }

  func start(_ name: UnsafePointer<UInt8>, attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?)
  {
    var role: Role?
    var index = 0
    while let attributes, let key = attributes[index] {
      if let value = attributes[index + 1] {
        if Self.equals(key, "class") {
          role = Self.role(ofClasses: value)
        } else if Self.equals(key, "href"), current.username == nil,
          let user = Self.profileUser(String(cString: value))
        {
          current.username = user
        }
      }
      index += 2
    }
    if Self.equals(name, "title") {
      role = .title
    } else if Self.equals(name, "li"), openReactionLists > 0 {
      role = .reaction
    } else if Self.equals(name, "br"), innermost == .body {
      current.bodyLength += 1
    }
    if role == .block {
      flush()
      blockDepth += 1
    } else if role == .sender, current.sender != nil || current.time != nil {
      flush()
    }
    if let role, role != .block, role != .body, role != .reactions {
      buffer.removeAll(keepingCapacity: true)
    }
    stack.append(role)
    effective.append(role == nil || role == .block ? innermost : role)
    if role == .reactions { openReactionLists += 1 }
  }

  func end(_ name: UnsafePointer<UInt8>) {
    guard let role = stack.popLast() else { return }
    effective.removeLast()
    guard let role else { return }
    if role == .reactions { openReactionLists -= 1 }
    let text = String(decoding: buffer, as: UTF8.self).trimmingWhitespace()
    switch role {
    case .sender: if !text.isEmpty { current.sender = text }
    case .time: if !text.isEmpty, current.time == nil { current.time = text }
    case .reaction: if !text.isEmpty { current.reactions.append(Self.actor(text)) }
    case .heading:
      if !text.isEmpty { headings.append(text) }
      if threadTitle == nil, !text.isEmpty, !text.contains(": "), blockDepth == 0 {
        threadTitle = text
      }
    case .title: if pageTitle == nil { pageTitle = text }
    case .header: header += "\n"
    case .block:
      flush()
      blockDepth -= 1
    case .body, .reactions: break
    }
    buffer.removeAll(keepingCapacity: true)
  }

  func text(_ bytes: UnsafeBufferPointer<UInt8>) {
    let trimmed = Self.trimmed(bytes)
    if blockDepth > 0, current.texts.count < 8, !trimmed.isEmpty {
      current.texts.append(String(decoding: trimmed, as: UTF8.self))
    }
    switch innermost {
    case .body?:
      guard !trimmed.isEmpty else { return }
      current.bodyLength += ByteText.scalarCount(trimmed)
      if current.bodyStart.utf8.count < 80 {
        current.bodyStart += String(decoding: trimmed, as: UTF8.self)
      }
    case .header?:
      buffer.append(contentsOf: bytes)
      header += String(decoding: bytes, as: UTF8.self)
    case nil:
      break
    default:
      buffer.append(contentsOf: bytes)
    }
  }

  /// Call once the stream ends: hands on the last block.
  func finish() { flush() }

  private var innermost: Role? { effective.last ?? nil }

  private func flush() {
    if !current.isEmpty {
      current.index = count
      count += 1
      onRecord(current)
    }
    current = Record()
  }

  /// The names of a "Participants: A, B and C" heading: commas, then the label language's
  /// own "and" before the last name only ("Juan Ortega y Gasset and Ann" has two people).
  var participants: [String] {
    for heading in headings {
      guard let colon = heading.firstIndex(of: ":") else { continue }
      guard let conjunctions = Self.participantLabels[heading[..<colon].lowercased()] else {
        continue
      }
      var names = heading[heading.index(after: colon)...].components(separatedBy: ", ")
      if let last = names.popLast() {
        let split = conjunctions.compactMap { last.range(of: $0, options: .backwards) }.max {
          $0.lowerBound < $1.lowerBound
        }
        if let split {
          names += [String(last[..<split.lowerBound]), String(last[split.upperBound...])]
        } else {
          names.append(last)
        }
      }
      return names.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }
    return []
  }

  private static let participantLabels: [String: [String]] = [
    "participants": [" and ", " et "], "teilnehmer": [" und "], "participantes": [" y ", " e "],
    "partecipanti": [" e "], "deelnemers": [" en "], "участники": [" и "],
    "người tham gia": [" và "],
  ]

  /// The owner's name in the header: "Generated by NAME on …".
  var generatedBy: String? {
    guard let start = header.range(of: "Generated by ") else { return nil }
    let rest = header[start.upperBound...]
    guard let end = rest.range(of: " on ") else { return nil }
    let name = String(rest[..<end.lowerBound]).trimmingWhitespace()
    return name.isEmpty ? nil : name
  }

  // Role tokens of the generations: 2023+ (`_a6-*`, `_a72d`), pre-2022 (`_2lek`, `_2let`,
  // `_2lem`, `uiBoxWhite`), Instagram (`_a6-*` on h2 and plain divs). When an element has
  // several, the most specific wins: sender, time, reactions, header, block, heading, body.
  private static let tokenNames: [(String, Role)] = [
    ("_a6-i", .sender), ("_2pio", .sender), ("_a72d", .time), ("_a6-o", .time), ("_2lem", .time),
    ("_a6-q", .reactions), ("_tqp", .reactions), ("_aoaa", .header), ("_a6-g", .block),
    ("uiBoxWhite", .block), ("_a6-h", .heading), ("_2lek", .heading), ("_3b0d", .heading),
    ("_a70e", .heading), ("_a6-p", .body), ("_2let", .body),
  ]
  private static let tokens: [([UInt8], Role)] = tokenNames.map { (Array($0.0.utf8), $0.1) }

  private static func role(ofClasses value: UnsafePointer<UInt8>) -> Role? {
    var best: Int?
    var start = 0
    var index = 0
    while true {
      let byte = value[index]
      if byte == 0x20 || byte == 0 {
        let length = index - start
        if length >= 4 {
          for (rank, token) in tokens.enumerated()
          where token.0.count == length && (best ?? .max) > rank {
            var same = true
            for offset in 0..<length where value[start + offset] != token.0[offset] {
              same = false
              break
            }
            if same { best = rank }
          }
        }
        if byte == 0 { break }
        start = index + 1
      }
      index += 1
    }
    return best.map { tokens[$0].1 }
  }

  private static func equals(_ name: UnsafePointer<UInt8>, _ text: StaticString) -> Bool {
    let bytes = text.utf8Start
    for offset in 0..<text.utf8CodeUnitCount where name[offset] | 0x20 != bytes[offset] | 0x20 {
      return false
    }
    return name[text.utf8CodeUnitCount] == 0
  }

  private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> Slice<
    UnsafeBufferPointer<UInt8>
  > {
    func space(_ byte: UInt8) -> Bool {
      byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
    var start = bytes.startIndex
    var end = bytes.endIndex
    while start < end, space(bytes[start]) { start += 1 }
    while end > start, space(bytes[end - 1]) { end -= 1 }
    return bytes[start..<end]
  }

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
    return MetaFolders.handle(fromURL: href)
  }
}
