import TiesCore

/// The dates and call statuses of Telegram's HTML pages (formats/others.md §4.3).
enum TelegramHTMLDate {
  /// `03.10.2025 12:34:18 UTC+03:00`, or without the offset in older exports (then the
  /// seconds are the local wall time read as UTC).
  static func parse(_ text: String) -> (seconds: Int64, hasOffset: Bool)? {
    let bytes = Array(text.utf8)
    func number(_ start: Int, _ count: Int) -> Int? { ByteText.digits(bytes, start, count) }
    guard bytes.count >= 19, bytes[2] == 0x2E, bytes[5] == 0x2E, bytes[10] == 0x20,
      bytes[13] == 0x3A, bytes[16] == 0x3A,
      let day = number(0, 2), let month = number(3, 2), let year = number(6, 4),
      let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
      CivilTime.isValid(year: year, month: month, day: day), hour < 24, minute < 60, second < 61
    else { return nil }
    let local = CivilTime.seconds(
      year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    // " UTC+03:00"
    guard bytes.count >= 29, bytes[19] == 0x20, bytes[20] == 0x55, bytes[21] == 0x54,
      bytes[22] == 0x43, bytes[23] == 0x2B || bytes[23] == 0x2D,
      let hours = number(24, 2), let minutes = number(27, 2)
    else { return (local, false) }
    let offset = Int64(hours * 3600 + minutes * 60) * (bytes[23] == 0x2B ? 1 : -1)
    return (local - offset, true)
  }

  /// `Outgoing (95 seconds)`, `Cancelled`, `Incoming (12 seconds)`, `Missed`, `Declined`.
  static func call(status: String) -> (outgoing: Bool, missed: Bool, seconds: Int) {
    let word = status.prefix { $0.isLetter }.lowercased()
    let outgoing = word == "outgoing" || word == "cancelled" || word == "canceled"
    let missed = word == "cancelled" || word == "canceled" || word == "missed" || word == "declined"
    var seconds = 0
    if let open = status.firstIndex(of: "(") {
      let digits = status[status.index(after: open)...].prefix { $0.isASCII && $0.isNumber }
      seconds = Int(digits) ?? 0
    }
    return (outgoing, missed, seconds)
  }
}
