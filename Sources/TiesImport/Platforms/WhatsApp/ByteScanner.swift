/// A date as written in a header, before the file-wide day/month order is known.
struct WrittenDate {
  var first: Int32
  var second: Int32
  /// The year when it comes last, already turned Gregorian for other calendars.
  var third: Int32
  var separator: UInt8
  var firstDigits: UInt8
  var thirdDigits: UInt8
  /// 0 Gregorian, 1 Buddhist, 2 Japanese era.
  var calendar: UInt8
}

/// A time of day as written in a header.
struct ClockTime {
  var hour: Int32
  var minute: Int32
  var second: Int32
  var hasSeconds: Bool
  var meridiem: WhatsAppHeader.Meridiem
}

/// A cursor over the bytes of one line, with the pieces WhatsApp headers are made of.
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

  /// The value of the digit at an offset and its length in bytes: ASCII, Arabic-Indic
  /// (U+0660–U+0669) or Eastern Arabic-Indic (U+06F0–U+06F9).
  func digit(at index: Int) -> (Int32, Int)? {
    guard index < bytes.count else { return nil }
    let byte = bytes[index]
    if byte &- 0x30 < 10 { return (Int32(byte &- 0x30), 1) }
    guard byte == 0xD9 || byte == 0xDB, index + 1 < bytes.count else { return nil }
    let next = bytes[index + 1]
    if byte == 0xD9, next &- 0xA0 < 10 { return (Int32(next &- 0xA0), 2) }
    if byte == 0xDB, next &- 0xB0 < 10 { return (Int32(next &- 0xB0), 2) }
    return nil
  }

  /// A number of one to `maxDigits` digits, consumed.
  mutating func number(maxDigits: Int) -> (Int32, UInt8)? {
    guard let (value, digits, length) = number(at: 0, maxDigits: maxDigits) else { return nil }
    position += length
    return (value, digits)
  }

  /// A number at an offset, not consumed: its value, digit count and length in bytes.
  func number(at offset: Int, maxDigits: Int) -> (Int32, UInt8, Int)? {
    var index = position + offset
    var value: Int32 = 0
    var digits: UInt8 = 0
    while let (digit, length) = digit(at: index) {
      if Int(digits) == maxDigits { return nil }
      value = value * 10 + digit
      digits += 1
      index += length
    }
    return digits == 0 ? nil : (value, digits, index - position - offset)
  }

  /// Whether the text here reads `H:MM` rather than a date.
  func startsWithTime() -> Bool {
    guard let (_, _, length) = number(at: 0, maxDigits: 2) else { return false }
    return peek(at: length) == 0x3A
  }

  /// `d/m/y`, `m/d/y` or `y/m/d` with `/`, `.` or `-`; marks may stand around separators.
  mutating func date() -> WrittenDate? {
    guard let (first, firstDigits) = number(maxDigits: 4) else { return nil }
    skipInvisibles()
    guard let separator = peek(), separator == 0x2F || separator == 0x2E || separator == 0x2D
    else { return nil }
    advance()
    skipInvisibles()
    guard let (second, _) = number(maxDigits: 2) else { return nil }
    skipInvisibles()
    guard consume(separator) else { return nil }
    skipInvisibles()
    var calendar: UInt8 = 0
    var third: Int32
    var thirdDigits: UInt8
    if let era = peek(), let base = Self.japaneseEras[era],
      let (year, _, length) = number(at: 1, maxDigits: 2)
    {
      // Japanese calendar: "R4" is Reiwa 4, 2022.
      advance(by: 1 + length)
      third = base + year
      thirdDigits = 4
      calendar = 2
    } else {
      guard let (value, digits) = number(maxDigits: 4) else { return nil }
      (third, thirdDigits) = (value, digits)
      if peek() == 0x20, peek(at: 1) == 0x42, peek(at: 2) == 0x45 {  // " BE": Buddhist era
        advance(by: 3)
        third -= 543
        calendar = 1
      }
    }
    if separator == 0x2E, peek() == 0x2E { advance() }
    return WrittenDate(
      first: first, second: second, third: third, separator: separator, firstDigits: firstDigits,
      thirdDigits: thirdDigits, calendar: calendar)
  }

  private static let japaneseEras: [UInt8: Int32] = [0x52: 2018, 0x48: 1988, 0x53: 1925]

  /// What stands between a date and a time: a comma (ASCII or Arabic), spaces, or `klo`.
  mutating func dateTimeSeparator() -> Bool {
    skipInvisibles()
    var found = consume(0x2C)
    if !found, peek() == 0xD8, peek(at: 1) == 0x8C {  // ، U+060C
      advance(by: 2)
      found = true
    }
    if skipSpaces() { found = true }
    if peek() == 0x6B, peek(at: 1) == 0x6C, peek(at: 2) == 0x6F, peek(at: 3) == 0x20 {  // "klo "
      advance(by: 4)
    }
    skipInvisibles()
    return found
  }

  /// `H:MM`, `H:MM:SS` or with dots, then an optional 12-hour marker.
  mutating func clockTime() -> ClockTime? {
    guard let (hour, _) = number(maxDigits: 2), let separator = peek(),
      separator == 0x3A || separator == 0x2E
    else { return nil }
    advance()
    guard let (minute, minuteDigits) = number(maxDigits: 2), minuteDigits == 2 else { return nil }
    var second: Int32 = 0
    var hasSeconds = false
    if peek() == separator, let (value, digits, length) = number(at: 1, maxDigits: 2), digits == 2 {
      advance(by: 1 + length)
      second = value
      hasSeconds = true
    }
    return ClockTime(
      hour: hour, minute: minute, second: second, hasSeconds: hasSeconds, meridiem: meridiem())
  }

  /// "AM", "pm", "a. m.", "p.m.", Arabic "ص"/"م" after optional spaces; consumed if found.
  mutating func meridiem() -> WhatsAppHeader.Meridiem {
    let saved = position
    _ = skipSpaces()
    skipInvisibles()
    if peek() == 0xD8, peek(at: 1) == 0xB5 {  // ص
      advance(by: 2)
      return .am
    }
    if peek() == 0xD9, peek(at: 1) == 0x85 {  // م
      advance(by: 2)
      return .pm
    }
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
