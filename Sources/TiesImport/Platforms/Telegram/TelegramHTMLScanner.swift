/// Reads the message blocks of a Telegram HTML page (formats/others.md §4.3) from a SAX
/// stream, by class tokens. Each block is handed on when it ends, so a page of any size
/// holds one block at a time.
final class TelegramHTMLScanner: HTMLEventHandler {
  struct Block {
    /// `message service`: date separators and group events, not messages.
    var isService = false
    /// `joined`: the sender is the previous block's (no `from_name`).
    var isJoined = false
    var sender: String?
    /// The `title` of the `date details` element: `03.10.2025 12:34:18 UTC+03:00`.
    var time: String?
    var textLength = 0
    var isCall = false
    var callStatus = ""
    /// The start of a service block's text ("Ann created group «Hikes»").
    var serviceText = ""
    /// Position of the block on the page.
    var index = 0
  }

  private enum Role: UInt8 {
    case none, block, header, headerTitle, sender, ignored, forwarded, text, call, status, service
  }

  private(set) var title: String?
  private(set) var blocks = 0
  private let onBlock: (Block, String?) -> Void
  private var stack: [Role] = []
  private var counts = [Int](repeating: 0, count: 11)
  private var current = Block()
  private var buffer: [UInt8] = []
  private var textBuffer: [UInt8] = []

  init(onBlock: @escaping (Block, String?) -> Void) { self.onBlock = onBlock }

  func start(_ name: UnsafePointer<UInt8>, attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?)
  {
    var classes: UnsafePointer<UInt8>?
    var titleAttribute: UnsafePointer<UInt8>?
    var index = 0
    while let attributes, let key = attributes[index] {
      if let value = attributes[index + 1] {
        if HTMLClassTokens.equals(key, "class") {
          classes = value
        } else if HTMLClassTokens.equals(key, "title") {
          titleAttribute = value
        }
      }
      index += 2
    }
    if HTMLClassTokens.equals(name, "br"), inside(.text) {
      textBuffer.append(0x0A)
    }
    var role = Role.none
    if let classes {
      let tokens = TelegramClasses(classes)
      if tokens.contains(.message), tokens.contains(.default) || tokens.contains(.service) {
        role = .block
        flush()
        current.isService = tokens.contains(.service)
        current.isJoined = tokens.contains(.joined)
      } else if tokens.contains(.pageHeader) {
        role = .header
      } else if tokens.contains(.text), inside(.header) {
        role = .headerTitle
        buffer.removeAll(keepingCapacity: true)
      } else if tokens.contains(.forwarded) || tokens.contains(.replyTo) {
        role = .forwarded
      } else if tokens.contains(.fromName), inside(.block), !inside(.forwarded) {
        role = .sender
        buffer.removeAll(keepingCapacity: true)
      } else if inside(.sender) {
        role = .ignored  // " via @bot" and other details beside the name
      } else if tokens.contains(.date), let titleAttribute, inside(.block), !inside(.forwarded),
        current.time == nil
      {
        current.time = String(cString: titleAttribute)
      } else if tokens.contains(.mediaCall), inside(.block) {
        role = .call
        current.isCall = true
      } else if tokens.contains(.status), inside(.call) {
        role = .status
        buffer.removeAll(keepingCapacity: true)
      } else if tokens.contains(.text), inside(.block), !inside(.call) {
        role = .text
      } else if tokens.contains(.body), inside(.block), current.isService {
        role = .service
        buffer.removeAll(keepingCapacity: true)
      }
    }
    stack.append(role)
    counts[Int(role.rawValue)] += 1
  }

  func end(_ name: UnsafePointer<UInt8>) {
    guard let role = stack.popLast() else { return }
    counts[Int(role.rawValue)] -= 1
    switch role {
    case .headerTitle:
      if title == nil { title = Self.trimmed(buffer) }
    case .sender:
      var name = Self.trimmed(buffer)
      // "Ann Lee via @somebot": the exporter appends the inline bot to the sender's name.
      // Only bytes holding " via @" can match it (its characters have no other forms).
      if Self.mentionsBot(buffer), let via = name.range(of: " via @") {
        name = String(name[..<via.lowerBound])
      }
      if !name.isEmpty { current.sender = name }
    case .status:
      current.callStatus = Self.trimmed(buffer)
    case .service:
      current.serviceText = Self.trimmed(buffer)
    case .block:
      flush()
    default:
      break
    }
  }

  func text(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let role = stack.last(where: { $0 != .none }) else { return }
    switch role {
    case .headerTitle, .sender, .status: buffer.append(contentsOf: bytes)
    case .service: if buffer.count < 200 { buffer.append(contentsOf: bytes) }
    case .text: textBuffer.append(contentsOf: bytes)
    default: break
    }
  }

  /// Call once the stream ends: hands on the last block.
  func finish() { flush() }

  private func inside(_ role: Role) -> Bool { counts[Int(role.rawValue)] > 0 }

  private func flush() {
    if !textBuffer.isEmpty {
      current.textLength += Self.characters(textBuffer)
      textBuffer.removeAll(keepingCapacity: true)
    }
    if current.time != nil || current.sender != nil || current.isService || current.isCall {
      current.index = blocks
      blocks += 1
      onBlock(current, title)
    }
    current = Block()
  }

  /// Characters of the text without the white space the exporter indents around it.
  static func characters(_ bytes: [UInt8]) -> Int {
    func isSpace(_ byte: UInt8) -> Bool {
      byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
    guard let first = bytes.firstIndex(where: { !isSpace($0) }),
      let last = bytes.lastIndex(where: { !isSpace($0) })
    else { return 0 }
    return bytes.withUnsafeBufferPointer {
      ByteText.scalarCount(UnsafeBufferPointer(rebasing: $0[first...last]))
    }
  }

  private static let botMarker = Array(" via @".utf8)

  /// Whether the bytes hold " via @".
  private static func mentionsBot(_ bytes: [UInt8]) -> Bool {
    let needle = botMarker
    guard bytes.count >= needle.count else { return false }
    for start in 0...(bytes.count - needle.count) where bytes[start] == 0x20 {
      if bytes[start..<(start + needle.count)].elementsEqual(needle) { return true }
    }
    return false
  }

  static func trimmed(_ bytes: [UInt8]) -> String {
    String(decoding: bytes, as: UTF8.self).trimmingWhitespace()
  }
}
