import Testing

@testable import TiesCore

struct PhoneNumberTests {
  @Test(arguments: [
    ("+49 151 23456789", "+4915123456789"),
    ("+7 999 999-99-99", "+79999999999"),
    ("+44 (0)7123 456789", "+4407123456789"),
    ("0151 2345678", "01512345678"),
    ("\u{200E}+1 202-555-0130\u{202C}", nil),
    ("+1 202-555-0130", "+12025550130"),
    ("Bruno Costa", nil),
    ("12345", nil),
    ("1+2345678", nil),
  ])
  func normalize(input: String, expected: String?) {
    #expect(PhoneNumber.normalize(input) == expected)
  }
}
