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
  /// 0 numeric; 1 day then month name (`28 Aug 2013`); 2 month name then day (`Mar 5`).
  /// Named dates keep the day in `first` and the month in `second`; `third` is 0 when the
  /// header has no year.
  var named: UInt8 = 0
}

/// A time of day as written in a header.
struct ClockTime {
  var hour: Int32
  var minute: Int32
  var second: Int32
  var hasSeconds: Bool
  var meridiem: WhatsAppHeader.Meridiem
}

extension ByteCursor {
  /// Whether the text here reads `H:MM` rather than a date.
  func startsWithTime() -> Bool {
    guard let (_, _, length) = number(at: 0, maxDigits: 2) else { return false }
    return peek(at: length) == 0x3A
  }

  /// `d/m/y`, `m/d/y` or `y/m/d` with `/`, `.` or `-`; marks may stand around separators.
  /// Dates with a month name (`28 Aug 2013`, `18 Mar`, `Mar 5`) go to `namedDate`.
  mutating func date() -> WrittenDate? {
    if let byte = peek(), byte >= 0x41, digit(at: position) == nil {
      return namedDate(day: nil)
    }
    guard let (first, firstDigits) = number(maxDigits: 4) else { return nil }
    if firstDigits <= 2, peek() == 0x20 || (peek() == 0x2E && peek(at: 1) == 0x20) {
      return namedDate(day: first)
    }
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

  /// A date written with a month name: `28 Aug 2013`, `18 Mar`, `Mar 5`, `Mar 5, 2013`,
  /// `5. März 2013`. `day` is the number already read when the day comes first.
  private mutating func namedDate(day: Int32?) -> WrittenDate? {
    let saved = position
    let dayFirst = day != nil
    var day = day
    if dayFirst {
      _ = consume(0x2E)
      guard skipSpaces() else { return nil }
    }
    guard let month = monthName(dayFollows: !dayFirst) else {
      position = saved
      return nil
    }
    if day == nil {
      guard skipSpaces(), let (value, _) = number(maxDigits: 2) else { return nil }
      day = value
    }
    guard let day else { return nil }
    // A four-digit year, unless what follows is the time: `18 Mar 12:14` has no year.
    let beforeYear = position
    _ = consume(0x2C)
    _ = skipSpaces()
    var year: Int32 = 0
    if let (value, digits, length) = number(at: 0, maxDigits: 4), digits == 4,
      peek(at: length) != 0x3A, peek(at: length) != 0x2E || peek(at: length + 1) == nil
    {
      year = value
      advance(by: length)
    } else {
      position = beforeYear
    }
    return WrittenDate(
      first: day, second: Int32(month), third: year, separator: 0x20, firstDigits: 2,
      thirdDigits: year == 0 ? 0 : 4, calendar: 0, named: dayFirst ? 1 : 2)
  }

  /// A month name in one of WhatsApp's languages, consumed with a trailing dot.
  /// With `dayFollows`, the name must be followed by a space and a digit (`Mar 5`).
  mutating func monthName(dayFollows: Bool) -> Int? {
    var end = position
    while end < bytes.count, end - position < 24 {
      let byte = bytes[end]
      if byte == 0x20 || byte == 0x2C || byte == 0x2E || byte &- 0x30 < 10 { break }
      end += 1
    }
    if dayFollows {
      var next = end
      if next < bytes.count, bytes[next] == 0x2E { next += 1 }
      guard next + 1 < bytes.count, bytes[next] == 0x20, bytes[next + 1] &- 0x30 < 10 else {
        return nil
      }
    }
    // Cheap refusal first: most lines that reach here are text, not a date.
    guard end > position, end - position <= 20,
      let month = MonthNames.month(UnsafeBufferPointer(rebasing: bytes[position..<end]))
    else { return nil }
    position = end
    _ = consume(0x2E)
    return month
  }

  /// Day periods some locales write instead of AM/PM (CLDR's flexible day periods, English
  /// and Spanish): `9:15 in the morning`, `11:30 at night`, `8:00 de la noche`.
  private static let dayPeriods: [([UInt8], WhatsAppHeader.Meridiem)] = {
    let table: [(String, WhatsAppHeader.Meridiem)] = [
      ("in the morning", .am), ("in the afternoon", .pm), ("in the evening", .pm),
      ("at night", .night), ("noon", .pm), ("midnight", .am), ("de la madrugada", .am),
      ("de la mañana", .am), ("del mediodía", .pm), ("de la tarde", .pm), ("de la noche", .night),
    ]
    return table.map { (Array($0.0.utf8), $0.1) }
  }()

  private func hasPrefix(_ phrase: [UInt8]) -> Bool {
    guard position + phrase.count <= bytes.count else { return false }
    for (offset, byte) in phrase.enumerated() where bytes[position + offset] != byte {
      return false
    }
    return true
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
    if letter == 0x69 || letter == 0x61 || letter == 0x6E || letter == 0x6D || letter == 0x64 {
      for (phrase, kind) in Self.dayPeriods where hasPrefix(phrase) {
        advance(by: phrase.count)
        return kind
      }
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
