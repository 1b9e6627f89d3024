import Testing

@testable import TiesImport

struct ISODateTests {
  @Test(arguments: [
    ("2019-03-19T19:51:16+00:00", Int64(1_553_025_076)),
    ("2019-03-19T21:51:16+02:00", Int64(1_553_025_076)),
    ("2021-09-15T06:00:28.597Z", Int64(1_631_685_628)),
    ("2019-03-19 19:51:16", Int64(1_553_025_076)),
    ("2019-03-19", Int64(1_552_953_600)),
  ])
  func parses(text: String, expected: Int64) {
    #expect(ISODate.seconds(text) == expected)
  }

  @Test(arguments: ["", "yesterday", "2019-02-30T00:00:00Z", "2019-03-19T19:51"])
  func rejects(text: String) {
    #expect(ISODate.seconds(text) == nil)
  }
}
