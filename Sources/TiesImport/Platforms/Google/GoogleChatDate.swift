import Foundation
import TiesCore

/// Google Chat's English dates: `Tuesday, March 7, 2023 at 3:04:05 PM UTC`, also 24-hour
/// (`at 17:13:43 UTC`) and with U+202F before the meridiem.
enum GoogleChatDate {
  static func seconds(_ text: String) -> Int64? {
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
