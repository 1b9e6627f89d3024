extension JSONScanner {
  /// The value here as a tree, for small documents that must be read as leniently as the
  /// streamed files beside them (X's `account.js`, `manifest.js`, Grailbird's
  /// `user_details.js`): Foundation's parser refuses a trailing comma the scanner reads past.
  /// Nil when the document breaks; `failure` says where.
  mutating func value() -> JSONValue? {
    switch peek() {
    case 0x22:
      return string().map(JSONValue.string)
    case 0x7B:
      var members: [String: JSONValue] = [:]
      forEachMember { scanner, key in
        if let value = scanner.value() { members[JSONScanner.decode(key)] = value }
      }
      return failed ? nil : .object(members)
    case 0x5B:
      var elements: [JSONValue] = []
      forEachElement { scanner in
        if let value = scanner.value() { elements.append(value) }
      }
      return failed ? nil : .array(elements)
    case 0x74, 0x66:
      return bool().map(JSONValue.bool)
    case 0x6E:
      skipValue()
      return failed ? nil : .null
    case nil:
      skipValue()
      return nil
    default:
      let start = position
      skipValue()
      guard !failed else { return nil }
      let text = String(
        decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
      if let integer = Int64(text) { return .int(integer) }
      guard let double = Double(text) else { return nil }
      // As Foundation decodes it: 1.5e3 is the integer 1500.
      if double.rounded() == double, abs(double) < 9e18 { return .int(Int64(double)) }
      return .double(double)
    }
  }

  /// The trailing commas of a document another parser read (Foundation's reads past them
  /// without a word), as the scanner reports them: the offsets of the brackets they stand
  /// before.
  static func trailingCommas(in bytes: UnsafeBufferPointer<UInt8>) -> [(
    offset: Int, reason: String
  )] {
    var found: [(offset: Int, reason: String)] = []
    var inString = false
    var escaped = false
    var afterComma = false
    for index in bytes.indices {
      let byte = bytes[index]
      if inString {
        if escaped {
          escaped = false
        } else if byte == 0x5C {
          escaped = true
        } else if byte == 0x22 {
          inString = false
        }
        continue
      }
      switch byte {
      case 0x2C:
        afterComma = true
      case 0x5D, 0x7D:
        if afterComma {
          found.append((index, "a trailing comma before '\(Character(Unicode.Scalar(byte)))'"))
        }
        afterComma = false
      case 0x20, 0x0A, 0x0D, 0x09:
        break
      default:
        inString = byte == 0x22
        afterComma = false
      }
    }
    return found
  }
}
