/// What one Google Voice page (`Voice/Calls/*.html`) says, read from libxml2's SAX events by
/// the page's microformat classes (formats/others.md §6.4): a call log entry (`haudio`) or a
/// text conversation (`hChatLog`).
final class GoogleVoicePage: HTMLEventHandler {
  struct Person: Hashable {
    var number: String
    var name: String
  }

  struct Message {
    var time: String?
    var sender = Person(number: "", name: "")
    /// The owner's own messages name them with `<abbr class="fn">Me</abbr>`.
    var isOwner = false
    var length = 0
  }

  private enum Role: UInt8 {
    case callLog, chatLog, participants, message, sender, tel, name, ownerName, time, published
    case duration, quote, tag, contributor
  }

  private(set) var isCallLog = false
  private(set) var isChatLog = false
  /// The kind of call from the labels (`#placed`, `#missed`, ...), lower case.
  private(set) var labels: [String] = []
  private(set) var caller: Person?
  private(set) var published: String?
  private(set) var durationTitle: String?
  private(set) var durationText = ""
  private(set) var participants: [Person] = []
  private(set) var messages: [Message] = []

  private var stack: [Role?] = []
  private var person: Person?
  private var text: [UInt8] = []
  /// The numbers of the last `tel:` links, by their bytes: each message links its sender.
  private var telNumbers: [(href: [UInt8], number: String)] = []

  /// `number(fromTel:)` of a link's bytes, kept for the next link to the same number.
  private func telNumber(_ href: UnsafePointer<UInt8>?) -> String {
    guard let href else { return "" }
    var length = 0
    while href[length] != 0 { length += 1 }
    let bytes = UnsafeBufferPointer(start: href, count: length)
    for known in telNumbers where known.href.elementsEqual(bytes) { return known.number }
    let number = Self.number(fromTel: String(cString: href))
    if telNumbers.count == 16 { telNumbers.removeFirst() }
    telNumbers.append((Array(bytes), number))
    return number
  }

  private func inside(_ role: Role) -> Bool { stack.contains(role) }

  func start(_ name: UnsafePointer<UInt8>, attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?)
  {
    // Values stay libxml2's bytes; a `String` is made only for the few that are read.
    var classValue: UnsafePointer<UInt8>?
    var titleValue: UnsafePointer<UInt8>?
    var hrefValue: UnsafePointer<UInt8>?
    var relValue: UnsafePointer<UInt8>?
    var index = 0
    while let attributes, let key = attributes[index] {
      if let value = attributes[index + 1] {
        if Self.same(key, "class") {
          classValue = value
        } else if Self.same(key, "title") {
          titleValue = value
        } else if Self.same(key, "href") {
          hrefValue = value
        } else if Self.same(key, "rel") {
          relValue = value
        }
      }
      index += 2
    }
    let classes = ClassList(classValue)
    var title: String? { titleValue.map { String(cString: $0) } }
    var href: String? { hrefValue.map { String(cString: $0) } }
    var rel: String? { relValue.map { String(cString: $0) } }
    var role: Role?
    if classes.contains("haudio") {
      role = .callLog
      isCallLog = true
    } else if classes.contains("hChatLog") {
      role = .chatLog
      isChatLog = true
    } else if classes.contains("participants") {
      role = .participants
    } else if classes.contains("message"), inside(.chatLog) {
      role = .message
      messages.append(Message())
    } else if classes.contains("contributor") {
      role = .contributor
    } else if classes.contains("sender") {
      role = .sender
    } else if classes.contains("tel"), hrefValue != nil {
      role = .tel
      person = Person(number: telNumber(hrefValue), name: "")
    } else if classes.contains("fn"), inside(.tel) {
      role = Self.same(name, "abbr") ? .ownerName : .name
      text.removeAll()
    } else if classes.contains("dt"), inside(.message) {
      role = .time
      messages[messages.count - 1].time = title
    } else if classes.contains("published") {
      role = .published
      published = title
    } else if classes.contains("duration") {
      role = .duration
      durationTitle = title
    } else if Self.same(name, "q"), inside(.message) {
      role = .quote
    } else if rel == "tag", let href, let hash = href.lastIndex(of: "#") {
      role = .tag
      labels.append(href[href.index(after: hash)...].lowercased())
    }
    stack.append(role)
  }

