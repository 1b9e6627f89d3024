/// The date and time that open a WhatsApp record line, as written, before the file-wide
/// day/month order is known.
struct WhatsAppHeader: Equatable {
  enum Meridiem: UInt8 {
    case none
    case am
    case pm
  }

  /// What every header of one file shares; continuation lines that happen to start with a
  /// date are told apart from headers by it.
  struct Style: Equatable {
    var bracketed: Bool
    var separator: UInt8
    var firstIsYear: Bool
    var thirdDigits: UInt8
    var hasSeconds: Bool
    var hasMeridiem: Bool
    var legacyColon: Bool
  }

  var first: Int32
  var second: Int32
  var third: Int32
  var hour: Int32
  var minute: Int32
  var secondOfMinute: Int32
  var meridiem: Meridiem
  var style: Style
  /// Offset of the first byte after the header: the sender or the system text.
  var restStart: Int

  /// Seconds since midnight, with 12-hour clocks resolved ("12:05 AM" is 00:05; hours past
  /// 12 with "PM" are taken as already on a 24-hour clock, as some exports write them).
  var secondOfDay: Int32 {
    var h = hour
    switch meridiem {
    case .none: break
    case .am: if h == 12 { h = 0 }
    case .pm: if h < 12 { h += 12 }
    }
    return h * 3600 + minute * 60 + secondOfMinute
  }

  /// Parses the header at the start of a line, or returns nil if the line has none.
  ///
  /// - Complexity: O(1): a header is at most a few dozen bytes.
  static func parse(_ line: UnsafeBufferPointer<UInt8>) -> WhatsAppHeader? {
    var scanner = ByteScanner(line)
    scanner.skipInvisibles()
    let bracketed = scanner.consume(0x5B)  // [
    if bracketed { scanner.skipInvisibles() }
    guard let (first, firstDigits) = scanner.number(maxDigits: 4) else { return nil }
    guard let separator = scanner.peek(),
      separator == 0x2F || separator == 0x2E || separator == 0x2D
    else { return nil }
    scanner.advance()
    guard let (second, _) = scanner.number(maxDigits: 2), scanner.consume(separator),
      let (third, thirdDigits) = scanner.number(maxDigits: 4)
    else { return nil }
    if separator == 0x2E, scanner.peek() == 0x2E { scanner.advance() }
    let comma = scanner.consume(0x2C)
    let spaced = scanner.skipSpaces()
    guard comma || spaced else { return nil }
    guard let (hour, _) = scanner.number(maxDigits: 2), let timeSeparator = scanner.peek(),
      timeSeparator == 0x3A || timeSeparator == 0x2E
    else { return nil }
    scanner.advance()
    guard let (minute, minuteDigits) = scanner.number(maxDigits: 2), minuteDigits == 2 else {
      return nil
    }
    var seconds: Int32 = 0
    var hasSeconds = false
    if scanner.peek() == timeSeparator, let (value, digits) = scanner.number(at: 1, maxDigits: 2),
      digits == 2
    {
      scanner.advance(by: 3)
      seconds = value
      hasSeconds = true
    }
    let meridiem = scanner.meridiem()
    var legacyColon = false
    if bracketed {
      guard scanner.consume(0x5D) else { return nil }  // ]
      _ = scanner.consume(0x20)
    } else if scanner.peek() == 0x3A, scanner.peek(at: 1) == 0x20 {
      legacyColon = true
      scanner.advance(by: 2)
    } else {
      _ = scanner.skipSpaces()
      guard scanner.consume(0x2D) else { return nil }  // -
      guard scanner.skipSpaces() else { return nil }
    }
    guard hour <= 23, minute <= 59, seconds <= 59, first > 0, second > 0 else { return nil }
    let style = Style(
      bracketed: bracketed, separator: separator, firstIsYear: firstDigits == 4,
      thirdDigits: thirdDigits, hasSeconds: hasSeconds, hasMeridiem: meridiem != .none,
      legacyColon: legacyColon)
    return WhatsAppHeader(
      first: first, second: second, third: third, hour: hour, minute: minute,
      secondOfMinute: seconds, meridiem: meridiem, style: style, restStart: scanner.position)
  }
}

/// A cursor over the bytes of one line.
struct ByteScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  var position = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  func peek(at offset: Int = 0) -> UInt8? {
    let index = position + offset
    return index < bytes.count ? bytes[index] : nil
  }

  mutating func advance(by count: Int = 1) { position += count }

  mutating func consume(_ byte: UInt8) -> Bool {
    guard peek() == byte else { return false }
    position += 1
    return true
  }

  /// Skips byte-order marks and left-to-right / right-to-left marks.
  mutating func skipInvisibles() {
    while position + 2 < bytes.count {
      let (a, b, c) = (bytes[position], bytes[position + 1], bytes[position + 2])
      if a == 0xEF && b == 0xBB && c == 0xBF {
        position += 3
        continue
      }
      if a == 0xE2 && b == 0x80 && (c == 0x8E || c == 0x8F) {
        position += 3
        continue
      }
      break
    }
  }

  /// Skips spaces, no-break spaces (U+00A0) and narrow no-break spaces (U+202F).
  @discardableResult
  mutating func skipSpaces() -> Bool {
    let start = position
    while position < bytes.count {
      if bytes[position] == 0x20 {
        position += 1
      } else if bytes[position] == 0xC2, peek(at: 1) == 0xA0 {
        position += 2
      } else if bytes[position] == 0xE2, peek(at: 1) == 0x80, peek(at: 2) == 0xAF {
        position += 3
      } else {
        break
      }
    }
    return position > start
  }

  /// An ASCII number of one to `maxDigits` digits, consumed.
  mutating func number(maxDigits: Int) -> (Int32, UInt8)? {
    guard let result = number(at: 0, maxDigits: maxDigits) else { return nil }
    position += Int(result.1)
    return result
  }

  /// An ASCII number at an offset, not consumed.
  func number(at offset: Int, maxDigits: Int) -> (Int32, UInt8)? {
    var index = position + offset
    var value: Int32 = 0
    var digits: UInt8 = 0
    while index < bytes.count, bytes[index] &- 0x30 < 10 {
      if Int(digits) == maxDigits { return nil }
      value = value * 10 + Int32(bytes[index] &- 0x30)
      digits += 1
      index += 1
    }
    return digits == 0 ? nil : (value, digits)
  }

  /// "AM", "pm", "a. m.", "p.m." and the like, after optional spaces; consumed if found.
  mutating func meridiem() -> WhatsAppHeader.Meridiem {
    let saved = position
    _ = skipSpaces()
    guard let letter = peek() else {
      position = saved
      return .none
    }
    let kind: WhatsAppHeader.Meridiem
    switch letter | 0x20 {
    case 0x61: kind = .am
    case 0x70: kind = .pm
    default:
      position = saved
      return .none
    }
    advance()
    _ = consume(0x2E)
    _ = skipSpaces()
    guard let m = peek(), m | 0x20 == 0x6D else {
      position = saved
      return .none
    }
    advance()
    _ = consume(0x2E)
    return kind
  }
}
