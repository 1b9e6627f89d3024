import Testing

@testable import TiesCore

struct CivilTimeTests {
  @Test(arguments: [
    (1970, 1, 1, Int64(0)), (2000, 3, 1, Int64(11_017)), (2024, 2, 29, Int64(19_782)),
    (1969, 12, 31, Int64(-1)), (2100, 1, 1, Int64(47_482)),
  ])
  func daysFromCivil(year: Int, month: Int, day: Int, expected: Int64) {
    #expect(CivilTime.days(year: year, month: month, day: day) == expected)
    let back = CivilTime.civil(days: expected)
    #expect(back.year == year && back.month == month && back.day == day)
  }

  @Test func iso8601() {
    #expect(CivilTime.iso8601(0) == "1970-01-01T00:00:00Z")
    #expect(CivilTime.iso8601(1_700_000_000) == "2023-11-14T22:13:20Z")
    #expect(CivilTime.iso8601(-1) == "1969-12-31T23:59:59Z")
    #expect(CivilTime.isoDate(1_700_000_000) == "2023-11-14")
  }

  @Test func validity() {
    #expect(CivilTime.isValid(year: 2024, month: 2, day: 29))
    #expect(!CivilTime.isValid(year: 2023, month: 2, day: 29))
    #expect(!CivilTime.isValid(year: 1900, month: 2, day: 29))
    #expect(CivilTime.isValid(year: 2000, month: 2, day: 29))
    #expect(!CivilTime.isValid(year: 2024, month: 13, day: 1))
    #expect(!CivilTime.isValid(year: 2024, month: 4, day: 31))
  }
}
