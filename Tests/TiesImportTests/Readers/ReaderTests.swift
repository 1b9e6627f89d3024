import Testing

@testable import TiesImport

struct MetaTextTests {
  @Test(arguments: [
    ("caf\u{C3}\u{A9}", "café"),
    ("\u{C4}\u{90}inh Ng\u{E1}\u{BB}\u{8D}c Thi\u{E1}\u{BB}\u{87}n", "Đinh Ngọc Thiện"),
    ("\u{F0}\u{9F}\u{98}\u{A2}", "😢"),
    ("café", "café"),  // a genuine é (U+00E9) is not valid UTF-8 as a byte: left alone
    ("plain", "plain"),
    ("Zoë 😢", "Zoë 😢"),  // scalars above U+00FF: already correct
  ])
  func repair(input: String, expected: String) {
    #expect(MetaText.repair(input) == expected)
  }
}

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

struct JSONValueTests {
  @Test func truncatedDocumentsSayWhere() {
    let data = Array(#"{"a": [1, 2"#.utf8)
    #expect(throws: JSONReadError.self) { try JSONValue.parse(.init(data)) }
    do {
      _ = try JSONValue.parse(.init(data))
    } catch let error as JSONReadError {
      #expect(error.offset == data.count)
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }

  @Test func byteOrderMarkIsAccepted() throws {
    let value = try JSONValue.parse(.init([0xEF, 0xBB, 0xBF] + Array(#"{"k": "v"}"#.utf8)))
    #expect(value["k"]?.string == "v")
  }
}
