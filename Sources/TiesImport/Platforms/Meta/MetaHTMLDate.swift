import Foundation
import TiesCore

/// The dates of Meta's HTML exports: local wall time written out in the exporter's language
/// ("Jan 29, 2024 7:07:03am", "Sep 13, 2020, 12:26 PM", "Oct 19, 2019 at 2:37 PM",
/// "19 Oct 2019, 14:37", "Tháng 10 01, 2025 10:21:24 ch"; formats/meta.md §5).
enum MetaHTMLDate {
  /// Seconds since 1970 of the wall time read as UTC, or nil when the text is not a date.
  static func localSeconds(_ text: String) -> Int64? {
    var text = text
    if let seconds = text.withUTF8({ englishLocalSeconds($0) }) { return seconds }
    return generalLocalSeconds(text)
  }

  /// `localSeconds` for any wording: tokens first, then put together.
  static func generalLocalSeconds(_ text: String) -> Int64? {
    let parts = DateParts(tokens(text))
    var time = parts.time
    // A date alone ("Oct 19, 2019" on old friend lists) needs a month name to be a date.
    guard time.count >= 2 || parts.monthFromWord != nil else { return nil }
    if time.isEmpty { time = [0, 0] }
    guard let (year, month, day) = parts.date() else { return nil }
    var hour = time[0]
    if let meridiem = parts.meridiem {
      if meridiem, hour < 12 { hour += 12 }
      if !meridiem, hour == 12 { hour = 0 }
    }
    let second = time.count > 2 ? time[2] : 0
    guard hour < 24, time[1] < 60, second < 60 else { return nil }
    return CivilTime.seconds(
      year: year, month: month, day: day, hour: hour, minute: time[1], second: second)
  }

  /// What a date's tokens say, before they are put together.
  private struct DateParts {
    var numbers: [Int] = []
    var time: [Int] = []
    var meridiem: Bool?  // true: PM
    var monthFromWord: Int?
    var yearFirst = false

    init(_ tokens: [Token]) {
      var expectMonthNumber = false
      var previousWord = ""
      for token in tokens {
        switch token {
        case .time(let parts):
          if time.isEmpty { time = parts }
        case .number(let value):
          if expectMonthNumber {
            monthFromWord = value
            expectMonthNumber = false
          } else {
            numbers.append(value)
          }
        case .word(let word):
          defer { previousWord = word }
          // "p. m." arrives as "p" then "m".
          if word == "m", previousWord == "p" { meridiem = true }
          if word == "m", previousWord == "a" { meridiem = false }
          if word.utf8.contains(where: { $0 >= 0x80 }), word.contains("年") || word.contains("년") {
            yearFirst = true
          }
          switch word {
          case "am", "a.m", "a.m.", "sa", "vorm", "上午", "午前", "오전": meridiem = false
          case "pm", "p.m", "p.m.", "ch", "nachm", "下午", "午後", "오후": meridiem = true
          case "thang": expectMonthNumber = true  // Vietnamese "Tháng 10": month 10
          default:
            if monthFromWord == nil, let month = MetaHTMLDate.month(word) { monthFromWord = month }
          }
        }
      }
    }

    /// Year, month and day, when the numbers make a valid date.
    func date() -> (Int, Int, Int)? {
      var year: Int?
      var day: Int?
      var month = monthFromWord
      var rest: [Int] = []
      for number in numbers {
        if year == nil, number >= 1000 { year = number } else { rest.append(number) }
      }
      if month == nil {
        guard rest.count >= 2 else { return nil }
        // Numeric dates: year first (2019-10-05, 2019年10月5日) reads y-m-d; otherwise d.m.y,
        // as Meta writes them in most locales.
        let first = numbers.first ?? 0
        if yearFirst || first >= 1000 {
          (month, day) = (rest[0], rest[1])
        } else {
          (day, month) = (rest[0], rest[1])
        }
      } else {
        day = rest.first
      }
      guard let year, let month, let day, CivilTime.isValid(year: year, month: month, day: day)
      else { return nil }
      return (year, month, day)
    }
  }

