#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension UnsafeBufferPointer<UInt8> {
  /// Whether the bytes spell the literal, without building an array.
  func matches(_ literal: StaticString) -> Bool {
    guard count == literal.utf8CodeUnitCount, let base = baseAddress else { return false }
    return memcmp(base, literal.utf8Start, count) == 0
  }
}

/// The elements of an SMS Backup & Restore file that ties reads.
enum SMSElement: UInt8 {
  case smses, calls, sms, mms, part, addr, call, other

  init(_ name: UnsafeBufferPointer<UInt8>) {
    self = Self.names.first { name.matches($0.0) }?.1 ?? .other
  }

  private static let names: [(StaticString, SMSElement)] = [
    ("sms", .sms), ("mms", .mms), ("part", .part), ("addr", .addr), ("call", .call),
    ("smses", .smses), ("calls", .calls),
  ]
}

/// The attributes ties reads, and how: kept (decoded), counted (characters only: message
/// text never leaves the scanner) or skipped unseen (a 16 MB base64 `data` attribute).
enum SMSAttribute: UInt8 {
  case address, contactName, contentType, date, type, messageBox, messageType, duration, text
  case other

  init(_ name: UnsafeBufferPointer<UInt8>) {
    self = Self.names.first { name.matches($0.0) }?.1 ?? .other
  }

  private static let names: [(StaticString, SMSAttribute)] = [
    ("address", .address), ("number", .address), ("contact_name", .contactName),
    ("ct", .contentType), ("date", .date), ("type", .type), ("msg_box", .messageBox),
    ("m_type", .messageType), ("duration", .duration), ("body", .text), ("text", .text),
  ]

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

/// One tag as the scanner saw it. Reused from tag to tag, so that scanning allocates nothing
/// once the buffers have grown.
struct SMSTag {
  var element = SMSElement.other
  var isEnd = false
  var selfClosing = false
  /// The tag's start tag did not end before the next tag began (`<mms … <parts>`).
  var unclosed = false
  /// Byte offset of the `<` in the file.
  var offset = 0
  var address: [UInt8] = []
  var contactName: [UInt8] = []
  var contentType: [UInt8] = []
  var date: Int64?
  var type: Int?
  var messageBox: Int?
  var messageType: Int?
  var duration: Int64?
  /// Characters of `body` or `text`, with character references counted as one.
  var textLength = 0
  var hasText = false

  mutating func reset(_ element: SMSElement, offset: Int, isEnd: Bool) {
    self.element = element
    self.offset = offset
    self.isEnd = isEnd
    selfClosing = false
    unclosed = false
    address.removeAll(keepingCapacity: true)
    contactName.removeAll(keepingCapacity: true)
    contentType.removeAll(keepingCapacity: true)
    date = nil
    type = nil
    messageBox = nil
    messageType = nil
    duration = nil
    textLength = 0
    hasText = false
  }

  /// Stores a kept value, decoded.
  mutating func set(_ attribute: SMSAttribute, _ raw: [UInt8]) {
    switch attribute {
    case .address: address = XMLEntities.decode(raw)
    case .contactName: contactName = XMLEntities.decode(raw)
    case .contentType: contentType = raw
    case .date: date = Self.integer(raw)
    case .type: type = Self.integer(raw).map(Int.init)
    case .messageBox: messageBox = Self.integer(raw).map(Int.init)
    case .messageType: messageType = Self.integer(raw).map(Int.init)
    case .duration: duration = Self.integer(raw)
    case .text, .other: break
    }
  }

  /// A decimal integer with an optional sign and surrounding spaces; nil for `null`.
  static func integer(_ bytes: [UInt8]) -> Int64? {
    var value: Int64 = 0
    var negative = false
    var digits = 0
    for byte in bytes {
      switch byte {
      case 0x30...0x39:
        guard digits < 18 else { return nil }
        value = value * 10 + Int64(byte - 0x30)
        digits += 1
      case 0x2D where digits == 0 && !negative: negative = true
      case 0x20 where digits == 0: continue
      default: return nil
      }
    }
    guard digits > 0 else { return nil }
    return negative ? -value : value
  }
}
