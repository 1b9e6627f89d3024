import Testing

@testable import TiesCore

struct PhoneRegionTests {
  @Test(arguments: [
    ("0151 23456789", "DE", "+4915123456789"),
    ("0049 151 23456789", "DE", "+4915123456789"),
    ("+49 151 23456789", "US", "+4915123456789"),
    ("(202) 555-0101", "US", "+12025550101"),
    ("1 202 555 0101", "US", "+12025550101"),
    ("011 44 7700 900123", "US", "+447700900123"),
    ("07700 900123", "GB", "+447700900123"),
    ("06612341234", "AT", "+436612341234"),
    ("8 916 123-45-67", "RU", "+79161234567"),
    ("06 12345678", "IT", "+390612345678"),
    ("612 34 56 78", "ES", "+34612345678"),
    ("1234567", "DE", "+491234567"),  // libphonenumber: a possible German number
    ("174074978", "US", "174074978"),  // a short code, not ten digits
  ])
  func nationalNumbersGainTheirCountry(text: String, region: String, expected: String) {
    #expect(PhoneNumber.normalize(text, region: PhoneRegion.named(region)) == expected)
  }

  @Test func unknownRegionsAndInternationalNumbers() {
    #expect(PhoneRegion.named("zz") == nil)
    #expect(PhoneRegion.named("de")?.callingCode == "49")
    #expect(PhoneRegion.of(international: "+4915123456789")?.code == "DE")
    #expect(PhoneRegion.of(international: "+35312345678")?.code == "IE")
    #expect(PhoneRegion.of(international: "+12025550101")?.code == "US")
    #expect(PhoneRegion.of(international: "015123456789") == nil)
    #expect(PhoneNumber.normalize("0151 23456789", region: nil) == "015123456789")
  }
}
