import Testing

@testable import TiesImport

struct WhatsAppHeaderTests {
  private func parse(_ line: String) -> WhatsAppHeader? {
    Array(line.utf8).withUnsafeBufferPointer { WhatsAppHeader.parse($0) }
  }

  struct Case: Sendable, CustomStringConvertible {
    var line: String
    var fields: (Int32, Int32, Int32)
    var secondOfDay: Int32
    var bracketed: Bool
    var rest: String
    var description: String { line }
  }

  // The header variants of formats/others.md §3.2.
  static let cases: [Case] = [
    Case(
      line: "18/03/2022, 14:56 - Dmitry S: Hello", fields: (18, 3, 2022), secondOfDay: 53_760,
      bracketed: false, rest: "Dmitry S: Hello"),
    Case(
      line: "1/4/23, 7:02\u{202F}PM - Person 2: x", fields: (1, 4, 23), secondOfDay: 68_520,
      bracketed: false, rest: "Person 2: x"),
    Case(
      line: "1/29/18, 12:24 PM - Mallory: Hey! :)", fields: (1, 29, 18), secondOfDay: 44_640,
      bracketed: false, rest: "Mallory: Hey! :)"),
    Case(
      line: "29.01.18, 23:33 - Alice: x", fields: (29, 1, 18), secondOfDay: 84_780,
      bracketed: false, rest: "Alice: x"),
    Case(
      line: "18.03.22 14:56 - Dmitry S: Hello", fields: (18, 3, 22), secondOfDay: 53_760,
      bracketed: false, rest: "Dmitry S: Hello"),
    Case(
      line: "18-03-2022 14:56 - Dmitry S: Hello", fields: (18, 3, 2022), secondOfDay: 53_760,
      bracketed: false, rest: "Dmitry S: Hello"),
    Case(
      line: "28/3/2025, 9:29 p.\u{00A0}m. - user1: x", fields: (28, 3, 2025), secondOfDay: 77_340,
      bracketed: false, rest: "user1: x"),
    Case(
      line: "01/01/2019, 00:08 a. m. - You were added", fields: (1, 1, 2019), secondOfDay: 480,
      bracketed: false, rest: "You were added"),
    Case(
      line: "2019/01/01, 11:25 - John Doe: x", fields: (2019, 1, 1), secondOfDay: 41_100,
      bracketed: false, rest: "John Doe: x"),
    Case(
      line: "2024/12/01, 10:04 pm - a: b", fields: (2024, 12, 1), secondOfDay: 79_440,
      bracketed: false, rest: "a: b"),
    Case(
      line: "[3/27/22, 21:41:35] Dmitry S: Hello World", fields: (3, 27, 22), secondOfDay: 78_095,
      bracketed: true, rest: "Dmitry S: Hello World"),
    Case(
      line: "[1/29/18, 12:24:03 PM] You created group", fields: (1, 29, 18), secondOfDay: 44_643,
      bracketed: true, rest: "You created group"),
    Case(
      line: "[3/27/22, 3:34:09\u{202F}PM] a: b", fields: (3, 27, 22), secondOfDay: 56_049,
      bracketed: true, rest: "a: b"),
    Case(
      line: "[14.08.2024, 21:00:10] My Group Name: x", fields: (14, 8, 2024), secondOfDay: 75_610,
      bracketed: true, rest: "My Group Name: x"),
    Case(
      line: "[3/27/22 21:41:35] a: b", fields: (3, 27, 22), secondOfDay: 78_095, bracketed: true,
      rest: "a: b"),
    Case(
      line: "[3/27/22 21.41.35] a: b", fields: (3, 27, 22), secondOfDay: 78_095, bracketed: true,
      rest: "a: b"),
    Case(
      line: "[31/12/2019, 2:14:40 a.m.] a: b", fields: (31, 12, 2019), secondOfDay: 8_080,
      bracketed: true, rest: "a: b"),
    Case(
      line: "\u{200E}[3/27/22, 21:41:55] Dmitry S: \u{200E}image omitted", fields: (3, 27, 22),
      secondOfDay: 78_115, bracketed: true, rest: "Dmitry S: \u{200E}image omitted"),
    Case(
      line: "[\u{FEFF}29.01.18, 12:24:03] x", fields: (29, 1, 18), secondOfDay: 44_643,
      bracketed: true, rest: "x"),
    Case(
      line: "\u{FEFF}\u{FEFF}[29.01.18, 12:24:03] x", fields: (29, 1, 18), secondOfDay: 44_643,
      bracketed: true, rest: "x"),
    Case(
      line: "3/24/14, 1:59:59 PM: Sender Name: Message", fields: (3, 24, 14), secondOfDay: 50_399,
      bracketed: false, rest: "Sender Name: Message"),
    Case(
      line: "[01/01/19 11:25] John Doe: x", fields: (1, 1, 19), secondOfDay: 41_100,
      bracketed: true, rest: "John Doe: x"),
    Case(
      line: "1/29/18, 23:59 PM - Bob: late", fields: (1, 29, 18), secondOfDay: 86_340,
      bracketed: false, rest: "Bob: late"),
    // Pitfall 7: other digits and calendars; and the rarer layouts of the table.
    Case(
      line: "[٢٧\u{200F}/٣\u{200F}/٢٠٢٢، ٩:٤١:٣٥ م] Name: x", fields: (27, 3, 2022),
      secondOfDay: 78_095,
      bracketed: true, rest: "Name: x"),
    Case(
      line: "[\u{200F}27\u{200F}/3\u{200F}/2022، 21:41:35] Name: x", fields: (27, 3, 2022),
      secondOfDay: 78_095, bracketed: true, rest: "Name: x"),
    Case(
      line: "[3/27/2565 BE, 21:41:35] a: b", fields: (3, 27, 2022), secondOfDay: 78_095,
      bracketed: true, rest: "a: b"),
    Case(
      line: "[3/27/R4, 21:41:35] a: b", fields: (3, 27, 2022), secondOfDay: 78_095, bracketed: true,
      rest: "a: b"),
    Case(
      line: "[12.3.2022 klo 14.08.18] a: b", fields: (12, 3, 2022), secondOfDay: 50_898,
      bracketed: true, rest: "a: b"),
    Case(
      line: "[21:41:35, 3/27/22] a: b", fields: (3, 27, 22), secondOfDay: 78_095, bracketed: true,
      rest: "a: b"),
    Case(
      line: "09/12/2012 17:03:48: Sender: x", fields: (9, 12, 2012), secondOfDay: 61_428,
      bracketed: false, rest: "Sender: x"),
  ]

  @Test(arguments: cases)
  func parsesHeader(_ example: Case) throws {
    let header = try #require(parse(example.line))
    #expect(header.first == example.fields.0)
    #expect(header.second == example.fields.1)
    #expect(header.third == example.fields.2)
    #expect(header.secondOfDay == example.secondOfDay)
    #expect(header.style.bracketed == example.bracketed)
    let rest = Array(example.line.utf8)[header.restStart...]
    #expect(String(decoding: rest, as: UTF8.self) == example.rest)
  }

  @Test(arguments: [
    "12/05/2020 meeting notes", "see you at 10:30 - ok", "", "[not a date] x",
    "2020 was a year", "1/2/3", "25:99 - x", "12/05/2020, 25:61 - x",
  ])
  func rejectsNonHeaders(_ line: String) {
    #expect(parse(line) == nil)
  }
}
