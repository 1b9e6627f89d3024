import Testing

@testable import TiesCore

struct NameNormalizerTests {
  @Test(arguments: [
    ("Chloé  Dubois", "chloe dubois"),
    ("\u{200E}Bruno Costa\u{200F}", "bruno costa"),
    ("~\u{202F}Kai Müller", "kai muller"),
    ("Eve 🌸", "eve"),
    ("ＡＬＩＣＥ　Ｍａｒｔｉｎ", "alice martin"),
    ("  Hana\u{00A0}Yamada ", "hana yamada"),
    ("Renée Çelik", "renee celik"),
  ])
  func normalize(input: String, expected: String) {
    #expect(NameNormalizer.normalize(input) == expected)
  }

  /// The ASCII fast path must give Foundation's key for every ASCII scalar, alone, inside a
  /// name and at its edges, and for many mixed strings (whitespace runs, tildes, controls).
  @Test func asciiPathMatchesTheUnicodePath() {
    var inputs = ["", " ", "~", "~ ~", " ~ Kai  Muller", "~\tBob", "\r\nAnn\r\n", "Ann~ Lee"]
    for value in 0..<0x80 {
      let scalar = String(UnicodeScalar(UInt8(value)))
      inputs += [scalar, "Ann\(scalar)Lee", "\(scalar) Ann", "Ann \(scalar)", "~\(scalar)x"]
    }
    let alphabet = Array("aZ~ \t\n\r\u{0B}\u{0C}-.'#*09_()".unicodeScalars)
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<2000 {
      var text = String.UnicodeScalarView()
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      for step in 0..<Int(state >> 60) {
        let pick = (state >> UInt64(4 * (step % 12))) % UInt64(alphabet.count)
        text.append(alphabet[Int(pick)])
      }
      inputs.append(String(text))
    }
    for input in inputs {
      #expect(NameNormalizer.normalizeASCII(input) == NameNormalizer.normalizeUnicode(input))
      #expect(NameNormalizer.normalize(input) == NameNormalizer.normalizeUnicode(input))
    }
    #expect(NameNormalizer.normalizeASCII("Chloé") == nil)
  }

  @Test func distinctiveNamesHaveTwoWords() {
    #expect(NameNormalizer.isDistinctive("bruno costa"))
    #expect(!NameNormalizer.isDistinctive("bruno"))
    #expect(!NameNormalizer.isDistinctive(""))
  }

  @Test(arguments: ["Facebook user", "Instagram User", "", "  ", "Deleted User"])
  func placeholders(name: String) {
    #expect(NameNormalizer.isPlaceholder(name))
  }

  @Test func looseKeyIgnoresPunctuation() {
    #expect(
      NameNormalizer.looseKey("Md. Shafikul Islam") == NameNormalizer.looseKey("Md Shafikul Islam"))
    #expect(NameNormalizer.looseKey("dmitri.ivanov") == "dmitri ivanov")
  }

  /// ASCII names take a shortcut past the Unicode properties; a name with one non-ASCII
  /// letter takes the long way, and both must agree on every ASCII character.
  @Test func asciiLooseKeyAgreesWithTheUnicodeOne() {
    for value in 0..<128 {
      let character = String(UnicodeScalar(UInt8(value)))
      let name = "Ann" + character + "Lee 9" + character
      #expect(
        NameNormalizer.looseKey(name + " ж") == NameNormalizer.looseKey(name) + " ж",
        "character \(value)")
    }
  }
}
