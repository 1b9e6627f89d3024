import TiesCore

/// ISO 8601 timestamps as exports write them: `2019-03-19T19:51:16+00:00`,
/// `2021-09-15T06:00:28.597Z`, `2019-03-19 19:51:16`, or a bare date.
public enum ISODate {
  /// Seconds since 1970 (UTC), or nil when the text is not such a timestamp.
  public static func seconds(_ text: String) -> Int64? {
    var text = text
    return text.withUTF8(seconds(raw:))
  }

  /// As `seconds(_:)`, on the bytes of the text.
  static func seconds(raw bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
    func number(_ start: Int, _ count: Int) -> Int? { ByteText.digits(bytes, start, count) }
    guard let year = number(0, 4), bytes.count >= 10, bytes[4] == 0x2D, bytes[7] == 0x2D,
      let month = number(5, 2), let day = number(8, 2),
      CivilTime.isValid(year: year, month: month, day: day)
    else { return nil }
    var seconds = CivilTime.seconds(year: year, month: month, day: day)
    guard bytes.count >= 19, bytes[10] == 0x54 || bytes[10] == 0x20,
      let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2)
    else { return bytes.count == 10 ? seconds : nil }
    seconds += Int64(hour * 3600 + minute * 60 + second)
    var index = 19
    if index < bytes.count, bytes[index] == 0x2E {
      index += 1
      while index < bytes.count, bytes[index] &- 0x30 < 10 { index += 1 }
    }
    guard index < bytes.count else { return seconds }
    switch bytes[index] {
    case 0x5A: return seconds  // Z
    case 0x2B, 0x2D:
      let sign: Int64 = bytes[index] == 0x2B ? 1 : -1
      guard let hours = number(index + 1, 2) else { return nil }
      let minutesStart = index + 3 < bytes.count && bytes[index + 3] == 0x3A ? index + 4 : index + 3
      let minutes = number(minutesStart, 2) ?? 0
      return seconds - sign * Int64(hours * 3600 + minutes * 60)
    default:
      return nil
    }
  }
}
