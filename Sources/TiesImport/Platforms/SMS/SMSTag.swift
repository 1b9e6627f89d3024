#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
  /// The root's `backup_date`: when the backup was made, the source's own end.
  var backupDate: Int64?
  /// Characters of `body` or `text`, with character references counted as one.
  var textLength = 0
  var hasText = false

  mutating func reset(_ element: SMSElement, offset: Int, isEnd: Bool) {
    self.element = element
    self.offset = offset
    self.isEnd = isEnd
    selfClosing = false
    unclosed = false
    if !address.isEmpty { address.removeAll(keepingCapacity: true) }
    if !contactName.isEmpty { contactName.removeAll(keepingCapacity: true) }
    if !contentType.isEmpty { contentType.removeAll(keepingCapacity: true) }
    date = nil
    type = nil
    messageBox = nil
    messageType = nil
    duration = nil
    backupDate = nil
    textLength = 0
    hasText = false
  }

  /// Stores a kept value, decoded; `raw` may be the scanner's window, so it is copied.
  mutating func set(_ attribute: SMSAttribute, _ raw: UnsafeBufferPointer<UInt8>) {
    switch attribute {
    case .address: Self.store(raw, in: &address)
    case .contactName: Self.store(raw, in: &contactName)
    case .contentType:
      contentType.removeAll(keepingCapacity: true)
      contentType.append(contentsOf: raw)
    case .date: date = Self.integer(raw)
    case .type: type = Self.integer(raw).map(Int.init)
    case .messageBox: messageBox = Self.integer(raw).map(Int.init)
    case .messageType: messageType = Self.integer(raw).map(Int.init)
    case .duration: duration = Self.integer(raw)
    case .backupDate: backupDate = Self.integer(raw)
    case .text, .other: break
    }
  }

  /// Copies into the tag's own buffer, reused from tag to tag.
  private static func store(_ raw: UnsafeBufferPointer<UInt8>, in target: inout [UInt8]) {
    target.removeAll(keepingCapacity: true)
    if let base = raw.baseAddress, memchr(base, 0x26, raw.count) != nil {
      target.append(contentsOf: XMLEntities.decode(Array(raw)))
    } else {
      target.append(contentsOf: raw)
    }
  }

  /// A decimal integer with an optional sign and surrounding spaces; nil for `null`.
  static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
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
