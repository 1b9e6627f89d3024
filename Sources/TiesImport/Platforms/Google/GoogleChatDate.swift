import Foundation
import TiesCore

/// Google Chat's English dates: `Tuesday, March 7, 2023 at 3:04:05 PM UTC`, also 24-hour
/// (`at 17:13:43 UTC`) and with U+202F before the meridiem.
///
/// Read on bytes: words are split at spaces, commas and U+202F; the first word that is an
/// English month name (any case) is followed by day, year, `at`, the clock and an optional
/// AM/PM. Text with other non-ASCII characters takes the `String` path, whose grapheme
/// rules (a combining mark joins the space before it) the byte path does not model.
enum GoogleChatDate {
  static func seconds(_ text: String) -> Int64? {
    var text = text
    return text.withUTF8 { seconds(bytes: $0) }
  }

  /// The same on the raw bytes of a JSON string (escapes are decoded first when present).
  static func seconds(raw: UnsafeBufferPointer<UInt8>) -> Int64? {
    guard !raw.contains(0x5C) else { return seconds(JSONScanner.decode(raw)) }
    return seconds(bytes: raw)
  }

  private static func seconds(bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
    guard isSimple(bytes) else { return slowSeconds(String(decoding: bytes, as: UTF8.self)) }
    var words = Words(bytes: bytes)
    var month = 0
    while month == 0, let word = words.next() { month = monthNumber(bytes, word) }
    guard month != 0, let dayWord = words.next(), let yearWord = words.next(),
      let atWord = words.next(), let clockWord = words.next(),
      let day = integer(bytes, dayWord), let year = integer(bytes, yearWord),
      isWord(bytes, atWord, "at"), CivilTime.isValid(year: year, month: month, day: day),
      let clock = clock(bytes, clockWord), clock.minute < 60, clock.second < 61
    else { return nil }
    var hour = clock.hour
    let meridiem = words.next() ?? 0..<0
    let isAM = isWordIgnoringCase(bytes, meridiem, "AM")
    if isAM || isWordIgnoringCase(bytes, meridiem, "PM") {
      guard (1...12).contains(hour) else { return nil }
      hour = hour % 12 + (isAM ? 0 : 12)
    }
    guard hour < 24 else { return nil }
    return CivilTime.seconds(
      year: year, month: month, day: day, hour: hour, minute: clock.minute, second: clock.second)
  }

  /// ASCII, or U+202F: the text the byte path reads exactly as the `String` path does.
  private static func isSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      if bytes[index] < 0x80 {
        index += 1
      } else if isNarrowSpace(bytes, at: index) {
        index += 3
      } else {
        return false
      }
    }
    return true
  }

  @inline(__always)
  private static func isNarrowSpace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
      && bytes[index + 2] == 0xAF
  }

  /// Splits at spaces, commas and U+202F, skipping empty words.
  private struct Words {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    private func separator(at index: Int) -> Int {
      let byte = bytes[index]
      if byte == 0x20 || byte == 0x2C { return 1 }
      return GoogleChatDate.isNarrowSpace(bytes, at: index) ? 3 : 0
    }

    mutating func next() -> Range<Int>? {
      while index < bytes.count, case let width = separator(at: index), width > 0 {
        index += width
      }
      guard index < bytes.count else { return nil }
      let start = index
      while index < bytes.count, separator(at: index) == 0 { index += 1 }
      return start..<index
    }
  }

  private static func monthNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Int {
    for (offset, name) in monthNames.enumerated() where isWordIgnoringCase(bytes, word, name) {
      return offset + 1
    }
    return 0
  }

  private static func isWord(
    _ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, _ expected: StaticString
  ) -> Bool {
    guard word.count == expected.utf8CodeUnitCount else { return false }
    for offset in 0..<word.count where bytes[word.lowerBound + offset] != expected.utf8Start[offset]
    {
      return false
    }
    return true
  }

  /// ASCII letters compared without case; `expected` is lower- or upper-case ASCII.
  private static func isWordIgnoringCase(
    _ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, _ expected: StaticString
  ) -> Bool {
    guard word.count == expected.utf8CodeUnitCount else { return false }
    for offset in 0..<word.count {
      let byte = bytes[word.lowerBound + offset]
      let letter = byte | 0x20
      guard letter >= 0x61, letter <= 0x7A, letter == expected.utf8Start[offset] | 0x20 else {
        return false
      }
    }
    return true
  }

  /// What `Int(_: String)` accepts: an optional sign and decimal digits, nil on overflow.
  private static func integer(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    var index = range.lowerBound
    var negative = false
    if index < range.upperBound, bytes[index] == 0x2B || bytes[index] == 0x2D {
      negative = bytes[index] == 0x2D
      index += 1
    }
    guard index < range.upperBound else { return nil }
    var value = 0
    while index < range.upperBound {
      let digit = bytes[index] &- 0x30
      guard digit < 10 else { return nil }
      let (times, overflowA) = value.multipliedReportingOverflow(by: 10)
      let (next, overflowB) =
        negative
        ? times.subtractingReportingOverflow(Int(digit)) : times.addingReportingOverflow(Int(digit))
      guard !overflowA, !overflowB else { return nil }
      value = next
      index += 1
    }
    return value
  }

  /// `h:mm:ss` as the `String` path read it: the parts between colons (empty ones skipped)
  /// that are integers, exactly three of them.
  private static func clock(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> (
    hour: Int, minute: Int, second: Int
  )? {
    var values = (0, 0, 0)
    var found = 0
    var start = word.lowerBound
    for index in word.lowerBound...word.upperBound
    where index == word.upperBound || bytes[index] == 0x3A {
      if index > start, let value = integer(bytes, start..<index) {
        switch found {
        case 0: values.0 = value
        case 1: values.1 = value
        case 2: values.2 = value
        default: return nil
        }
        found += 1
      }
      start = index + 1
    }
    guard found == 3 else { return nil }
    return values
  }

  private static let monthNames: [StaticString] = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ]

  /// The `String` reading, for text with non-ASCII characters besides U+202F.
  static func slowSeconds(_ text: String) -> Int64? {
    let words = text.replacingOccurrences(of: "\u{202F}", with: " ")
      .replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
    guard let monthIndex = words.firstIndex(where: { months[$0.lowercased()] != nil }),
      let month = months[words[monthIndex].lowercased()], monthIndex + 4 < words.count,
      let day = Int(words[monthIndex + 1]), let year = Int(words[monthIndex + 2]),
      words[monthIndex + 3] == "at", CivilTime.isValid(year: year, month: month, day: day)
    else { return nil }
    let clock = words[monthIndex + 4].split(separator: ":").compactMap { Int($0) }
    guard clock.count == 3, clock[1] < 60, clock[2] < 61 else { return nil }
    var hour = clock[0]
    let meridiem = monthIndex + 5 < words.count ? words[monthIndex + 5].uppercased() : ""
    if meridiem == "AM" || meridiem == "PM" {
      guard (1...12).contains(hour) else { return nil }
      hour = hour % 12 + (meridiem == "PM" ? 12 : 0)
    }
    guard hour < 24 else { return nil }
    return CivilTime.seconds(
      year: year, month: month, day: day, hour: hour, minute: clock[1], second: clock[2])
  }

  private static let months: [String: Int] = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
  ]
}
