/// The state of a Meta HTML page being read (`MetaHTMLScanner`'s work): the open elements'
/// roles, the block being gathered and the page's titles and header. Each event returns the
/// block it closes, if any, so that the scanner hands it on outside this value's access.
struct MetaHTMLBlocks {
  typealias Record = MetaHTMLScanner.Record

  private enum Role: UInt8 {
    case block, sender, heading, body, time, reactions, reaction, header, title
  }

  private(set) var pageTitle: String?
  private(set) var threadTitle: String?
  private(set) var headings: [String] = []
  private(set) var header = ""

  private let collectsTexts: Bool
  private var stack: [Role?] = []
  /// The role text inherits at each depth (the innermost role but `block`), kept beside the
  /// stack so that each event costs the same however deep the page nests.
  private var effective: [Role?] = []
  private var openReactionLists = 0
  private var blockDepth = 0
  private var current = Record()
  private var buffer: [UInt8] = []
  private var count = 0
  private var senderNames: [(bytes: [UInt8], name: String)] = []

  init(collectsTexts: Bool) { self.collectsTexts = collectsTexts }

  /// An element starts; returns the block it ends, if it starts the next one.
  mutating func start(
    _ name: UnsafePointer<UInt8>, attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
  ) -> Record? {
    var role: Role?
    var index = 0
    while let attributes, let key = attributes[index] {
      if let value = attributes[index + 1] {
        if Self.equals(key, "class") {
          role = Self.role(ofClasses: value)
        } else if Self.equals(key, "href"), current.username == nil,
          let user = MetaHTMLScanner.profileUser(String(cString: value))
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
    var done: Record?
    if role == .block {
      done = flush()
      blockDepth += 1
    } else if role == .sender, current.sender != nil || current.time != nil {
      done = flush()
    }
    if let role, role != .block, role != .body, role != .reactions {
      buffer.removeAll(keepingCapacity: true)
    }
    stack.append(role)
    effective.append(role == nil || role == .block ? innermost : role)
    if role == .reactions { openReactionLists += 1 }
    return done
  }

  /// An element ends; returns the block it closes, if it is one.
  mutating func end() -> Record? {
    guard let role = stack.popLast() else { return nil }
    effective.removeLast()
    guard let role else { return nil }
    if role == .reactions { openReactionLists -= 1 }
    // Only the roles that keep their text make it a `String`.
    var text: String { Self.trimmedText(buffer) }
    var done: Record?
    switch role {
    case .sender:
      let text = senderName()
      if !text.isEmpty { current.sender = text }
    case .time:
      guard current.time == nil else { break }
      let text = text
      if !text.isEmpty { current.time = text }
    case .reaction:
      let text = text
      if !text.isEmpty { current.reactions.append(MetaHTMLScanner.actor(text)) }
    case .heading:
      let text = text
      if !text.isEmpty { headings.append(text) }
      if threadTitle == nil, !text.isEmpty, !text.contains(": "), blockDepth == 0 {
        threadTitle = text
      }
    case .title: if pageTitle == nil { pageTitle = text }
    case .header: header += "\n"
    case .block:
      done = flush()
      blockDepth -= 1
    case .body, .reactions: break
    }
    buffer.removeAll(keepingCapacity: true)
    return done
  }

  mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
    let trimmed = Self.trimmed(bytes)
    if collectsTexts, blockDepth > 0, current.texts.count < 8, !trimmed.isEmpty {
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

  private var innermost: Role? { effective.last ?? nil }

  /// The sender's name in `buffer`, trimmed: the same few names repeat for thousands of
  /// blocks, so the last names are kept by the bytes they were read from.
  private mutating func senderName() -> String {
    for known in senderNames where known.bytes == buffer { return known.name }
    let name = Self.trimmedText(buffer)
    if senderNames.count == 16 { senderNames.removeFirst() }
    senderNames.append((buffer, name))
    return name
  }

  /// The block gathered so far, numbered, unless it is empty; a new one starts either way.
  mutating func flush() -> Record? {
    defer { current = Record() }
    guard !current.isEmpty else { return nil }
    current.index = count
    count += 1
    return current
  }

  // Role tokens of the generations: 2023+ (`_a6-*`, `_a72d`), pre-2022 (`_2lek`, `_2let`,
  // `_2lem`, `uiBoxWhite`), Instagram (`_a6-*` on h2 and plain divs). When an element has
  // several, the most specific wins: sender, time, reactions, header, block, heading, body
  // (the order of `roles`, lowest rank first).
  private static let roles: [Role] = [
    .sender, .sender, .time, .time, .time, .reactions, .reactions, .header, .block, .block,
    .heading, .heading, .heading, .heading, .body, .body,
  ]

  /// The rank in `roles` of one class token, by its length and bytes; nil for any other token.
  private static func rank(_ token: UnsafePointer<UInt8>, length: Int) -> Int? {
    switch length {
    case 4:
      // "_tqp"
      return token[0] == 0x5F && token[1] == 0x74 && token[2] == 0x71 && token[3] == 0x70 ? 6 : nil
    case 5:
      guard token[0] == 0x5F else { return nil }
      // The four bytes after "_", first byte lowest.
      let key =
        UInt32(token[1]) | UInt32(token[2]) << 8 | UInt32(token[3]) << 16 | UInt32(token[4]) << 24
      return fiveByteRanks.firstIndex(of: key).map { fiveByteTokenRanks[$0] }
    case 10:
      let word: StaticString = "uiBoxWhite"
      for offset in 0..<10 where token[offset] != word.utf8Start[offset] { return nil }
      return 9
    default:
      return nil
    }
  }

  /// The five-byte tokens' last four bytes as little-endian words (a linear search of 14
  /// words is cheaper than hashing), beside their ranks.
  private static let fiveByteRanks: [UInt32] = [
    "a6-i", "2pio", "a72d", "a6-o", "2lem", "a6-q", "aoaa", "a6-g", "a6-h", "2lek", "3b0d",
    "a70e", "a6-p", "2let",
  ].map { $0.utf8.reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) } }
  private static let fiveByteTokenRanks = [0, 1, 2, 3, 4, 5, 7, 8, 10, 11, 12, 13, 14, 15]

  private static func role(ofClasses value: UnsafePointer<UInt8>) -> Role? {
    var best = Int.max
    var start = 0
    var index = 0
    while true {
      let byte = value[index]
      if byte == 0x20 || byte == 0 {
        if let rank = rank(value + start, length: index - start), rank < best { best = rank }
        if byte == 0 { break }
        start = index + 1
      }
      index += 1
    }
    return best == .max ? nil : roles[best]
  }

  private static func equals(_ name: UnsafePointer<UInt8>, _ text: StaticString) -> Bool {
    let bytes = text.utf8Start
    for offset in 0..<text.utf8CodeUnitCount where name[offset] | 0x20 != bytes[offset] | 0x20 {
      return false
    }
    return name[text.utf8CodeUnitCount] == 0
  }

  /// `String(decoding: bytes, as: UTF8.self).trimmingWhitespace()`, with one `String` made
  /// instead of two when the text, trimmed of ASCII white space, starts and ends with ASCII
  /// (then no other character `trimmingWhitespace` removes is at either end).
  static func trimmedText(_ bytes: [UInt8]) -> String {
    bytes.withUnsafeBufferPointer { all in
      let text = trimmed(all)
      guard let first = text.first, let last = text.last else { return "" }
      guard first < 0x80, last < 0x80 else {
        return String(decoding: all, as: UTF8.self).trimmingWhitespace()
      }
      return String(decoding: text, as: UTF8.self)
    }
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
}
