/// The class tokens `TelegramHTMLScanner` asks about, found in one pass over a `class` value
/// (split as `HTMLClassTokens` splits it: spaces, tabs, line feeds), instead of one pass per
/// question: an element of a message block is asked up to a dozen.
struct TelegramClasses: OptionSet {
  let rawValue: UInt16

  static let message = Self(rawValue: 1 << 0)
  static let `default` = Self(rawValue: 1 << 1)
  static let service = Self(rawValue: 1 << 2)
  static let joined = Self(rawValue: 1 << 3)
  static let pageHeader = Self(rawValue: 1 << 4)
  static let text = Self(rawValue: 1 << 5)
  static let forwarded = Self(rawValue: 1 << 6)
  static let replyTo = Self(rawValue: 1 << 7)
  static let fromName = Self(rawValue: 1 << 8)
  static let date = Self(rawValue: 1 << 9)
  static let mediaCall = Self(rawValue: 1 << 10)
  static let status = Self(rawValue: 1 << 11)
  static let body = Self(rawValue: 1 << 12)

  init(rawValue: UInt16) { self.rawValue = rawValue }

  /// The known tokens of a NUL-terminated `class` value.
  init(_ value: UnsafePointer<UInt8>) {
    var found: UInt16 = 0
    var start = 0
    var index = 0
    while true {
      let byte = value[index]
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0 {
        if index > start { found |= Self.bit(of: value + start, length: index - start) }
        if byte == 0 { break }
        start = index + 1
      }
      index += 1
    }
    rawValue = found
  }

  private static let names: [(StaticString, TelegramClasses)] = [
    ("message", .message), ("default", .default), ("service", .service), ("joined", .joined),
    ("page_header", .pageHeader), ("text", .text), ("forwarded", .forwarded),
    ("reply_to", .replyTo), ("from_name", .fromName), ("date", .date),
    ("media_call", .mediaCall), ("status", .status), ("body", .body),
  ]

  private static func bit(of token: UnsafePointer<UInt8>, length: Int) -> UInt16 {
    for (name, member) in names where name.utf8CodeUnitCount == length {
      let bytes = name.utf8Start
      var same = true
      for offset in 0..<length where token[offset] != bytes[offset] {
        same = false
        break
      }
      if same { return member.rawValue }
    }
    return 0
  }
}
