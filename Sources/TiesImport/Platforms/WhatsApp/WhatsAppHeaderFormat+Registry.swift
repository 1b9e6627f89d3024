extension WhatsAppHeaderFormat {
  private static let upper = Clock.twelve(space: " ", am: "AM", pm: "PM")
  private static let narrow = Clock.twelve(space: "\u{202F}", am: "AM", pm: "PM")

  /// Every header format ties reads, one per row of formats/others.md §3.2.
  public static let all: [WhatsAppHeaderFormat] = [
    .android("Android en-GB", .dmy, "/", 4, pad: true),
    WhatsAppHeaderFormat(
      name: "Android en-US 12 h (2023+)", bracketed: false, order: .mdy, dateSeparator: "/",
      yearDigits: 2, padDayAndMonth: false, dateTimeSeparator: ", ", timeSeparator: ":",
      seconds: false, padHour: false, clock: narrow),
    WhatsAppHeaderFormat(
      name: "Android en-US 12 h (2018)", bracketed: false, order: .mdy, dateSeparator: "/",
      yearDigits: 2, padDayAndMonth: false, dateTimeSeparator: ", ", timeSeparator: ":",
      seconds: false, padHour: false, clock: upper),
    .android("Android de", .dmy, ".", 2, pad: true),
    .android("Android cs", .dmy, ".", 2, pad: true, separator: " "),
    .android("Android ru", .dmy, ".", 4, pad: true),
    .android("Android nl", .dmy, "-", 4, pad: true, separator: " "),
    WhatsAppHeaderFormat(
      name: "Android es 12 h", bracketed: false, order: .dmy, dateSeparator: "/", yearDigits: 4,
      padDayAndMonth: false, dateTimeSeparator: ", ", timeSeparator: ":", seconds: false,
      padHour: false, clock: .twelve(space: " ", am: "a.\u{00A0}m.", pm: "p.\u{00A0}m.")),
    .android("Android year first", .ymd, "/", 4, pad: true),
    WhatsAppHeaderFormat(
      name: "Android year first 12 h", bracketed: false, order: .ymd, dateSeparator: "/",
      yearDigits: 4, padDayAndMonth: true, dateTimeSeparator: ", ", timeSeparator: ":",
      seconds: false, padHour: true, clock: .twelve(space: " ", am: "am", pm: "pm")),
    .iOS("iOS en-US", .mdy, "/", 2, pad: false),
    WhatsAppHeaderFormat(
      name: "iOS 12 h", bracketed: true, order: .mdy, dateSeparator: "/", yearDigits: 2,
      padDayAndMonth: false, dateTimeSeparator: ", ", timeSeparator: ":", seconds: true,
      padHour: false, clock: upper),
    WhatsAppHeaderFormat(
      name: "iOS 12 h (newer)", bracketed: true, order: .mdy, dateSeparator: "/", yearDigits: 2,
      padDayAndMonth: false, dateTimeSeparator: ", ", timeSeparator: ":", seconds: true,
      padHour: false, clock: narrow),
    .iOS("iOS de (2024)", .dmy, ".", 4, pad: true),
    .iOS("iOS de, two-digit year", .dmy, ".", 2, pad: true),
    .iOS("iOS cs/fr/ja/th/pt", .mdy, "/", 2, pad: false, separator: " "),
    .iOS("iOS id", .mdy, "/", 2, pad: false, separator: " ", time: "."),
    WhatsAppHeaderFormat(
      name: "iOS vi (time first)", bracketed: true, order: .mdy, dateSeparator: "/",
      yearDigits: 2, padDayAndMonth: false, dateTimeSeparator: ", ", timeSeparator: ":",
      seconds: true, padHour: true, clock: .twentyFour, timeFirst: true),
    WhatsAppHeaderFormat(
      name: "iOS ar (Arabic-Indic digits)", bracketed: true, order: .dmy, dateSeparator: "/",
      yearDigits: 4, padDayAndMonth: false, dateTimeSeparator: "\u{060C} ", timeSeparator: ":",
      seconds: true, padHour: false, clock: .twelve(space: " ", am: "ص", pm: "م"),
      digits: .arabicIndic, fieldMark: "\u{200F}"),
    WhatsAppHeaderFormat(
      name: "iOS ar (Latin digits)", bracketed: true, order: .dmy, dateSeparator: "/",
      yearDigits: 4, padDayAndMonth: false, dateTimeSeparator: "\u{060C} ", timeSeparator: ":",
      seconds: true, padHour: true, clock: .twentyFour, fieldMark: "\u{200F}"),
    WhatsAppHeaderFormat(
      name: "iOS Buddhist calendar", bracketed: true, order: .mdy, dateSeparator: "/",
      yearDigits: 4, padDayAndMonth: false, dateTimeSeparator: ", ", timeSeparator: ":",
      seconds: true, padHour: true, clock: .twentyFour, calendar: .buddhist),
    WhatsAppHeaderFormat(
      name: "iOS Japanese calendar", bracketed: true, order: .mdy, dateSeparator: "/",
      yearDigits: 4, padDayAndMonth: false, dateTimeSeparator: ", ", timeSeparator: ":",
      seconds: true, padHour: true, clock: .twentyFour, calendar: .japanese),
    .iOS("iOS fi", .dmy, ".", 4, pad: false, separator: " klo ", time: "."),
    WhatsAppHeaderFormat(
      name: "legacy 12 h with colon", bracketed: false, order: .mdy, dateSeparator: "/",
      yearDigits: 2, padDayAndMonth: false, dateTimeSeparator: ", ", timeSeparator: ":",
      seconds: true, padHour: false, clock: upper, legacyColon: true),
    WhatsAppHeaderFormat(
      name: "legacy 24 h with colon", bracketed: false, order: .dmy, dateSeparator: "/",
      yearDigits: 4, padDayAndMonth: true, dateTimeSeparator: " ", timeSeparator: ":",
      seconds: true, padHour: true, clock: .twentyFour, legacyColon: true),
    WhatsAppHeaderFormat(
      name: "iOS a.m./p.m.", bracketed: true, order: .dmy, dateSeparator: "/", yearDigits: 4,
      padDayAndMonth: true, dateTimeSeparator: ", ", timeSeparator: ":", seconds: true,
      padHour: false, clock: .twelve(space: " ", am: "a.m.", pm: "p.m.")),
    WhatsAppHeaderFormat(
      name: "Android time first, month name", bracketed: false, order: .dmy, dateSeparator: " ",
      yearDigits: 4, padDayAndMonth: false, dateTimeSeparator: ", ", timeSeparator: ":",
      seconds: false, padHour: true, clock: .twentyFour, timeFirst: true, monthName: .dayMonth),
    WhatsAppHeaderFormat(
      name: "Android month name first, no year, 12 h", bracketed: false, order: .dmy,
      dateSeparator: " ", yearDigits: 4, padDayAndMonth: false, dateTimeSeparator: ", ",
      timeSeparator: ":", seconds: false, padHour: false, clock: upper, monthName: .monthDay,
      yearless: true),
    WhatsAppHeaderFormat(
      name: "Android day month name, no year", bracketed: false, order: .dmy, dateSeparator: " ",
      yearDigits: 4, padDayAndMonth: false, dateTimeSeparator: " ", timeSeparator: ":",
      seconds: false, padHour: true, clock: .twentyFour, monthName: .dayMonth, yearless: true),
    WhatsAppHeaderFormat(
      name: "Android ISO dates, a.m./p.m.", bracketed: false, order: .ymd, dateSeparator: "-",
      yearDigits: 4, padDayAndMonth: true, dateTimeSeparator: ", ", timeSeparator: ":",
      seconds: false, padHour: false, clock: .twelve(space: " ", am: "a.m.", pm: "p.m.")),
    WhatsAppHeaderFormat(
      name: "Android day periods", bracketed: false, order: .dmy, dateSeparator: "/",
      yearDigits: 4, padDayAndMonth: true, dateTimeSeparator: ", ", timeSeparator: ":",
      seconds: false, padHour: false, clock: .dayPeriods),
  ]

  private static func android(
    _ name: String, _ order: DateOrder, _ dateSeparator: String, _ yearDigits: Int, pad: Bool,
    separator: String = ", "
  ) -> WhatsAppHeaderFormat {
    WhatsAppHeaderFormat(
      name: name, bracketed: false, order: order, dateSeparator: dateSeparator,
      yearDigits: yearDigits, padDayAndMonth: pad, dateTimeSeparator: separator,
      timeSeparator: ":", seconds: false, padHour: true, clock: .twentyFour)
  }

  private static func iOS(
    _ name: String, _ order: DateOrder, _ dateSeparator: String, _ yearDigits: Int, pad: Bool,
    separator: String = ", ", time: String = ":"
  ) -> WhatsAppHeaderFormat {
    WhatsAppHeaderFormat(
      name: name, bracketed: true, order: order, dateSeparator: dateSeparator,
      yearDigits: yearDigits, padDayAndMonth: pad, dateTimeSeparator: separator,
      timeSeparator: time, seconds: true, padHour: true, clock: .twentyFour)
  }
}
