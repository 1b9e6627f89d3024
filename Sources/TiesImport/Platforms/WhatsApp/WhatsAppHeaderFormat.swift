/// One way WhatsApp writes the header of a message line, as seen in real exports
/// (formats/others.md §3.2). The parser does not pick a format up front: it reads every
/// variant with one grammar, locks the style of the first header, and infers the day/month
/// order over the whole file. This registry names what it supports, renders headers for the
/// tests (one canonical chat in every format must give the same report), and describes the
/// style a file turned out to have.
public struct WhatsAppHeaderFormat: Sendable, Hashable {
  public enum Clock: Sendable, Hashable {
    case twentyFour
    /// `7:02 PM`; `space` is what stands before the marker (U+202F on newer phones).
    case twelve(space: String, am: String, pm: String)
    /// English day periods instead of AM/PM: `9:15 in the morning`, `11:30 at night`.
    case dayPeriods
  }

  /// Dates with the month as a word, English abbreviations when rendered.
  public enum MonthName: Sendable, Hashable {
    case none
    /// `28 Aug 2013`, `18 Mar`.
    case dayMonth
    /// `Mar 5`, `Mar 5, 2013`.
    case monthDay
  }

  public enum Digits: Sendable, Hashable {
    case latin
    case arabicIndic
  }

  public enum Calendar: Sendable, Hashable {
    case gregorian
    /// Thai Buddhist era: the year plus 543, followed by ` BE`.
    case buddhist
    /// Japanese era of the year, Reiwa from 2019: `R4` is 2022.
    case japanese
  }

  public var name: String
  /// iOS writes `[date, time] `, Android `date, time - `.
  public var bracketed: Bool
  public var order: DateOrder
  public var dateSeparator: String
  public var yearDigits: Int
  public var padDayAndMonth: Bool
  /// Between date and time: `, `, a space, ` klo `, the Arabic comma.
  public var dateTimeSeparator: String
  public var timeSeparator: String
  public var seconds: Bool
  public var padHour: Bool
  public var clock: Clock
  public var timeFirst: Bool = false
  public var digits: Digits = .latin
  public var calendar: Calendar = .gregorian
  /// Arabic iOS exports put U+200F after each date field.
  public var fieldMark: String = ""
  /// Old exports: `3/24/14, 1:59:59 PM: Sender: text`.
  public var legacyColon: Bool = false
  public var monthName: MonthName = .none
  /// No year at all (`18 Mar 12:14 - `): it is counted back from the file's date.
  public var yearless: Bool = false

  private static let months = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// The header for a civil date and time, with what follows it up to the sender.
  public func render(
    year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int
  ) -> String {
    func pad(_ value: Int, _ padded: Bool) -> String {
      padded && value < 10 ? "0\(value)" : "\(value)"
    }
    var yearText: String
    switch calendar {
    case .gregorian: yearText = yearDigits == 2 ? pad(year % 100, true) : "\(year)"
    case .buddhist: yearText = "\(year + 543) BE"
    case .japanese: yearText = "R\(year - 2018)"
    }
    let (a, b): (Int, Int) = order == .mdy ? (month, day) : (day, month)
    var date: String
    if order == .ymd {
      date = [yearText, pad(month, padDayAndMonth), pad(day, padDayAndMonth)]
        .joined(separator: fieldMark + dateSeparator)
    } else {
      date =
        [pad(a, padDayAndMonth), pad(b, padDayAndMonth)].joined(
          separator: fieldMark + dateSeparator) + fieldMark + dateSeparator + yearText
    }
    date = fieldMark.isEmpty || order == .ymd ? date : fieldMark + date
    switch monthName {
    case .none: break
    case .dayMonth: date = "\(day) \(Self.months[month - 1])" + (yearless ? "" : " \(year)")
    case .monthDay: date = "\(Self.months[month - 1]) \(day)" + (yearless ? "" : ", \(year)")
    }
    var time: String
    switch clock {
    case .twentyFour:
      time = pad(hour, padHour) + timeSeparator + pad(minute, true)
      if seconds { time += timeSeparator + pad(second, true) }
    case .twelve(let space, let am, let pm):
      let twelve = hour % 12 == 0 ? 12 : hour % 12
      time = pad(twelve, padHour) + timeSeparator + pad(minute, true)
      if seconds { time += timeSeparator + pad(second, true) }
      time += space + (hour < 12 ? am : pm)
    case .dayPeriods:
      let twelve = hour % 12 == 0 ? 12 : hour % 12
      let period =
        hour < 6 || hour >= 21
        ? "at night"
        : hour < 12 ? "in the morning" : hour < 18 ? "in the afternoon" : "in the evening"
      time = pad(twelve, padHour) + timeSeparator + pad(minute, true) + " " + period
    }
    let stamp =
      timeFirst ? time + dateTimeSeparator + date : date + dateTimeSeparator + time
    let header: String
    if bracketed {
      header = "[" + stamp + "] "
    } else {
      header = stamp + (legacyColon ? ": " : " - ")
    }
    return digits == .arabicIndic ? Self.arabicIndic(header) : header
  }

  private static func arabicIndic(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { scalar in
          (0x30...0x39).contains(scalar.value)
            ? Unicode.Scalar(scalar.value - 0x30 + 0x660) ?? scalar : scalar
        }))
  }
}
