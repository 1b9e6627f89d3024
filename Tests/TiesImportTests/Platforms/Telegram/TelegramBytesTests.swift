import Testing
import TiesCore

@testable import TiesImport

/// The byte-level pieces the Telegram reader's hot loop stands on.
struct TelegramBytesTests {
  private func raw<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
    Array(text.utf8).withUnsafeBufferPointer(body)
  }

  @Test(arguments: [
    ("hello", 5), ("héllo 👀", 7), (#"a\nb"#, 3), (#"\u2028"#, 1), (#"\ud83d\ude00!"#, 2),
    (#"say \"hi\""#, 8), ("", 0),
  ])
  func length(text: String, expected: Int) {
    #expect(raw(text, TelegramBytes.length) == expected)
  }

  @Test func peers() {
    #expect(raw("user123", TelegramBytes.peer) == TelegramPeer(kind: .user, number: 123))
    #expect(raw("channel77", TelegramBytes.peer) == TelegramPeer(kind: .channel, number: 77))
    #expect(raw("chat5", TelegramBytes.peer) == TelegramPeer(kind: .chat, number: 5))
    #expect(raw("42", TelegramBytes.peer) == TelegramPeer(kind: .user, number: 42))
    #expect(raw("bot42", TelegramBytes.peer) == nil)
    #expect(raw("user", TelegramBytes.peer) == nil)
  }

  @Test func localTimes() {
    #expect(
      raw("2022-03-08T13:07:42", TelegramBytes.localTime)
        == CivilTime.seconds(year: 2022, month: 3, day: 8, hour: 13, minute: 7, second: 42))
    #expect(raw("2022-02-30T13:07:42", TelegramBytes.localTime) == nil)
    #expect(raw("not a date at all!!", TelegramBytes.localTime) == nil)
  }

  @Test func htmlDatesAndCallStatuses() {
    let withOffset = TelegramHTMLDate.parse("03.10.2025 12:34:18 UTC+03:00")
    #expect(
      withOffset?.seconds
        == CivilTime.seconds(year: 2025, month: 10, day: 3, hour: 9, minute: 34, second: 18))
    #expect(withOffset?.hasOffset == true)
    let west = TelegramHTMLDate.parse("03.10.2025 12:34:18 UTC-05:30")
    #expect(
      west?.seconds
        == CivilTime.seconds(year: 2025, month: 10, day: 3, hour: 18, minute: 4, second: 18))
    #expect(TelegramHTMLDate.parse("01.10.2020 10:00:00")?.hasOffset == false)
    #expect(TelegramHTMLDate.parse("31.02.2020 10:00:00") == nil)
    #expect(TelegramHTMLDate.call(status: "Outgoing (95 seconds)") == (true, false, 95))
    #expect(TelegramHTMLDate.call(status: "Cancelled") == (true, true, 0))
    #expect(TelegramHTMLDate.call(status: "Incoming (600 seconds)") == (false, false, 600))
    #expect(TelegramHTMLDate.call(status: "Declined") == (false, true, 0))
  }

  @Test func longStringsWithEscapedQuotesEndAtTheRealQuote() {
    let text = #"{"a": "a long string that runs past the short scan \" and \\", "b": 7}"#
    let (value, number) = raw(text) { bytes -> (String?, Int64?) in
      var scanner = JSONScanner(bytes)
      var value: String?
      var number: Int64?
      scanner.forEachMember { scanner, key in
        if JSONScanner.key(key, is: "a") { value = scanner.string() }
        if JSONScanner.key(key, is: "b") { number = scanner.int64() }
      }
      return (value, number)
    }
    #expect(value == #"a long string that runs past the short scan " and \"#)
    #expect(number == 7)
  }

  @Test(arguments: 0..<40)
  func escapesAnywhereInASixteenByteChunk(_ offset: Int) {
    // An escaped quote, then an escaped backslash right before the closing quote, at every
    // position relative to the scanner's 16-byte steps.
    let body =
      String(repeating: "a", count: offset) + #"\"b"# + String(repeating: "c", count: 17) + #"\\"#
    let text = #"{"k": ""# + body + #"", "n": 1}"#
    let (value, number) = raw(text) { bytes -> (String?, Int64?) in
      var scanner = JSONScanner(bytes)
      var value: String?
      var number: Int64?
      scanner.forEachMember { scanner, key in
        if JSONScanner.key(key, is: "k") { value = scanner.string() }
        if JSONScanner.key(key, is: "n") { number = scanner.int64() }
      }
      return (value, number)
    }
    #expect(
      value == String(repeating: "a", count: offset) + "\"b" + String(repeating: "c", count: 17)
        + "\\")
    #expect(number == 1)
  }

  @Test func skipBalancedStepsOverBracketsInStrings() {
    let text = #"[{"t": "]}[{"}, ["x\"]"]], 5"#
    let (position, failed) = raw(text) { bytes -> (Int, Bool) in
      var scanner = JSONScanner(bytes)
      scanner.skipBalanced()
      return (scanner.position, scanner.failed)
    }
    #expect(position == text.utf8.count - 3)
    #expect(!failed)
  }

  @Test func skipBalancedFailsWhenTruncated() {
    let failure = raw(#"[{"t": [1, 2]"#) { bytes -> (offset: Int, reason: String)? in
      var scanner = JSONScanner(bytes)
      scanner.skipBalanced()
      return scanner.failure
    }
    #expect(failure?.offset == 13)
  }
}
