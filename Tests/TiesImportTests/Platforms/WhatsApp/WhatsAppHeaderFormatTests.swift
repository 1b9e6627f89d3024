import Testing

@testable import TiesImport

/// Every registered header format reads back to the civil time it was rendered from.
struct WhatsAppHeaderFormatTests {
  @Test(arguments: WhatsAppHeaderFormat.all.map(\.name))
  func headersReadBackToTheirCivilTime(_ name: String) throws {
    let format = try #require(WhatsAppHeaderFormat.all.first { $0.name == name })
    for (hour, minute, second) in [
      (0, 0, 0), (0, 59, 7), (11, 30, 59), (12, 0, 0), (12, 45, 1), (23, 59, 30),
    ] {
      let line =
        format.render(year: 2022, month: 3, day: 27, hour: hour, minute: minute, second: second)
        + "A: b"
      let header = try #require(
        Array(line.utf8).withUnsafeBufferPointer { WhatsAppHeader.parse($0) }, "\(line)")
      let expected = hour * 3600 + minute * 60 + (format.seconds ? second : 0)
      #expect(header.secondOfDay == Int32(expected), "\(line)")
      let (first, second) = format.order == .mdy ? (3, 27) : (27, 3)
      if format.order == .ymd {
        #expect([header.first, header.second, header.third] == [2022, 3, 27], "\(line)")
      } else {
        #expect([header.first, header.second] == [Int32(first), Int32(second)], "\(line)")
        #expect(
          header.third
            == (format.yearless
              ? 0 : format.yearDigits == 2 && format.calendar == .gregorian ? 22 : 2022),
          "\(line)")
      }
      #expect(header.style.bracketed == format.bracketed)
      #expect(header.style.timeFirst == format.timeFirst)
      #expect(header.style.legacyColon == format.legacyColon)
      #expect(header.style.yearless == format.yearless)
    }
  }
}
