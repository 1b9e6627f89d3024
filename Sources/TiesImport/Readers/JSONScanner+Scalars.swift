extension JSONScanner {
  /// Unicode scalars of a raw string once decoded (`decode(raw).unicodeScalars.count`),
  /// counted without building it. Escapes count as what they decode to (`\uD83D\uDE00` is one
  /// scalar, a lone surrogate one U+FFFD); text that is not valid UTF-8, or escapes whose
  /// decoding depends on their neighbours, take the `String` path so the count stays the same.
  static func decodedScalarCount(_ raw: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    var index = 0
    while index < raw.count {
      let byte = raw[index]
      if byte < 0x80, byte != 0x5C {
        count &+= 1
        index += 1
      } else if byte == 0x5C {
        guard index + 1 < raw.count else {  // a trailing backslash is kept as it is
          count &+= 1
          index += 1
          continue
        }
        let escaped = raw[index + 1]
        index += 2
        if escaped == 0x75 {
          // Like `decode`: bad hex drops the `\u` and reads on; a surrogate pair is one.
          guard let code = hex(raw, at: index) else { continue }
          index += 4
          if (0xD800..<0xDC00).contains(code), index + 5 < raw.count, raw[index] == 0x5C,
            raw[index + 1] == 0x75, let low = hex(raw, at: index + 2),
            (0xDC00..<0xE000).contains(low)
          {
            index += 6
          }
          count &+= 1
        } else if escaped < 0x80 {
          count &+= 1
        } else {
          return decode(raw).unicodeScalars.count
        }
      } else {
        guard let width = validSequence(raw, at: index) else {
          return decode(raw).unicodeScalars.count
        }
        count &+= 1
        index += width
      }
    }
    return count
  }

  /// The length of the well-formed UTF-8 sequence (Unicode table 3-7) starting with a
  /// non-ASCII byte at `index`, or nil.
  @inline(__always)
  private static func validSequence(_ raw: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    let lead = raw[index]
    let width: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: width = 2
    case 0xE0:
      width = 3
      low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: width = 3
    case 0xED:
      width = 3
      high = 0x9F
    case 0xF0:
      width = 4
      low = 0x90
    case 0xF1...0xF3: width = 4
    case 0xF4:
      width = 4
      high = 0x8F
    default: return nil
    }
    guard index + width <= raw.count, (low...high).contains(raw[index + 1]) else { return nil }
    for offset in 2..<width where raw[index + offset] & 0xC0 != 0x80 { return nil }
    return width
  }
}