  func end(_ name: UnsafePointer<UInt8>) {
    guard let role = stack.popLast() else { return }
    switch role {
    case .name, .ownerName:
      let name = String(decoding: text, as: UTF8.self).trimmingWhitespace()
      person?.name = role == .ownerName ? "" : name
      if role == .ownerName, inside(.message) { messages[messages.count - 1].isOwner = true }
    case .tel:
      guard let found = person else { break }
      person = nil
      if inside(.participants) {
        if !participants.contains(found) { participants.append(found) }
      } else if inside(.message) {
        messages[messages.count - 1].sender = found
      } else if inside(.contributor) || inside(.callLog) {
        caller = caller ?? found
      }
    case .duration:
      durationText = String(decoding: text, as: UTF8.self)
    default:
      break
    }
  }

  func text(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let role = stack.last(where: { $0 != nil }) ?? nil else { return }
    switch role {
    case .name, .ownerName, .duration: text.append(contentsOf: bytes)
    case .quote:
      messages[messages.count - 1].length += ByteText.scalarCount(bytes)
    default: break
    }
    if role == .duration, text.count > 64 { text.removeAll() }
  }

  /// Whether a NUL-terminated name is exactly this ASCII text.
  private static func same(_ name: UnsafePointer<UInt8>, _ text: StaticString) -> Bool {
    let bytes = text.utf8Start
    for offset in 0..<text.utf8CodeUnitCount where name[offset] != bytes[offset] { return false }
    return name[text.utf8CodeUnitCount] == 0
  }

  /// The tokens of a `class` value, as `String(cString:).split(separator: " ")` gives them:
  /// compared as bytes when the value is ASCII (then each byte is a character), else as
  /// `Substring`s, where a space can belong to a cluster.
  private struct ClassList {
    private let ascii: UnsafePointer<UInt8>?
    private let strings: [Substring]

    private let isEmpty: Bool

    init(_ value: UnsafePointer<UInt8>?) {
      isEmpty = value == nil
      guard let value else {
        (ascii, strings) = (nil, [])
        return
      }
      var index = 0
      while value[index] != 0, value[index] < 0x80 { index += 1 }
      if value[index] == 0 {
        (ascii, strings) = (value, [])
      } else {
        (ascii, strings) = (nil, String(cString: value).split(separator: " "))
      }
    }

    func contains(_ token: StaticString) -> Bool {
      if isEmpty { return false }
      guard let value = ascii else {
        return strings.contains(Substring(token.description))
      }
      let length = token.utf8CodeUnitCount
      var start = 0
      var index = 0
      while true {
        let byte = value[index]
        if byte == 0x20 || byte == 0 {
          if index - start == length,
            (0..<length).allSatisfy({ value[start + $0] == token.utf8Start[$0] })
          {
            return true
          }
          if byte == 0 { return false }
          start = index + 1
        }
        index += 1
      }
    }
  }

  /// The number of a `tel:` link: `tel:+14045550102`, malformed `tel:++1617…`, or empty.
  static func number(fromTel href: String) -> String {
    var value = Substring(href)
    if value.hasPrefix("tel:") { value = value.dropFirst(4) }
    while value.hasPrefix("++") { value = value.dropFirst() }
    return String(value).trimmingWhitespace()
  }

  /// Seconds of an ISO 8601 duration (`PT1H2M3S`, `PT42S`) or of `(00:01:23)`.
  static func seconds(duration title: String?, text: String) -> Int? {
    if let title, title.hasPrefix("P") {
      var total = 0
      var number = 0
      var sawDigit = false
      var inTime = false
      for character in title.dropFirst() {
        if let digit = character.wholeNumberValue, character.isASCII {
          // Nine digits are 31 years of seconds; more is a corrupt page, not a call.
          guard number < 100_000_000 else { return nil }
          number = number * 10 + digit
          sawDigit = true
          continue
        }
        switch character {
        case "T": inTime = true
        case "D": total += number * 86_400
        case "H" where inTime: total += number * 3600
        case "M" where inTime: total += number * 60
        case "S" where inTime: total += number
        case ".": break
        default: return nil
        }
        number = 0
      }
      return sawDigit ? total : nil
    }
    let parts = text.filter { $0.isNumber || $0 == ":" }.split(separator: ":").compactMap {
      $0.count <= 6 ? Int($0) : nil
    }
    guard !parts.isEmpty, parts.count <= 3 else { return nil }
    return parts.reduce(0) { $0 * 60 + $1 }
  }
}
