import TiesCore

/// The three time formats of a LinkedIn export (formats/others.md §2): messages'
/// `2022-09-08 18:08:14 UTC`, the only one with a zone; and two naive local forms,
/// `1/8/18, 6:14 PM` (2018 files, invitations) and `09 Sep 2022` (connections since 2021).
/// Naive times are shifted by the assumed zone (`--timezone`, else read as UTC).
struct LinkedInDates {
  private let zone: ZoneOffsets?

  init(zone: ZoneOffsets?) { self.zone = zone }

  /// Seconds since 1970 (UTC), or nil when the text is none of the formats.
  func seconds(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
    var scanner = ByteCursor(bytes)
    scanner.skipSpaces()
    guard let first = scanner.number() else { return nil }
    if first >= 1000 {
      // 2022-09-08 18:08:14 UTC
      guard scanner.consume(0x2D), let month = scanner.number(), scanner.consume(0x2D),
        let day = scanner.number(), CivilTime.isValid(year: first, month: month, day: day)
      else { return nil }
      var seconds = CivilTime.seconds(year: first, month: month, day: day)
      scanner.skipSpaces()
      if let hour = scanner.number(), scanner.consume(0x3A), let minute = scanner.number() {
        seconds += Int64(hour * 3600 + minute * 60)
        if scanner.consume(0x3A), let second = scanner.number() { seconds += Int64(second) }
      }
      scanner.skipSpaces()
      // Explicit "UTC" in messages; nothing else in this form is known to be local.
      return seconds
    }
    if scanner.consume(0x2F) {
      // 1/8/18, 6:14 PM — month first, as LinkedIn writes it in every locale seen.
      guard let day = scanner.number(), scanner.consume(0x2F), var year = scanner.number() else {
        return nil
      }
      if year < 100 { year += 2000 }
      guard CivilTime.isValid(year: year, month: first, day: day) else { return nil }
      var local = CivilTime.seconds(year: year, month: first, day: day)
      _ = scanner.consume(0x2C)
      scanner.skipSpaces()
      if var hour = scanner.number(), scanner.consume(0x3A), let minute = scanner.number() {
        scanner.skipSpaces()
        if let meridiem = scanner.letter() {
          if hour == 12 { hour = 0 }
          if meridiem == 0x50 { hour += 12 }  // P
        }
        guard hour < 24, minute < 60 else { return nil }
        local += Int64(hour * 3600 + minute * 60)
      }
      return naive(local)
    }
    // 09 Sep 2022
    scanner.skipSpaces()
    guard let month = scanner.englishMonth() else { return nil }
    scanner.skipSpaces()
    guard let year = scanner.number(), CivilTime.isValid(year: year, month: month, day: first)
    else { return nil }
    return naive(CivilTime.seconds(year: year, month: month, day: first))
  }

  func seconds(_ text: String) -> Int64? {
    var copy = text
    return copy.withUTF8 { seconds($0) }
  }

  private func naive(_ local: Int64) -> Int64 { zone?.utc(fromLocal: local) ?? local }
}

extension ByteCursor {
  /// An English month abbreviation (or full name), 1–12, as LinkedIn writes it.
  fileprivate mutating func englishMonth() -> Int? {
    guard position + 3 <= bytes.count else { return nil }
    let key = [bytes[position], bytes[position + 1], bytes[position + 2]].map { $0 | 0x20 }
    let names = [
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    guard let index = names.firstIndex(where: { Array($0.utf8) == key }) else { return nil }
    position += 3
    while position < bytes.count, bytes[position] | 0x20 >= 0x61, bytes[position] | 0x20 <= 0x7A {
      position += 1
    }
    _ = consume(0x2E)
    return index + 1
  }
}