  /// "UTC+06:00", "UTC-5", "GMT+5:30" in a header: the offset in seconds.
  static func offset(_ text: String) -> Int64? {
    for marker in ["UTC", "GMT"] {
      guard let range = text.range(of: marker) else { continue }
      var rest = text[range.upperBound...].unicodeScalars.makeIterator()
      guard let sign = rest.next(), sign == "+" || sign == "-" || sign == "\u{2212}" else {
        return 0
      }
      var digits = ""
      var minutes = ""
      var inMinutes = false
      while let scalar = rest.next() {
        if scalar == ":" {
          inMinutes = true
        } else if ("0"..."9").contains(scalar) {
          if inMinutes {
            minutes.unicodeScalars.append(scalar)
          } else {
            digits.unicodeScalars.append(scalar)
          }
        } else {
          break
        }
      }
      guard let hours = Int(digits), hours <= 14 else { return nil }
      let total = Int64(hours * 3600 + (Int(minutes) ?? 0) * 60)
      return sign == "+" ? total : -total
    }
    return nil
  }

  private enum Token {
    case word(String)
    case number(Int)
    case time([Int])
  }

  private static func tokens(_ text: String) -> [Token] {
    var result: [Token] = []
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if ("0"..."9").contains(scalar) {
        var parts: [Int] = []
        var current = 0
        while index < scalars.count {
          let c = scalars[index]
          if ("0"..."9").contains(c) {
            current = current &* 10 &+ Int(c.value - 48)
          } else if c == ":", index + 1 < scalars.count, ("0"..."9").contains(scalars[index + 1]) {
            parts.append(current)
            current = 0
          } else {
            break
          }
          index += 1
        }
        parts.append(current)
        result.append(parts.count > 1 ? .time(parts) : .number(parts[0]))
      } else if isAlphabetic(scalar) {
        var word = String.UnicodeScalarView()
        var ascii = true
        while index < scalars.count, isAlphabetic(scalars[index]) || scalars[index] == "." {
          var c = scalars[index]
          if c.value >= 0x41, c.value <= 0x5A, let lower = Unicode.Scalar(c.value + 32) {
            c = lower
          }
          if c.value >= 0x80 { ascii = false }
          if c != "." || !word.isEmpty { word.append(c) }
          index += 1
        }
        while word.last == "." { word.removeLast() }
        var text = String(word)
        // Foundation's folding is slow on Linux: only words with accents or other scripts.
        if !ascii {
          text = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        }
        result.append(.word(text))
      } else {
        index += 1
      }
    }
    return result
  }

  /// Unicode's Alphabetic property, answered without the property tables for ASCII (where
  /// only the letters have it).
  private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A }
    return scalar.properties.isAlphabetic
  }

  /// The month a word names, by its first letters, in the languages Meta exports in.
  static func month(_ word: String) -> Int? {
    if word.hasPrefix("juin") { return 6 }
    if word.hasPrefix("juil") { return 7 }
    guard word.count >= 3 else { return nil }
    return months[String(word.prefix(3))]
  }

  static let months: [String: Int] = [
    "jan": 1, "gen": 1, "ene": 1, "янв": 1,
    "feb": 2, "fev": 2, "фев": 2,
    "mar": 3, "mrt": 3, "maa": 3, "мар": 3,
    "apr": 4, "abr": 4, "avr": 4, "апр": 4,
    "may": 5, "mai": 5, "mag": 5, "mei": 5, "мая": 5, "май": 5,
    "jun": 6, "giu": 6, "июн": 6,
    "jul": 7, "lug": 7, "июл": 7,
    "aug": 8, "ago": 8, "aou": 8, "авг": 8,
    "sep": 9, "set": 9, "сен": 9,
    "oct": 10, "okt": 10, "out": 10, "ott": 10, "окт": 10,
    "nov": 11, "ноя": 11,
    "dec": 12, "dez": 12, "dic": 12, "дек": 12,
  ]
}
