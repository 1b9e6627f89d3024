import Testing
import TiesCore

@testable import TiesImport

/// The byte reading of Google Chat dates against the `String` reading it replaced.
@Suite struct GoogleChatDateTests {
  private func raw(_ text: String) -> Int64? {
    var text = text
    return text.withUTF8 { GoogleChatDate.seconds(raw: $0) }
  }

  private func civil(_ y: Int, _ mo: Int, _ d: Int, _ h: Int, _ mi: Int, _ s: Int) -> Int64? {
    CivilTime.seconds(year: y, month: mo, day: d, hour: h, minute: mi, second: s)
  }

  @Test(arguments: [
    ("Tuesday, March 7, 2023 at 3:04:05 PM UTC", [2023, 3, 7, 15, 4, 5]),
    ("Tuesday, March 7, 2023 at 12:04:05 AM UTC", [2023, 3, 7, 0, 4, 5]),
    ("Tuesday, March 7, 2023 at 12:04:05 PM UTC", [2023, 3, 7, 12, 4, 5]),
    ("Tuesday, March 7, 2023 at 1:00:00 am UTC", [2023, 3, 7, 1, 0, 0]),
    ("Wednesday, March 8, 2023 at 17:13:43 UTC", [2023, 3, 8, 17, 13, 43]),
    ("Wednesday, March 8, 2023 at 0:00:00 UTC", [2023, 3, 8, 0, 0, 0]),
    ("Friday, December 1, 2023 at 9:00:00\u{202F}AM UTC", [2023, 12, 1, 9, 0, 0]),
    ("Friday,\u{202F}December\u{202F}1,\u{202F}2023 at 9:00:00 PM", [2023, 12, 1, 21, 0, 0]),
    ("Thursday, February 29, 2024 at 11:59:60 PM UTC", [2024, 2, 29, 23, 59, 60]),
    ("Saturday, January 1, 2000 at 00:00:00 UTC", [2000, 1, 1, 0, 0, 0]),
    ("December 31, 1999 at 23:59:59", [1999, 12, 31, 23, 59, 59]),
    ("MAY 5, 2020 at 1:02:03 PM", [2020, 5, 5, 13, 2, 3]),
    ("Monday,,  june  +3, 2019 at 10:20:30", [2019, 6, 3, 10, 20, 30]),
    ("Sunday, July 7, 2019 at 3::04:05 PM UTC", [2019, 7, 7, 15, 4, 5]),
    ("Sunday, August 4, 2019 at 3:x:04:05 PM UTC", [2019, 8, 4, 15, 4, 5]),
    ("Tuesday, September 10, 2019 at 07:08:09 XM UTC", [2019, 9, 10, 7, 8, 9]),
    ("Thursday, October 10, 2019 at 10:11:12", [2019, 10, 10, 10, 11, 12]),
    ("Monday, November 11, 2019 at 11:11:11 PM", [2019, 11, 11, 23, 11, 11]),
    ("Monday, April 1, 2019 at 8:00:00 PM UTC", [2019, 4, 1, 20, 0, 0]),
  ])
  func readsEveryForm(text: String, parts: [Int]) {
    let expected = civil(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5])
    #expect(expected != nil)
    #expect(GoogleChatDate.seconds(text) == expected)
    #expect(raw(text) == expected)
    #expect(GoogleChatDate.slowSeconds(text) == expected)
  }

  @Test(arguments: [
    "",
    "   ",
    "Tuesday, March 7, 2023",
    "Tuesday, March 7, 2023 at",
    "Tuesday, March 7, 2023 on 3:04:05 PM UTC",
    "Tuesday, March 7, 2023 At 3:04:05 PM UTC",
    "Tuesday, March 7, 2023 at 13:04:05 PM UTC",
    "Tuesday, March 7, 2023 at 0:04:05 AM UTC",
    "Tuesday, March 7, 2023 at 24:00:00 UTC",
    "Tuesday, March 7, 2023 at 3:60:05 PM UTC",
    "Tuesday, March 7, 2023 at 3:04:61 PM UTC",
    "Tuesday, March 7, 2023 at 3:04 PM UTC",
    "Tuesday, March 7, 2023 at 3:04:05:06 PM UTC",
    "Tuesday, March 32, 2023 at 3:04:05 PM UTC",
    "Tuesday, February 29, 2023 at 3:04:05 PM UTC",
    "Tuesday, March 0, 2023 at 3:04:05 PM UTC",
    "Tuesday, March 7, 0 at 3:04:05 PM UTC",
    "Tuesday, March 7, 10000 at 3:04:05 PM UTC",
    "Tuesday, March 7, 99999999999999999999 at 3:04:05 PM UTC",
    "Tuesday, March 7th, 2023 at 3:04:05 PM UTC",
    "Tuesday, Mar 7, 2023 at 3:04:05 PM UTC",
    "7 March 2023 at 3:04:05 PM UTC",
    "2023-03-07T15:04:05Z",
    "2015. február 15., vasárnap 21:54:36 UTC",
    "martes, 7 de marzo de 2023, 15:04:05 UTC",
    "Dienstag, 7. März 2023 um 15:04:05 UTC",
  ])
  func rejectsWhatItCannotRead(text: String) {
    #expect(GoogleChatDate.seconds(text) == nil)
    #expect(raw(text) == nil)
    #expect(GoogleChatDate.slowSeconds(text) == nil)
  }

  /// Text the byte path hands to the `String` path, and odd inputs both must agree on.
  @Test(arguments: [
    "Tuesday, March 7, 2023 at 3:04:05 PM UTC (é)",
    "Dienstag, März 7, 2023 at 3:04:05 PM UTC",
    "Tuesday, \u{212A}March 7, 2023 at 3:04:05 PM UTC",
    "Tuesday, March 7, 2023 at 3:04:05\u{00A0}PM UTC",
    "Tuesday, March 7,\u{0301} 2023 at 3:04:05 PM UTC",
    "Tuesday, March 7, 2023 \u{0301}at 3:04:05 PM UTC",
    "Tuesday, March 7, 2023 at -1:04:05 UTC",
    "Tuesday, March 7, 2023 at 3:-4:05 UTC",
    "Tuesday, March -7, 2023 at 3:04:05 UTC",
    "Tuesday,\r\nMarch 7, 2023 at 3:04:05 PM UTC",
    "Tuesday, March 7, 2023 at 3:04:05 PM\r\n",
    "January February 7, 2023 at 3:04:05 PM",
    "Tuesday, March 7, 2023 at 3:04:05 -9223372036854775808 PM",
    "Tuesday, March 7, 2023 at 3:04:05 \u{E2}PM",
    "Tuesday, March 7, 2023 at 3:04:05 PM UTC\u{0}",
  ])
  func agreesWithTheStringReading(text: String) {
    #expect(GoogleChatDate.seconds(text) == GoogleChatDate.slowSeconds(text))
    #expect(raw(text) == GoogleChatDate.slowSeconds(text))
  }

  @Test func decodesEscapesBeforeReading() {
    #expect(
      raw(#"Friday, December 1, 2023 at 9:00:00\u202fAM UTC"#) == civil(2023, 12, 1, 9, 0, 0))
    #expect(
      raw(#"Friday\u002c December 1, 2023 at 9:00:00 PM UTC"#) == civil(2023, 12, 1, 21, 0, 0))
    #expect(raw(#"Friday, D\u00e9cember 1, 2023 at 9:00:00 PM UTC"#) == nil)
  }

  @Test func readsInvalidUTF8LikeTheStringPath() {
    let bytes: [UInt8] = Array("Tuesday, March 7, 2023 at 3:04:05 PM ".utf8) + [0xFF, 0xE2, 0x80]
    let fast = bytes.withUnsafeBufferPointer { GoogleChatDate.seconds(raw: $0) }
    #expect(fast == civil(2023, 3, 7, 15, 4, 5))
    #expect(fast == GoogleChatDate.slowSeconds(String(decoding: bytes, as: UTF8.self)))
  }
}
