/// Calendar arithmetic on the proleptic Gregorian calendar in UTC, without Foundation's
/// calendars: exact, allocation-free and fast enough for millions of timestamps.
public enum CivilTime {
  /// Days since 1970-01-01 for a year, month (1–12) and day (1–31).
  ///
  /// Howard Hinnant's `days_from_civil`.
  /// Fields far out of range (a corrupt file's year 10^18) are clamped, never trapped on:
  /// the result is then implausible, and `PlausibleTimes` drops it.
  public static func days(year: Int, month: Int, day: Int) -> Int64 {
    let (year, month, day) = (clamp(year), clamp(month), clamp(day))
    let y = Int64(month <= 2 ? year - 1 : year)
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let m = Int64(month)
    let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// Seconds since 1970 for a wall-clock time read as UTC.
  public static func seconds(
    year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0
  ) -> Int64 {
    days(year: year, month: month, day: day) * 86_400 + Int64(clamp(hour)) * 3600
      + Int64(clamp(minute)) * 60 + Int64(clamp(second))
  }

  private static func clamp(_ value: Int) -> Int { min(max(value, -10_000_000), 10_000_000) }

  /// Year, month and day of a count of days since 1970-01-01.
  public static func civil(days: Int64) -> (year: Int, month: Int, day: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    return (Int(year), Int(month), Int(day))
  }

  /// Whether the day exists in that month.
  public static func isValid(year: Int, month: Int, day: Int) -> Bool {
    guard (1...9999).contains(year), (1...12).contains(month), day >= 1 else { return false }
    let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    return day <= (month == 2 && leap ? 29 : lengths[month - 1])
  }

  /// The instants an export can plausibly record: 1990-01-01 to 2100-01-01 (UTC). Outside
  /// them a time is corrupt, and letting it in would move the export's end and overflow
  /// arithmetic on spans.
  public static let plausible: ClosedRange<Int64> = 631_152_000...4_102_444_800

  /// `2024-01-31T12:00:00Z`.
  public static func iso8601(_ seconds: Int64) -> String {
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let rest = Int(seconds - days * 86_400)
    let (y, m, d) = civil(days: days)
    return
      "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(rest / 3600, 2)):\(pad(rest / 60 % 60, 2)):"
      + "\(pad(rest % 60, 2))Z"
  }

  /// `2024-01`: the first seven characters of `iso8601` in that month, whatever the year.
  public static func isoMonth(year: Int, month: Int) -> String {
    String("\(pad(year, 4))-\(pad(month, 2))".prefix(7))
  }

  /// `2024-01-31`.
  public static func isoDate(_ seconds: Int64) -> String {
    String(iso8601(seconds).prefix(10))
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
  }
}
