import Testing

@testable import TiesImport

/// X counts message text in Unicode scalars of the decoded string; the byte count must agree.
@Suite struct JSONScannerScalarCountTests {
  private func counts(_ raw: [UInt8]) -> (fast: Int, decoded: Int) {
    raw.withUnsafeBufferPointer {
      (JSONScanner.decodedScalarCount($0), JSONScanner.decode($0).unicodeScalars.count)
    }
  }

  @Test(arguments: [
    ("", 0),
    ("hello", 5),
    ("héllo", 5),
    ("😀", 1),
    ("👍🏽", 2),
    ("👨‍👩‍👧", 5),
    ("🇩🇪", 2),
    ("e\u{0301}", 2),
    ("\u{1100}\u{1161}\u{11A8}", 3),
    (#"line\nbreak"#, 10),
    (#"tab\tquote\"slash\/back\\"#, 21),
    (#"\u00e9"#, 1),
    (#"e\u0301"#, 2),
    (#"\uD83D\uDE00"#, 1),
    (#"\ud83d\ude00!"#, 2),
    (#"\uD83D"#, 1),
    (#"\uDE00\uD83D"#, 2),
    (#"\uD83Dx\uDE00"#, 3),
    (#"\uD83D\u0041"#, 2),
    (#"\u12"#, 2),
    (#"\uZZZZ"#, 4),
    (#"\u00e9\u00e9 and é"#, 8),
    ("\u{FEFF}x", 2),
    ("日本語テキスト", 7),
  ])
  func countsLikeDecoding(text: String, expected: Int) {
    let result = counts(Array(text.utf8))
    #expect(result.fast == expected)
    #expect(result.decoded == expected)
  }

  @Test(arguments: [
    [0xFF] as [UInt8],
    [0x41, 0xC3],
    [0xC3, 0x41],
    [0xE2, 0x82],
    [0xE2, 0x82, 0x41],
    [0xF0, 0x9F, 0x98],
    [0xC0, 0x80],
    [0xE0, 0x80, 0x80],
    [0xED, 0xA0, 0x80],
    [0xF4, 0x90, 0x80, 0x80],
    [0xF5, 0x80, 0x80, 0x80],
    [0x80, 0x80],
    [0x5C, 0xC3, 0xA9],
    [0x5C],
    [0x41, 0x5C],
    [0xE2, 0x5C, 0x6E, 0x82, 0xAC],
    [0xFF, 0x5C, 0x75, 0x30, 0x30, 0x65, 0x39],
  ])
  func invalidUTF8CountsLikeDecoding(bytes: [UInt8]) {
    let result = counts(bytes)
    #expect(result.fast == result.decoded)
  }

  /// Every 1–3 byte string over a small alphabet of escape pieces and UTF-8 fragments.
  @Test func agreesOnEveryShortMix() {
    let pieces: [[UInt8]] = [
      [0x41], [0x5C, 0x6E], [0x5C, 0x75, 0x44, 0x38, 0x33, 0x44],
      [0x5C, 0x75, 0x44, 0x45, 0x30, 0x30],
      [0x5C, 0x75, 0x30, 0x30, 0x45, 0x39], [0x5C, 0x75, 0x5A], [0xC3, 0xA9], [0xC3], [0xA9],
      [0xF0, 0x9F, 0x98, 0x80], [0x5C],
    ]
    for a in pieces {
      for b in pieces {
        for c in pieces {
          let bytes = a + b + c
          let result = counts(bytes)
          #expect(result.fast == result.decoded, "\(bytes)")
        }
      }
    }
  }
}
