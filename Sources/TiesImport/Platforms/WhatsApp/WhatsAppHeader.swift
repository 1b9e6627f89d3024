/// The date and time that open a WhatsApp record line, as written, before the file-wide
/// day/month order is known.
struct WhatsAppHeader: Equatable {
  enum Meridiem: UInt8 {
    case none
    case am
    case pm
    /// "at night": evening hours after 6 are PM, small hours AM, 12 is midnight.
    case night
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
    /// Vietnamese iOS exports put the time before the date: `[21:41:35, 3/27/22]`.
    var timeFirst: Bool
    /// The year was written in another calendar (Buddhist `2565 BE`, Japanese `R4`).
    var calendar: UInt8
    /// 1 `28 Aug 2013`, 2 `Mar 5`: the month is a word; 0 numeric dates.
    var named: UInt8 = 0
    /// The headers carry no year (`18 Mar 12:14 - `): it is inferred from the file's order.
    var yearless: Bool = false
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
    case .night: if h == 12 { h = 0 } else if h >= 6 && h < 12 { h += 12 }
    }
    return h * 3600 + minute * 60 + secondOfMinute
  }

  /// Parses the header at the start of a line, or returns nil if the line has none.
  ///
  /// Accepts the variants of formats/others.md §3.2: brackets or not, `/ . -` date
  /// separators, a comma (or the Arabic comma, or `klo`) or just spaces before the time,
  /// `:` or `.` in times, 12-hour markers, Arabic-Indic digits, direction marks and
  /// byte-order marks anywhere between the fields, Buddhist and Japanese-era years, and
  /// time-first brackets.
  ///
  /// - Complexity: O(1): a header is at most a few dozen bytes.
  static func parse(_ line: UnsafeBufferPointer<UInt8>) -> WhatsAppHeader? {
    var scanner = ByteCursor(line)
    scanner.skipInvisibles()
    let bracketed = scanner.consume(0x5B)  // [
    if bracketed { scanner.skipInvisibles() }
    let timeFirst = scanner.startsWithTime()
    var time: ClockTime?
    if timeFirst {
      time = scanner.clockTime()
      guard time != nil, scanner.dateTimeSeparator() else { return nil }
    }
    guard let date = scanner.date() else { return nil }
    if !timeFirst {
      guard scanner.dateTimeSeparator() else { return nil }
      time = scanner.clockTime()
    }
    guard let time else { return nil }
    var legacyColon = false
    if bracketed {
      scanner.skipInvisibles()
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
    guard time.hour <= 23, time.minute <= 59, time.second <= 59, date.first > 0, date.second > 0
    else { return nil }
    let style = Style(
      bracketed: bracketed, separator: date.separator, firstIsYear: date.firstDigits == 4,
      thirdDigits: date.thirdDigits, hasSeconds: time.hasSeconds,
      hasMeridiem: time.meridiem != .none, legacyColon: legacyColon, timeFirst: timeFirst,
      calendar: date.calendar, named: date.named, yearless: date.named != 0 && date.third == 0)
    return WhatsAppHeader(
      first: date.first, second: date.second, third: date.third, hour: time.hour,
      minute: time.minute, secondOfMinute: time.second, meridiem: time.meridiem, style: style,
      restStart: scanner.position)
  }
}

extension WhatsAppHeader.Style {
  /// The layout a file turned out to have, for the report's coverage: `Android export,
  /// d/m/yyyy, 24 h`. Only what the headers showed is named; the order is the inferred one.
  func layoutName(order: DateOrder) -> String {
    let separator = String(UnicodeScalar(separator))
    let year =
      calendar == 1 ? "yyyy BE" : calendar == 2 ? "era+yy" : thirdDigits == 2 ? "yy" : "yyyy"
    var fields: [String]
    switch order {
    case .dmy: fields = ["d", "m", year]
    case .mdy: fields = ["m", "d", year]
    case .ymd: fields = ["yyyy", "m", "d"]
    }
    if named != 0 {
      fields = named == 1 ? ["d", "MMM"] : ["MMM", "d"]
      if !yearless { fields.append("yyyy") }
    }
    var parts = [bracketed ? "iOS export" : "Android export", fields.joined(separator: separator)]
    if yearless { parts.append("no year") }
    parts.append((hasMeridiem ? "12 h" : "24 h") + (hasSeconds ? " with seconds" : ""))
    if timeFirst { parts.append("time first") }
    if legacyColon { parts.append("colon after the time") }
    return parts.joined(separator: ", ")
  }
}
