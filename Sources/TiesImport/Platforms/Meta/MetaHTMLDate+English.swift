import TiesCore

extension MetaHTMLDate {
  /// The shape nearly every English page writes, "Jan 29, 2024 7:07:03am" or "Sep 13, 2020,
  /// 12:26 PM", read on bytes with no `String` built: a month word of ASCII letters, the day,
  /// the year, the time and an optional am/pm, apart only by spaces and commas.
  ///
  /// - Returns: the same seconds `generalLocalSeconds` gives, or nil when the text has any
  ///   other shape or is not a valid date, which the general reader then decides.
  static func englishLocalSeconds(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
    var cursor = EnglishCursor(bytes: bytes)
    guard let month = cursor.monthWord(), cursor.separators(),
      let day = cursor.number(digits: 1...2), day > 0, cursor.separators(),
      let year = cursor.number(digits: 4...4), year >= 1000, cursor.separators(),
      let (hour12, minute, second) = cursor.time()
    else { return nil }
    let meridiem = cursor.meridiem()
    guard cursor.atEnd, CivilTime.isValid(year: year, month: month, day: day) else { return nil }
    var hour = hour12
    if let meridiem {
      if meridiem, hour < 12 { hour += 12 }
      if !meridiem, hour == 12 { hour = 0 }
    }
    guard hour < 24, minute < 60, second < 60 else { return nil }
    return CivilTime.seconds(
      year: year, month: month, day: day, hour: hour, minute: minute, second: second)
  }

  /// Month words of `months` that are ASCII, by their three lowercase letters.
  fileprivate static let englishMonths: [UInt32: Int] = {
    var table: [UInt32: Int] = [:]
    for (word, month) in months where word.utf8.count == 3 && word.utf8.allSatisfy({ $0 < 0x80 }) {
      table[word.utf8.reduce(0) { $0 << 8 | UInt32($1) }] = month
    }
    return table
  }()
}

/// A position in the bytes of a date; each step consumes what it reads or reports a shape
/// the fast path does not take.
private struct EnglishCursor {
  let bytes: UnsafeBufferPointer<UInt8>
  var index = 0

  var atEnd: Bool { index == bytes.count }

  private func byte(_ offset: Int = 0) -> UInt8? {
    index + offset < bytes.count ? bytes[index + offset] : nil
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
  }
  private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  /// Three or more ASCII letters naming a month by their first three ("Jan", "September"),
  /// followed by a separator; French "juin"/"juil" and anything with a period or an accent
  /// are left to the general reader.
  mutating func monthWord() -> Int? {
    var end = index
    while end < bytes.count, Self.isLetter(bytes[end]) { end += 1 }
    guard end - index >= 3, end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x2C else {
      return nil
    }
    let key = (0..<3).reduce(UInt32(0)) { $0 << 8 | UInt32(bytes[index + $1] | 0x20) }
    // 0x6A7569 is "jui".
    guard key != 0x6A_7569, let month = MetaHTMLDate.englishMonths[key] else { return nil }
    index = end
    return month
  }

  /// At least one space or comma.
  mutating func separators() -> Bool {
    let start = index
    while let byte = byte(), byte == 0x20 || byte == 0x2C { index += 1 }
    return index > start
  }

  /// A number of the given digit count, not followed by another digit, a colon or a letter.
  mutating func number(digits: ClosedRange<Int>) -> Int? {
    var value = 0
    var count = 0
    while let byte = byte(), Self.isDigit(byte) {
      value = value * 10 + Int(byte - 0x30)
      count += 1
      index += 1
      guard count <= digits.upperBound else { return nil }
    }
    guard count >= digits.lowerBound, let next = byte(), next == 0x20 || next == 0x2C else {
      return nil
    }
    return value
  }

  /// "7:07", "7:07:03" or "12:26": hour of one or two digits, minutes and seconds of two.
  mutating func time() -> (Int, Int, Int)? {
    guard let hour = digits(1...2), byte() == 0x3A else { return nil }
    index += 1
    guard let minute = digits(2...2) else { return nil }
    var second = 0
    if byte() == 0x3A {
      index += 1
      guard let value = digits(2...2) else { return nil }
      second = value
    }
    if let next = byte(), next != 0x20, !Self.isLetter(next) { return nil }
    return (hour, minute, second)
  }

  private mutating func digits(_ count: ClosedRange<Int>) -> Int? {
    var value = 0
    var read = 0
    while read < count.upperBound, let byte = byte(), Self.isDigit(byte) {
      value = value * 10 + Int(byte - 0x30)
      read += 1
      index += 1
    }
    guard read >= count.lowerBound else { return nil }
    if let next = byte(), Self.isDigit(next) { return nil }
    return value
  }

  /// Optional spaces, then "am" or "pm" in any case: true for pm. Nil when absent; anything
  /// else left over makes `atEnd` false.
  mutating func meridiem() -> Bool? {
    while byte() == 0x20 { index += 1 }
    guard let first = byte(), let second = byte(1), second | 0x20 == 0x6D else { return nil }
    let pm: Bool
    switch first | 0x20 {
    case 0x61: pm = false
    case 0x70: pm = true
    default: return nil
    }
    index += 2
    return pm
  }
}
