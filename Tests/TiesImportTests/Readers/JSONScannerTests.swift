import Foundation
import Testing

@testable import TiesImport

struct JSONScannerTests {
  private func withScanner<T>(_ text: String, _ body: (inout JSONScanner) -> T) -> T {
    Array(text.utf8).withUnsafeBufferPointer { bytes in
      var scanner = JSONScanner(bytes)
      return body(&scanner)
    }
  }

  @Test func readsMembersAndSkipsWhatIsNotAsked() {
    let (name, count, failed) = withScanner(
      #"{"skip": {"a": [1, {"b": null}], "c": "x\"y"}, "n": -42, "name": "Zo\u00c3\u00ab", "list": [true, false, 1.5e3]}"#
    ) { scanner -> (String?, Int64?, Bool) in
      var name: String?
      var number: Int64?
      scanner.forEachMember { scanner, key in
        if JSONScanner.key(key, is: "name") { name = scanner.string() }
        if JSONScanner.key(key, is: "n") { number = scanner.int64() }
      }
      return (name, number, scanner.failed)
    }
    #expect(name == "Zo\u{C3}\u{AB}")
    #expect(count == -42)
    #expect(!failed)
  }

  @Test(arguments: [
    (#"\u00c3\u00a9t\u00c3\u00a9"#, 3),  // "été", repaired
    (#"caf\u00e9"#, 4),  // a real é escaped alone: not UTF-8 bytes, left as is
    (#"\ud83d\ude00 ok"#, 4),  // a surrogate pair is one character
    ("plain ascii", 11),
    (#"line\nbreak"#, 10),
    ("caf\u{E9} raw", 8),  // raw UTF-8 bytes
  ])
  func repairedLength(raw: String, expected: Int) {
    let length = Array(raw.utf8).withUnsafeBufferPointer { JSONScanner.repairedLength($0) }
    #expect(length == expected)
  }

  @Test func decodesEscapesAndSurrogates() {
    let text = Array(#"a\"b\\c\/d\u00e9\ud83d\ude00"#.utf8).withUnsafeBufferPointer {
      JSONScanner.decode($0)
    }
    #expect(text == "a\"b\\c/dé😀")
  }

  @Test(arguments: [
    (#"{"a": [1, 2"#, 11), (#"{"a": "unterminated"#, 19), (#"{"a" 1}"#, 5),
  ])
  func failuresSayWhere(text: String, offset: Int) {
    let failure = withScanner(text) { scanner -> (offset: Int, reason: String)? in
      scanner.skipValue()
      return scanner.failure
    }
    #expect(failure?.offset == offset)
  }

  /// The tree the small X files are read into: every kind of value, as Foundation reads it,
  /// and trailing commas read past with where they were.
  @Test func treesOfEveryKindOfValue() throws {
    let text =
      #"{"s": "a\u00e9", "i": -12, "d": 1.5e3, "h": 2.5, "t": true, "f": false, "n": null, "a": [1, {"k": []},],}"#
    let (value, tolerated) = withScanner(text) { scanner in
      (scanner.value(), scanner.tolerated.map(\.offset))
    }
    let expected = try JSONValue.parse(
      Data(
        text.replacingOccurrences(of: ",]", with: "]")
          .replacingOccurrences(of: ",}", with: "}").utf8))
    #expect(value == expected)
    #expect(value?["d"] == .int(1500))
    #expect(value?["h"] == .double(2.5))
    #expect(tolerated.count == 2)
    #expect(tolerated.map { Array(text.utf8)[$0] } == [UInt8(ascii: "]"), UInt8(ascii: "}")])
  }

  /// Found where the scanner would report them, never inside a string.
  @Test func trailingCommasOfADocumentReadElsewhere() {
    let text = #"{"a": [1, 2, ], "s": "x,]\",}", "o": {"k": 1,}}"#
    let offsets = Array(text.utf8).withUnsafeBufferPointer {
      JSONScanner.trailingCommas(in: $0).map(\.offset)
    }
    let scanned = withScanner(text) { scanner -> [Int] in
      scanner.skipValue()
      return scanner.tolerated.map(\.offset)
    }
    #expect(offsets.count == 2)
    #expect(offsets == scanned)
  }

  @Test func aBrokenTreeIsNilWithItsOffset() {
    let text = #"[{"a": 1}, {"b": "#
    let (value, failure) = withScanner(text) { scanner in
      (scanner.value(), scanner.failure?.offset)
    }
    #expect(value == nil)
    #expect(failure == text.utf8.count)
  }

  @Test func overflowingNumbersAreNil() {
    let value = withScanner("99999999999999999999") { $0.int64() }
    #expect(value == nil)
  }
}
