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
